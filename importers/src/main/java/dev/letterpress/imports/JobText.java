package dev.letterpress.imports;

import dev.letterpress.compose.Vocabulary;
import dev.letterpress.model.Seniority;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words of a job ad ask for: required skills, nice-to-have skills, other keywords and
 * the level, found with Letterpress's vocabulary. A section headed "Nice to have", "Bonus",
 * "Plus", "Preferred" (and a line that says "is a plus", "nice to have", "bonus") lists
 * nice-to-haves; everything else is required.
 */
final class JobText {
    private static final Pattern NICE_HEADING = Pattern.compile(
            "nice[- ]to[- ]haves?|\\bbonus|\\bplus(es)?\\b|preferred|desirable|extra credit", Pattern.CASE_INSENSITIVE);
    private static final Pattern NICE_LINE = Pattern.compile(
            "\\b(is|are|would be) a (big |huge )?plus\\b|nice[- ]to[- ]have"
                    + "|\\bbonus\\b|\\bpreferred\\b|\\bdesirable\\b|\\bideally\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING =
            Pattern.compile("^(#{1,6}\\s+.+|\\*\\*[^*]+\\*\\*:?|__[^_]+__:?|[^-*•\\d].{0,60}:)$");
    private static final Pattern YEARS = Pattern.compile(
            "(\\d{1,2})\\s*\\+?\\s*(?:(?:-|–|to)\\s*\\d{1,2}\\s*)?\\+?\\s*years?(?:'|’)?\\s+(?:of\\s+)?(?:[\\w-]+\\s+){0,4}?"
                    + "(?:experience|building|writing|working)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JUNIOR_WORDS = Pattern.compile(
            "entry[- ]level|graduate|no (?:prior )?experience" + " (?:is )?(?:required|needed)",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_KEYWORDS = 12;

    final List<String> required = new ArrayList<>();
    final List<String> niceToHave = new ArrayList<>();
    final List<String> keywords = new ArrayList<>();
    Seniority seniority;
    String seniorityFrom;

    private final Vocabulary words = Vocabulary.builtIn();

    /** Reads the lines of a text; call once per part of a posting (qualifications, description…). */
    JobText read(String text, boolean niceByDefault) {
        if (text == null) {
            return this;
        }
        boolean niceSection = niceByDefault;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean heading = HEADING.matcher(line).matches();
            if (heading) {
                niceSection = niceByDefault || NICE_HEADING.matcher(line).find();
            }
            boolean nice = niceSection || NICE_LINE.matcher(line).find();
            for (Vocabulary.Mention m : words.find(line)) {
                if (m.kind() == Vocabulary.Mention.Kind.TECHNOLOGY) {
                    add(nice ? niceToHave : required, m.written());
                } else if (keywords.size() < MAX_KEYWORDS) {
                    add(keywords, m.written());
                }
            }
            if (seniority == null) {
                experience(line);
            }
        }
        niceToHave.removeIf(n -> contains(required, n));
        keywords.removeIf(k -> contains(required, k) || contains(niceToHave, k));
        return this;
    }

    /** Adds skills a structured posting lists itself. */
    JobText skills(List<String> names) {
        names.forEach(n -> add(required, n));
        niceToHave.removeIf(n -> contains(required, n));
        return this;
    }

    private void experience(String line) {
        Matcher m = YEARS.matcher(line);
        if (m.find()) {
            int years = Integer.parseInt(m.group(1));
            seniority = years >= 5 ? Seniority.SENIOR : years >= 2 ? Seniority.MID : Seniority.JUNIOR;
            seniorityFrom = "\"" + m.group().strip() + "\"";
        } else if (JUNIOR_WORDS.matcher(line).find()) {
            Matcher j = JUNIOR_WORDS.matcher(line);
            j.find();
            seniority = Seniority.JUNIOR;
            seniorityFrom = "\"" + j.group() + "\"";
        }
    }

    /** The level: a title's level word first, then the experience the text asks for. */
    Seniority level(String title) {
        Seniority fromTitle = words.levelOf(title);
        if (fromTitle != null) {
            seniorityFrom = "the title";
            return fromTitle;
        }
        return seniority;
    }

    private void add(List<String> list, String name) {
        if (!contains(list, name)) {
            list.add(name);
        }
    }

    private boolean contains(List<String> list, String name) {
        for (String n : list) {
            if (n.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)) || words.same(n, name)) {
                return true;
            }
        }
        return false;
    }
}
