package dev.letterpress.review;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of reviewing one letter: a score from 0 to 100, its {@link Band}, the body's word
 * count, the findings, most severe first, and how every rule of the role pack weighed in the
 * score. Immutable and thread-safe.
 *
 * <pre>{@code
 * Review review = Reviewer.builder().build().review(letter, job);
 * review.score();       // 84
 * review.band();        // GOOD
 * review.ruleIds();     // [github.missing, testing.missing]
 * review.scoring();     // every rule: its weight, the points it took and why
 * review.toText();      // the human report the CLI prints
 * review.explain();     // the table of points `letterpress review --explain` prints
 * review.toJson();      // the stable JSON form, see toJson()
 * }</pre>
 *
 * <p>The score starts at 100 and loses the role pack's weight of every rule that raised at least
 * one finding (once per rule), never going below 0.
 *
 * @param role     the role pack the letter was reviewed with, e.g. {@code "backend"}; never blank
 * @param score    0–100: 100 less the points of {@code scoring}, never below 0
 * @param words    words in the letter's body, from the salutation to the closing
 * @param findings what the review found, most severe first; unmodifiable, empty for a letter that
 *                 follows all the advice
 * @param scoring  every rule the review ran, in the role pack's order, with the points it took;
 *                 unmodifiable
 */
