package dev.letterpress.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * The {@link ProfileImporter}s on the class path, and what a file is when none of them reads it: a
 * file in a format that only {@code letterpress-import} reads gets an error naming that artifact.
 */
final class ProfileFormats {
    static final String ARTIFACT = "letterpress-import (dev.letterpress:letterpress-import)";
    private static final Pattern JSON_RESUME =
            Pattern.compile("\"basics\"\\s*:|\"\\$schema\"\\s*:\\s*\"[^\"]*jsonresume", Pattern.CASE_INSENSITIVE);
    private static final Pattern JSON_RESUME_JOB =
            Pattern.compile("\"(responsibilities|qualifications|experience|remote|salary)\"\\s*:");
    private static final Pattern JSON_LD = Pattern.compile("\"@(context|type|graph)\"\\s*:");
    private static final Pattern HTML = Pattern.compile(
            "^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static volatile List<ProfileImporter> formats;

    private ProfileFormats() {}

    static List<ProfileImporter> all() {
        List<ProfileImporter> found = formats;
        if (found == null) {
            List<ProfileImporter> list = new ArrayList<>();
            ServiceLoader.load(ProfileImporter.class, ProfileFormats.class.getClassLoader())
                    .forEach(list::add);
            found = List.copyOf(list);
            formats = found;
        }
        return found;
    }

    /** The format that reads the file as a candidate; null for Letterpress's own format. */
    static ProfileImporter forCandidate(String fileName, String source, String text) {
        return find(fileName, source, text, true);
    }

    /** The format that reads the file as a posting; null for Letterpress's own format. */
    static ProfileImporter forJob(String fileName, String source, String text) {
        return find(fileName, source, text, false);
    }

    private static ProfileImporter find(String fileName, String source, String text, boolean candidate) {
        for (ProfileImporter format : all()) {
            if (candidate ? format.readsCandidate(fileName, text) : format.readsJob(fileName, text)) {
                return format;
            }
        }
        String kind = all().isEmpty() ? foreignKind(fileName, text, candidate) : null;
        if (kind != null) {
            throw new InvalidInputException(Problem.of(
                    source, "looks like " + kind + "; reading it needs the module " + ARTIFACT + " on the class path"));
        }
        return null;
    }

    /** Names the other formats in an "unsupported file type" message; empty when there are none. */
    static String supported(String what) {
        List<String> names = all().stream().map(ProfileImporter::name).toList();
        return names.isEmpty()
                ? ""
                : ", or holds a " + what + " in a format Letterpress reads (" + String.join(", ", names) + ")";
    }

    /** What a file is when it is not Letterpress's own format, or null when it may be. */
    static String foreignKind(String fileName, String text, boolean candidate) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        String head = text.stripLeading();
        boolean json = head.startsWith("{") || head.startsWith("[");
        if (candidate) {
            return json && JSON_RESUME.matcher(text).find() ? "a JSON Resume" : null;
        }
        if (lower.endsWith(".html")
                || lower.endsWith(".htm")
                || HTML.matcher(text).lookingAt()) {
            return "a web page";
        }
        if (lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return "a text job ad";
        }
        if (json && JSON_LD.matcher(text).find()) {
            return "schema.org JSON-LD";
        }
        return json && JSON_RESUME_JOB.matcher(text).find() ? "a JSON Resume job" : null;
    }
}
