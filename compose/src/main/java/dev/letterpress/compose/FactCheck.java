package dev.letterpress.compose;

import dev.letterpress.model.Achievement;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Metric;
import dev.letterpress.model.Project;
import dev.letterpress.model.Skill;
import dev.letterpress.text.Quantities;
import dev.letterpress.text.Term;
import dev.letterpress.text.TextIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check every composed letter passes: the letter states nothing its inputs do not hold. A
 * finding is a bug in the tailoring or a template, never the user's mistake. It looks at the
 * subject and the body (paragraphs, list items, headings):
 *
 * <ul>
 *   <li><b>figures</b>: every number traces to an input value: a metric's {@code value},
 *       {@code before} or {@code after}; a skill's years or the years of experience (also as
 *       months when under a year, as {@link Phrases#years} says them); or a number written in the
 *       profile or posting text. Numbers are compared by value ("40M" = "40 million" =
 *       "40,000,000"), after the rounding the letter uses (within 0.5%). The letter derives no
 *       figure: a before/after pair is stated as its two values.</li>
 *   <li><b>repeated figures</b>: no number twice in one sentence ("from 820 ms to 95 ms …, which cut
 *       latency from 820 ms to 95 ms"), unless one input text itself says it twice; years of
 *       experience ("Python (3 years), Go (3 years)") are not figures of a result.</li>
 *   <li><b>technologies</b>: every technology of the vocabulary the letter names, the profile or
 *       the posting names too (through the synonym table). A theme's own name ("event-driven",
 *       "microservices") is a theme claim, which the tailoring makes only with evidence, not a
 *       technology.</li>
 *   <li><b>spelling</b>: a profile skill keeps the profile's (or the posting's) spelling: "Jest",
 *       never "jest"; a name that is a phrase may start in lower case inside a sentence
 *       ("test-driven development").</li>
 *   <li><b>punctuation</b>: no doubled or stray punctuation ("Inc..", "Yahoo!.", ",,", " ,"), and
 *       brackets and double quotes balanced in each paragraph or item, unless the input text
 *       written that way is where it comes from.</li>
 * </ul>
 *
 * <p>Thread-safe; well under a tenth of a millisecond per letter.
 */
final class FactCheck {
    private static final Pattern PUNCTUATION = Pattern.compile(
            "(?<!\\.)\\.\\.(?!\\.)|[,;:!?]\\s*\\.(?![.\\p{L}\\p{N}])|[,;:]\\s*[,;:!?]|\\s[,;:](?=\\s|$)|\\s\\.(?=\\s|$)|\\(\\s*\\)");

    private final Lexicon lexicon;
    private final List<Term> technologies;

    FactCheck(Lexicon lexicon) {
        this.lexicon = lexicon;
        List<Term> themes = new ArrayList<>();
        for (Lexicon.Theme theme : lexicon.themes()) {
            themes.add(lexicon.term(theme.id()));
            themes.add(lexicon.term(theme.phrase()));
        }
        this.technologies = lexicon.technologies().stream()
                .filter(t -> themes.stream().noneMatch(theme -> theme.sameAs(t)))
                .toList();
    }

    /**
     * What the letter was made from: every input text, and every value a figure may come from. The
     * numbers written in the texts are read only when a figure is none of the inputs' own values
     * (years, a metric's values), which is rare; the short names (skills, the posting's lists) are
     * kept apart, as they name nearly every technology a letter states.
     */
    private static final class Inputs {
        final List<String> texts = new ArrayList<>();
        /** Skill names and the posting's lists, in {@link #texts} too. */
        final List<String> names = new ArrayList<>();
        /** Every other text, in {@link #texts} too. */
        final List<String> prose = new ArrayList<>();

        private double[] values = new double[32];
        private int valueCount;
        private double[] written;

        void name(String text) {
            if (text != null && !text.isBlank()) {
                texts.add(text);
                names.add(text);
            }
        }

        void text(String text) {
            if (text != null && !text.isBlank()) {
                texts.add(text);
                prose.add(text);
            }
        }

        private void value(double v) {
            if (valueCount == values.length) {
                values = java.util.Arrays.copyOf(values, valueCount * 2);
            }
            values[valueCount++] = v;
        }

        void years(Double years) {
            if (years != null) {
                value(years);
                value(Math.round(years * 10) / 10.0);
                value(Math.round(years * 12));
            }
        }

        void metrics(List<Metric> metrics) {
            for (Metric m : metrics) {
                for (Double d : new Double[] {m.value(), m.before(), m.after()}) {
                    if (d != null) {
                        value(d);
                    }
                }
                text(m.unit());
            }
        }

        boolean holds(double figure) {
            if (holds(figure, values, valueCount)) {
                return true;
            }
            if (written == null) {
                List<Double> numbers = new ArrayList<>();
                for (String t : texts) {
                    numbers.addAll(Quantities.numbers(t));
                }
                written = numbers.stream().mapToDouble(Double::doubleValue).toArray();
            }
            return holds(figure, written, written.length);
        }