public record Review(String role, int score, int words, List<Finding> findings, List<RuleScore> scoring) {
    /**
     * Validates the review and copies its lists.
     *
     * @param role     the role pack the letter was reviewed with, e.g. {@code "backend"}; never blank
     * @param score    0–100: 100 less the points of {@code scoring}, never below 0
     * @param words    words in the letter's body, from the salutation to the closing
     * @param findings what the review found, most severe first; unmodifiable, empty for a letter that
     *                 follows all the advice
     * @param scoring  every rule the review ran, in the role pack's order, with the points it took
     * @throws IllegalArgumentException when the role is blank, the word count is negative, the
     *                                  score is not what {@code scoring} gives, or the findings of a
     *                                  rule are not the number {@code scoring} says
     * @throws NullPointerException     when a list or one of its elements is null
     */
    public Review {
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException(
                    "Review.role must not be blank (was " + (role == null ? "null" : "'" + role + "'") + ")");
        }
        if (words < 0) {
            throw new IllegalArgumentException("Review.words must not be negative (was " + words + ")");
        }
        findings = List.copyOf(Objects.requireNonNull(findings, "Review.findings must not be null"));
        scoring = List.copyOf(Objects.requireNonNull(scoring, "Review.scoring must not be null"));
        if (score != Scorer.score(scoring)) {
            throw new IllegalArgumentException("Review.score must be 100 less the points of scoring, never below 0 "
                    + "(was " + score + "; scoring takes " + Scorer.taken(scoring) + ")");
        }
        for (RuleScore rule : scoring) {
            long raised = findings.stream().filter(f -> f.rule() == rule.rule()).count();
            if (raised != rule.findings()) {
                throw new IllegalArgumentException("Review.scoring counts " + rule.findings() + " findings of "
                        + rule.rule() + " but findings has " + raised);
            }
        }
        Set<RuleId> scored = EnumSet.noneOf(RuleId.class);
        scoring.forEach(r -> scored.add(r.rule()));
        for (Finding f : findings) {
            if (!scored.contains(f.rule())) {
                throw new IllegalArgumentException(
                        "Review.findings has a finding of " + f.rule() + ", a rule that scoring does not list");
            }
        }
    }

    /**
     * The band the score falls in.
     *
     * @return {@link Band#GOOD} at 75+, {@link Band#FAIR} at 50–74, {@link Band#POOR} below 50
     */
    public Band band() {
        return Band.of(score);
    }

    /**
     * The ids of the rules that raised findings, each once, in the order of {@link #findings()}:
     * what the batch manifest records.
     *
     * @return e.g. {@code [metrics.missing, github.missing]}; empty when there are no findings
     */
    public List<String> ruleIds() {
        Set<String> ids = new LinkedHashSet<>();
        findings.forEach(f -> ids.add(f.rule().id()));
        return List.copyOf(ids);
    }

    /**
     * Whether a rule raised at least one finding.
     *
     * @param rule the rule
     * @return true when it did
     */
    public boolean has(RuleId rule) {
        return findings.stream().anyMatch(f -> f.rule() == rule);
    }

    /**
     * The review as stable JSON (UTF-8 text, two-space indentation, "\n" line ends, a final
     * newline). Fields always appear, in this order; {@code quote} is {@code null} when a finding
     * quotes nothing. {@code bands} gives each band's lowest score; {@code scoring} lists every rule
     * the review ran, in the role pack's order, with the points it took and why. New fields may be
     * added in later versions; existing ones keep their name, type and meaning while
     * {@code version} stays 1. {@code REVIEW-JSON.md} next to this class describes every field and
     * rule id.
     *
     * <pre>{@code
     * {
     *   "format": "letterpress-review",
     *   "version": 1,
     *   "role": "backend",
     *   "score": 70,
     *   "band": "fair",
     *   "words": 212,
     *   "findings": [
     *     {
     *       "rule": "placeholder",
     *       "severity": "error",
     *       "message": "Template placeholder left in the text: \"[Company]\".",
     *       "suggestion": "Replace it with the real value, or rewrite the sentence without it.",
     *       "quote": "[Company]"
     *     }
     *   ],
     *   "bands": {
     *     "good": 75,
     *     "fair": 50,
     *     "poor": 0
     *   },
     *   "scoring": [
     *     {
     *       "rule": "placeholder",
     *       "severity": "error",
     *       "weight": 30,
     *       "points": 30,
     *       "outcome": "raised",
     *       "findings": 1,
     *       "why": "Template placeholder left in the text: \"[Company]\"."
     *     },
     *     {
     *       "rule": "metrics.missing",
     *       "severity": "error",
     *       "weight": 26,
     *       "points": 0,
     *       "outcome": "passed",
     *       "findings": 0,
     *       "why": "No finding."
     *     }
     *   ]
     * }
     * }</pre>
     *
     * @return the JSON text
     */
    public String toJson() {
        return ReviewJson.write(this);
    }

    /**
     * The review as a short human report: the score and band; the points every rule that raised
     * a finding took; the bands and the fewest fixes that reach the next band up; then each finding
     * with its severity, rule id, message and suggestion.
     *
     * <pre>
     * Score: 62/100 (fair), backend review of 212 words
     * Points: 100 - 30 placeholder - 8 testing.missing = 62
     * Bands: good 75-100, fair 50-74, poor 0-49; fixing placeholder (+30) reaches good
     *
     * 1. [error] placeholder: Template placeholder left in the text: "[Company]".
     *    Suggestion: Replace it with the real value, or rewrite the sentence without it.
     * 2. [info] testing.missing: No testing practice.
     *    Suggestion: Mention how you test, e.g. ...
     * </pre>
     *
     * @return the report, ending with a newline
     */
    public String toText() {
        return ReviewText.report(this);
    }

    /**
     * The score explained, rule by rule: every rule the review ran with its severity, its weight,
     * the points it took and why (its first finding, "No finding." or why it could not run), the
     * total, and the bands. What {@code letterpress review --explain} prints.
     *
     * <pre>
     * Score: 62/100 (fair), backend review of 212 words
     *
     * rule                    severity  weight  points  why
     * placeholder             error         30     -30  Template placeholder left in the text: "[Company]".
     * metrics.missing         error         26       0  No finding.
     * tailoring.company       error         26       0  Not checked: no posting given.
     * ...
     * testing.missing         info           8      -8  No testing practice.
     * total                                         -38  100 - 38 = 62
     *
     * Bands: good 75-100, fair 50-74, poor 0-49; fixing placeholder (+30) reaches good
     * </pre>
     *
     * @return the table, ending with a newline
     */
    public String explain() {
        return ReviewText.explain(this);
    }
}
