package dev.letterpress.compose;

import dev.letterpress.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Loads the built-in templates and a user's folder of templates, checking each. */
final class Templates {
    static final String EXTENSION = ".xml";
    private static final String FOLDER = "templates/";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    /** The largest template file read: sixteen times the largest built-in template. */
    static final int MAX_BYTES = 64 * 1024;

    private Templates() {}

    /** The names of the built-in templates, in the order {@code templates/index.txt} lists them. */
    static List<String> builtInNames() {
        List<String> names = new ArrayList<>();
        for (String line : Resources.text(FOLDER + "index.txt").split("\r?\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The built-in templates, then the user's: a user template with a built-in's name replaces it.
     * Templates with problems are left out and their problems added to {@code problems}.
     */
    static Map<String, TemplateSource> load(TemplateChecker checker, Path folder, List<Problem> problems) {
        Map<String, TemplateSource> sources = new LinkedHashMap<>();
        for (String name : builtInNames()) {
            String text = Resources.text(FOLDER + name + EXTENSION);
            TemplateChecker.Result result = checker.check(text, "built-in template " + name + EXTENSION);
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException("built-in template " + name + " is broken: " + result.problems());
            }
            sources.put(name, new TemplateSource(name, result.description(), text, null));
        }
        if (folder != null) {
            for (Path file : files(folder, problems)) {
                TemplateSource source = read(checker, file, problems);
                if (source != null) {
                    sources.put(source.name(), source);
                }
            }
        }
        return sources;
    }

    private static List<Path> files(Path folder, List<Problem> problems) {
        if (!Files.exists(folder)) {
            problems.add(Problem.of(folder.toString(), "templates folder not found"));
            return List.of();
        }
        if (!Files.isDirectory(folder)) {
            problems.add(
                    Problem.of(folder.toString(), "is not a folder; --templates names a folder of *.xml templates"));
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            problems.add(Problem.of(folder.toString(), "templates folder cannot be read: " + e.getMessage()));
            return List.of();
        }
        if (files.isEmpty()) {
            problems.add(Problem.of(folder.toString(), "no templates (*" + EXTENSION + " files) in this folder"));
        }
        files.sort(null);
        return files;
    }

    private static TemplateSource read(TemplateChecker checker, Path file, List<Problem> problems) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - EXTENSION.length());
        if (!NAME.matcher(name).matches()) {
            problems.add(Problem.of(
                    file.toString(),
                    "a template's file name is its name: use letters, digits, '-' and"
                            + " '_' (e.g. backend-short.xml)"));
            return null;
        }
        String text;
        try {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                problems.add(Problem.of(
                        file.toString(),
                        "is larger than " + MAX_BYTES + " bytes, the most a template"
                                + " may have (a letter's template has a few thousand)"));
                return null;
            }
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.of(file.toString(), "is not UTF-8 text"));
            return null;
        } catch (IOException e) {
            problems.add(Problem.of(file.toString(), "cannot be read: " + e.getMessage()));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        TemplateChecker.Result result = checker.check(text, file.toString());
        if (!result.problems().isEmpty()) {
            problems.addAll(result.problems());
            return null;
        }
        return new TemplateSource(name, result.description(), text, file);
    }
}
