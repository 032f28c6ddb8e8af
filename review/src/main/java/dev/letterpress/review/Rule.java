package dev.letterpress.review;

import dev.letterpress.model.JobPosting;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One review rule: a small policy that looks at a letter and adds findings. Its vocabulary,
 * thresholds, severity, weight and wording come from the role pack; what it checks is here.
 */
abstract class Rule {
    /** Why a rule that needs a posting did not run. */
    static final String NO_POSTING = "Not checked: no posting given.";

    /** The settings every rule has. */
    record Base(RuleId id, Severity severity, int weight) {}

    /** A message and a suggestion, each with {@code {name}} variables. */
    record Wording(Template message, Template suggestion) {}

    /**
     * What a rule gets to look at.
     *
     * @param letter     the letter in parts
     * @param job        the posting, or null
     * @param vocabulary the pack's shared words
     * @param techLists  the letter's technology lists
     */
    record Context(LetterParts letter, JobPosting job, Vocabulary vocabulary, TechLists techLists) {
        Context(LetterParts letter, JobPosting job, Vocabulary vocabulary) {
            this(letter, job, vocabulary, TechLists.of(letter, vocabulary));
        }

        /**
         * What the reader reads (see {@link LetterParts#readable}) that can show a practice: without
         * the bare technology lists and without the sentences that only wish for something ("I'm
         * eager to grow into designing distributed systems").
         */
        String readablePractice() {
            Set<LetterParts.Segment> leaveOut = new HashSet<>(techLists.bare);
            letter.segments.stream()
                    .filter(s -> vocabulary.wishes().foundIn(s.masked()))
                    .forEach(leaveOut::add);
            return letter.readable(leaveOut);
        }
    }

    final Base base;
    /** The wording of a rule with one kind of finding, or null for a rule with variants. */
    private final Wording wording;

    Rule(Base base, Wording wording) {
        this.base = base;
        this.wording = wording;
    }

    RuleId id() {
        return base.id();
    }

    abstract void check(Context context, List<Finding> findings);

    /**
     * Why this rule cannot judge the letter in this context, for the explanation of a score.
     *
     * @return one sentence such as "Not checked: no posting given.", or null when the rule ran
     */
    String notChecked(Context context) {
        return null;
    }

    /** A finding in the rule's own wording. */
    Finding finding(Map<String, String> values, String quote) {
        return finding(wording, values, quote);
    }

    Finding finding(Wording wording, Map<String, String> values, String quote) {
        return new Finding(
                base.id(),
                base.severity(),
                wording.message().render(values),
                wording.suggestion().render(values),
                quote);
    }

    /** Reads {@code message} and {@code suggestion} from a section. */
    static Wording wording(PackSection section, List<String> variables) {
        Template message = section.template("message", variables);
        Template suggestion = section.template("suggestion", variables);
        return message == null || suggestion == null ? null : new Wording(message, suggestion);
    }

    /** Reads a variant's {@code message} and {@code suggestion} from the nested section {@code key}. */
    static Wording variant(PackSection section, String key, List<String> variables) {
        PackSection variant = section.section(key);
        if (variant == null) {
            return null;
        }
        Wording wording = wording(variant, variables);
        variant.finish();
        return wording;
    }

    /** Shortens a quote to about {@code max} characters at a word boundary. */
    static String shorten(String text, int max) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max);
        return (cut > max / 2 ? t.substring(0, cut) : t.substring(0, max)).replaceAll("[,;:]$", "") + "…";
    }
}
