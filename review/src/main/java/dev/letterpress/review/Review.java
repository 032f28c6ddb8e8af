package dev.letterpress.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of reviewing one letter: a score from 0 to 100, its {@link Band}, the body's word
 * count and the findings, most severe first. Immutable and thread-safe.
 *
 * <pre>{@code
 * Review review = Reviewer.builder().build().review(letter, job);
 * review.score();       // 84
 * review.band();        // GOOD
 * review.ruleIds();     // [github.missing, testing.missing]
 * review.toText();      // the human report the CLI prints
 * review.toJson();      // the stable JSON form, see toJson()
 * }</pre>
 *
 * <p>The score starts at 100 and loses the role pack's weight of every rule that raised at least
 * one finding (once per rule), never going below 0.
 *
 * @param role     the role pack the letter was reviewed with, e.g. {@code "backend"}; never blank
 * @param score    0–100
 * @param words    words in the letter's body, from the salutation to the closing
 * @param findings what the review found, most severe first; unmodifiable, empty for a letter that
 *                 follows all the advice
 */
public record Review(String role, int score, int words, List<Finding> findings) {
    /**
     * Validates the review and copies its findings.
     *
     * @param role     the role pack the letter was reviewed with, e.g. {@code "backend"}; never blank
     * @param score    0–100
     * @param words    words in the letter's body, from the salutation to the closing
     * @param findings what the review found, most severe first; unmodifiable, empty for a letter that
     *                 follows all the advice
     * @throws IllegalArgumentException when the role is blank, the score is outside 0–100 or the
     *                                  word count is negative
     * @throws NullPointerException     when findings or one of them is null
     */
    public Review {
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("Review.role must not be blank (was "
                    + (role == null ? "null" : "'" + role + "'") + ")");
        }
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("Review.score must be between 0 and 100 (was " + score + ")");
        }
        if (words < 0) {
            throw new IllegalArgumentException("Review.words must not be negative (was " + words + ")");
        }
        findings = List.copyOf(Objects.requireNonNull(findings, "Review.findings must not be null"));
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
     * quotes nothing. New fields may be added in later versions; existing ones keep their name,
     * type and meaning while {@code version} stays 1. {@code REVIEW-JSON.md} next to this class
     * describes every field and rule id.
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
     * The review as a short human report: the score and band, then each finding with its
     * severity, rule id, message and suggestion.
     *
     * <pre>
     * Score: 70/100 (fair), backend review of 212 words
     *
     * 1. [error] placeholder: Template placeholder left in the text: "[Company]".
     *    Suggestion: Replace it with the real value, or rewrite the sentence without it.
     * </pre>
     *
     * @return the report, ending with a newline
     */
    public String toText() {
        List<String> lines = new ArrayList<>();
        lines.add("Score: " + score + "/100 (" + band().id() + "), " + role + " review of " + words
                + (words == 1 ? " word" : " words"));
        lines.add("");
        if (findings.isEmpty()) {
            lines.add("No findings: the letter follows the advice.");
        }
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String number = (i + 1) + ". ";
            lines.add(number + "[" + f.severity().id() + "] " + f.rule().id() + ": " + f.message());
            lines.add(" ".repeat(number.length()) + "Suggestion: " + f.suggestion());
        }
        return String.join("\n", lines) + "\n";
    }
}
