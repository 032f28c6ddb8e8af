package dev.letterpress.review;

import java.util.Locale;
import java.util.Objects;

/**
 * How one rule of the role pack weighed in a {@link Review}: its weight, the points it took from
 * the score and why. A rule that raised at least one finding takes its whole weight, once; a rule
 * that found nothing to say, or could not run, takes nothing.
 *
 * <pre>{@code
 * for (RuleScore r : review.scoring()) {
 *     r.rule();      // testing.missing
 *     r.points();    // 8, taken from the 100 the score starts at
 *     r.why();       // "No testing practice."
 * }
 * }</pre>
 *
 * @param rule     the rule; never null
 * @param severity the rule's severity in the role pack; never null
 * @param weight   what the role pack lets the rule take, 0–100
 * @param outcome  whether the rule raised findings, found nothing, or could not run; never null
 * @param findings how many findings the rule raised: at least 1 when {@link Outcome#RAISED}, else 0
 * @param why      one line a reader can act on: the rule's first finding (and how many more), that
 *                 it found nothing, or why it could not run; never blank
 */
public record RuleScore(RuleId rule, Severity severity, int weight, Outcome outcome, int findings, String why) {
    /** What a rule did with a letter. */
    public enum Outcome {
        /** It raised at least one finding and took its weight. */
        RAISED,
        /** It ran and found nothing to say. */
        PASSED,
        /** It could not run: a tailoring rule without a posting, or without required skills in it. */
        NOT_CHECKED;

        /**
         * The spelling used in JSON, e.g. {@code "not-checked"}.
         *
         * @return the lower-case name with hyphens
         */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * Validates the rule's score.
     *
     * @param rule     the rule; never null
     * @param severity the rule's severity in the role pack; never null
     * @param weight   what the role pack lets the rule take, 0–100
     * @param outcome  whether the rule raised findings, found nothing, or could not run; never null
     * @param findings how many findings the rule raised: at least 1 when {@link Outcome#RAISED}, else 0
     * @param why      one line a reader can act on; never blank
     * @throws NullPointerException     when rule, severity or outcome is null
     * @throws IllegalArgumentException when the weight is outside 0–100, the finding count does not
     *                                  match the outcome, or why is blank
     */
    public RuleScore {
        Objects.requireNonNull(rule, "RuleScore.rule must not be null");
        Objects.requireNonNull(severity, "RuleScore.severity must not be null");
        Objects.requireNonNull(outcome, "RuleScore.outcome must not be null");
        if (weight < 0 || weight > 100) {
            throw new IllegalArgumentException("RuleScore.weight must be between 0 and 100 (was " + weight + ")");
        }
        if (outcome == Outcome.RAISED ? findings < 1 : findings != 0) {
            throw new IllegalArgumentException(
                    "RuleScore.findings must be " + (outcome == Outcome.RAISED ? "at least 1" : "0")
                            + " for a rule that is " + outcome.id() + " (was " + findings + ")");
        }
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException(
                    "RuleScore.why must not be blank (was " + (why == null ? "null" : "'" + why + "'") + ")");
        }
    }

    /**
     * The points this rule took from the score.
     *
     * @return its weight when it raised a finding, else 0
     */
    public int points() {
        return outcome == Outcome.RAISED ? weight : 0;
    }
}