        private static boolean holds(double figure, double[] values, int count) {
            for (int i = 0; i < count; i++) {
                if (Quantities.same(figure, values[i])) {
                    return true;
                }
            }
            return false;
        }

        boolean contains(String snippet) {
            for (String t : texts) {
                if (t.contains(snippet)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Inputs inputs(Candidate c, JobPosting job) {
        Inputs in = new Inputs();
        for (String s : new String[] {
            c.name(),
            c.email(),
            c.phone(),
            c.location(),
            c.headline(),
            c.summary(),
            c.transitioningFrom(),
            c.links().github(),
            c.links().linkedin(),
            c.links().website()
        }) {
            in.text(s);
        }
        in.years(c.yearsExperience());
        for (Skill s : c.skills()) {
            in.name(s.name());
            in.text(s.evidence());
            in.years(s.years());
        }
        for (Achievement a : c.achievements()) {
            in.text(a.text());
            a.skills().forEach(in::name);
            in.metrics(a.metrics());
        }
        for (Project p : c.projects()) {
            in.text(p.name());
            in.text(p.summary());
            in.text(p.link());
            p.skills().forEach(in::name);
            in.metrics(p.metrics());
        }
        for (String s : new String[] {
            job.company(), job.title(), job.location(), job.hiringManager(), job.url(), job.reference()
        }) {
            in.text(s);
        }
        job.requiredSkills().forEach(in::name);
        job.niceToHave().forEach(in::name);
        job.keywords().forEach(in::name);
        return in;
    }

    /**
     * Checks a composed letter against the inputs it was made from.
     *
     * @return one message per finding, naming what is wrong and quoting where; empty when the letter
     *         passes
     */
    List<String> check(Letter letter, Candidate candidate, JobPosting job) {
        Inputs in = inputs(candidate, job);
        List<String> findings = new ArrayList<>();
        StringBuilder all = new StringBuilder(4096);
        for (Pieces.Piece piece : Pieces.of(letter)) {
            String text = piece.text();
            all.append(text).append('\n');
            if (Quantities.hasDigit(text)) {
                for (String sentence : Pieces.sentences(text)) {
                    figures(sentence, in, findings);
                }
            }
            punctuation(text, in, findings);
            balance(text, in, findings);
        }
        String letterText = all.toString();
        technologies(letterText, in, findings);
        spelling(letterText, candidate, job, in, findings);
        return List.copyOf(findings);
    }

    private static void figures(String sentence, Inputs in, List<String> findings) {
        if (!Quantities.hasDigit(sentence)) {
            return;
        }
        Matcher m = Quantities.NUMBER.matcher(sentence);
        List<Double> seen = new ArrayList<>();
        while (m.find()) {
            double v = Quantities.value(m);
            if (!in.holds(v)) {
                findings.add("figure \"" + m.group().strip() + "\" traces to no input value, in \"" + sentence + "\"");
            }
            if (duration(sentence, m.end())) {
                continue;
            }
            if (seen.contains(v) && !saidTwiceInInput(v, in)) {
                findings.add("figure \"" + m.group().strip() + "\" stated twice in one sentence: \"" + sentence + "\"");
            }
            seen.add(v);
        }
    }

    /**
     * Whether "years" or "months" follows a number at {@code i} (spaces between), as a whole word:
     * the years of a skill or of experience, not the figure of a result.
     */
    private static boolean duration(String sentence, int i) {
        int n = sentence.length();
        while (i < n && " \t\n\u000B\f\r".indexOf(sentence.charAt(i)) >= 0) {
            i++;
        }
        int end;
        if (sentence.startsWith("year", i)) {
            end = i + 4;
        } else if (sentence.startsWith("month", i)) {
            end = i + 5;
        } else {
            return false;
        }
        if (end < n && sentence.charAt(end) == 's') {
            end++;
        }
        if (end == n) {
            return true;
        }
        char next = sentence.charAt(end); // a regular expression's word boundary
        return !wordChar(next) && next != '_' && Character.getType(next) != Character.NON_SPACING_MARK;
    }

    private static boolean saidTwiceInInput(double v, Inputs in) {
        for (String t : in.texts) {
            int count = 0;
            for (double d : Quantities.numbers(t)) {
                count += d == v ? 1 : 0;
            }
            if (count > 1) {
                return true;
            }
        }
        return false;
    }

    private static void punctuation(String text, Inputs in, List<String> findings) {
        if (!suspicious(text)) {
            return;
        }
        Matcher m = PUNCTUATION.matcher(text);
        while (m.find()) {
            int start = m.start();
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            String snippet = text.substring(start, m.end());
            if (!in.contains(snippet.strip()) || snippet.isBlank()) {
                findings.add("doubled or stray punctuation \"" + snippet.strip() + "\" in \"" + text + "\"");
            }
        }
    }

    /**
     * Whether a text may hold doubled or stray punctuation: a mark after a space or after another
     * mark (spaces between them skipped), or "()". Most pieces have none, and skip the regular
     * expression.
     */
    private static boolean suspicious(String text) {
        char previous = 'x';
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                space = true;
                continue;
            }
            if (mark(c) && (space || mark(previous)) || (c == ')' && previous == '(')) {
                return true;
            }
            previous = c;
            space = false;
        }
        return false;
    }

    private static boolean mark(char c) {
        return switch (c) {
            case '.', ',', ';', ':', '!', '?' -> true;
            default -> false;
        };
    }

    /** Brackets and quotes that come in pairs, each opening mark followed by its closing one. */
    private static final String PAIRS = "()[]{}\u201C\u201D";

    private static void balance(String text, Inputs in, List<String> findings) {
        int[] counts = new int[PAIRS.length()];
        int quotes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quotes++;
                case '(', ')', '[', ']', '{', '}', '\u201C', '\u201D' -> counts[PAIRS.indexOf(c)]++;
                default -> {}
            }
        }
        for (int k = 0; k < PAIRS.length(); k += 2) {
            String open = PAIRS.substring(k, k + 1);
            String close = PAIRS.substring(k + 1, k + 2);
            if (counts[k] != counts[k + 1] && !fromUnbalancedInput(text, in, open, close)) {
                findings.add("unbalanced " + open + close + " in \"" + text + "\"");
            }
        }
        if (quotes % 2 != 0 && !fromUnbalancedInput(text, in, "\"", null)) {
            findings.add("unbalanced \" in \"" + text + "\"");
        }
    }

