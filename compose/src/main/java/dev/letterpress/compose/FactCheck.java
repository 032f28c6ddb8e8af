package dev.letterpress.compose;

import dev.letterpress.model.Achievement;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Metric;
import dev.letterpress.model.Project;
import dev.letterpress.model.Skill;
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
    /** The word after a number, to tell years of experience from results. */
    private static final Pattern DURATION = Pattern.compile("\\s*(?:years?|months?)\\b");

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

    /** What the letter was made from: every input text, and every value a figure may come from. */
    private static final class Inputs {
        final List<String> texts = new ArrayList<>();
        final List<Double> values = new ArrayList<>();

        void text(String text) {
            if (text != null && !text.isBlank()) {
                texts.add(text);
                values.addAll(Numbers.in(text));
            }
        }

        void years(Double years) {
            if (years != null) {
                values.add(years);
                values.add(Math.round(years * 10) / 10.0);
                values.add((double) Math.round(years * 12));
            }
        }

        void metrics(List<Metric> metrics) {
            for (Metric m : metrics) {
                for (Double d : new Double[] {m.value(), m.before(), m.after()}) {
                    if (d != null) {
                        values.add(d);
                    }
                }
                text(m.unit());
            }
        }

        boolean holds(double figure) {
            for (double v : values) {
                if (Numbers.same(figure, v)) {
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
            c.transitioningFrom(),
            c.links().github(),
            c.links().linkedin(),
            c.links().website()
        }) {
            in.text(s);
        }
        in.years(c.yearsExperience());
        for (Skill s : c.skills()) {
            in.text(s.name());
            in.text(s.evidence());
            in.years(s.years());
        }
        for (Achievement a : c.achievements()) {
            in.text(a.text());
            a.skills().forEach(in::text);
            in.metrics(a.metrics());
        }
        for (Project p : c.projects()) {
            in.text(p.name());
            in.text(p.summary());
            in.text(p.link());
            p.skills().forEach(in::text);
            in.metrics(p.metrics());
        }
        for (String s : new String[] {
            job.company(), job.title(), job.location(), job.hiringManager(), job.url(), job.reference()
        }) {
            in.text(s);
        }
        job.requiredSkills().forEach(in::text);
        job.niceToHave().forEach(in::text);
        job.keywords().forEach(in::text);
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
            for (String sentence : Pieces.sentences(text)) {
                figures(sentence, in, findings);
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
        if (!Numbers.hasDigit(sentence)) {
            return;
        }
        Matcher m = Numbers.NUMBER.matcher(sentence);
        List<Double> seen = new ArrayList<>();
        while (m.find()) {
            double v = Numbers.value(m);
            if (!in.holds(v)) {
                findings.add("figure \"" + m.group().strip() + "\" traces to no input value, in \"" + sentence + "\"");
            }
            Matcher after = DURATION.matcher(sentence).region(m.end(), sentence.length());
            if (after.lookingAt()) {
                continue;
            }
            if (seen.contains(v) && !saidTwiceInInput(v, in)) {
                findings.add("figure \"" + m.group().strip() + "\" stated twice in one sentence: \"" + sentence + "\"");
            }
            seen.add(v);
        }
    }

    private static boolean saidTwiceInInput(double v, Inputs in) {
        for (String t : in.texts) {
            int count = 0;
            for (double d : Numbers.in(t)) {
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
            boolean mark = ".,;:!?".indexOf(c) >= 0;
            if (mark && (space || ".,;:!?".indexOf(previous) >= 0) || (c == ')' && previous == '(')) {
                return true;
            }
            previous = c;
            space = false;
        }
        return false;
    }

    private static final String[][] PAIRS = {{"(", ")"}, {"[", "]"}, {"{", "}"}, {"\u201C", "\u201D"}};

    private static void balance(String text, Inputs in, List<String> findings) {
        for (String[] pair : PAIRS) {
            int open = count(text, pair[0]);
            int close = count(text, pair[1]);
            if (open != close && !fromUnbalancedInput(text, in, pair[0], pair[1])) {
                findings.add("unbalanced " + pair[0] + pair[1] + " in \"" + text + "\"");
            }
        }
        if (count(text, "\"") % 2 != 0 && !fromUnbalancedInput(text, in, "\"", null)) {
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
        for (Term t : technologies) {
            if (letter.mentions(t)) {
                if (inputs == null) {
                    inputs = lexicon.index();
                    for (String s : in.texts) {
                        inputs.add(s);
                    }
                }
                if (!inputs.mentions(t) && !inputs.mentions(withoutVersion(t))) {
                    findings.add("technology \"" + t.text() + "\" is in neither the profile nor the posting");
                }
            }
        }
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