    /** Whether an input text that is itself unbalanced stands in the piece. */
    private static boolean fromUnbalancedInput(String piece, Inputs in, String open, String close) {
        for (String t : in.texts) {
            boolean unbalanced = close == null ? count(t, open) % 2 != 0 : count(t, open) != count(t, close);
            if (unbalanced && piece.contains(Phrases.withoutFinalStop(Phrases.clean(t)))) {
                return true;
            }
        }
        return false;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private void technologies(String letterText, Inputs in, List<String> findings) {
        TextIndex letter = lexicon.index().add(letterText);
        TextIndex inputs = null;
        int prose = 0; // how many of the inputs' other texts are indexed so far
        for (Term t : technologies) {
            if (letter.mentions(t)) {
                if (inputs == null) {
                    inputs = lexicon.index();
                    for (String s : in.names) {
                        inputs.add(s);
                    }
                }
                // a technology the short names lack: the profile's sentences may name it
                while (!named(inputs, t) && prose < in.prose.size()) {
                    inputs.add(in.prose.get(prose++));
                }
                if (!named(inputs, t)) {
                    findings.add("technology \"" + t.text() + "\" is in neither the profile nor the posting");
                }
            }
        }
    }

    private boolean named(TextIndex inputs, Term t) {
        return inputs.mentions(t) || inputs.mentions(withoutVersion(t));
    }

    /**
     * "HTML5" as "HTML": the index joins neighbouring words, so "HTML (5 years)" mentions HTML5
     * too; the name without its version is what the inputs must name.
     */
    private Term withoutVersion(Term t) {
        String key = t.key();
        int end = key.length();
        while (end > 0 && Character.isDigit(key.charAt(end - 1))) {
            end--;
        }
        return end == key.length() || end == 0 ? t : lexicon.term(key.substring(0, end));
    }

    private static void spelling(
            String letterText, Candidate candidate, JobPosting job, Inputs in, List<String> findings) {
        String lower = letterText.toLowerCase(Locale.ROOT);
        Set<String> reported = new java.util.HashSet<>();
        for (Skill skill : candidate.skills()) {
            String name = Phrases.clean(skill.name());
            if (name == null) {
                continue;
            }
            String key = name.toLowerCase(Locale.ROOT);
            for (int i = lower.indexOf(key); i >= 0; i = lower.indexOf(key, i + 1)) {
                int end = i + key.length();
                if ((i > 0 && wordChar(letterText.charAt(i - 1)))
                        || (end < letterText.length() && wordChar(letterText.charAt(end)))) {
                    continue;
                }
                String written = letterText.substring(i, end);
                if (key.length() <= 2 && written.equals(key)) {
                    continue; // "go", "r" and "c" in lower case are words, not the languages
                }
                if (!written.equals(name)
                        && !phraseInSentence(written, name)
                        && !writtenInInput(written, in)
                        && reported.add(written)) {
                    findings.add("skill \"" + name + "\" written \"" + written + "\"");
                }
            }
        }
    }

    /**
     * Whether a name that is a phrase ("Test-driven development", "Code review") is written inside a
     * sentence with its first letter in lower case; a one-word name ("Jest") keeps its case.
     */
    private static boolean phraseInSentence(String written, String name) {
        boolean phrase = name.indexOf(' ') > 0 || name.indexOf('-') > 0;
        return phrase
                && written.substring(1).equals(name.substring(1))
                && Character.toLowerCase(written.charAt(0)) == Character.toLowerCase(name.charAt(0));
    }

    /** Whether an input text has the word written exactly so, as a whole word. */
    private static boolean writtenInInput(String word, Inputs in) {
        for (String t : in.texts) {
            for (int i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) {
                int end = i + word.length();
                if ((i == 0 || !wordChar(t.charAt(i - 1))) && (end == t.length() || !wordChar(t.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
