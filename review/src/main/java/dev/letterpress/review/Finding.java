package dev.letterpress.review;

import java.util.Objects;

/**
 * One thing a review found: which rule, how much it matters, what is wrong (quoting the offending
 * text where there is one) and a concrete suggestion.
 *
 * <pre>{@code
 * Finding f = review.findings().get(0);
 * f.rule().id();    // "placeholder"
 * f.message();      // "Template placeholder left in the text: \"[Company]\"."
 * f.quote();        // "[Company]"
 * f.suggestion();   // "Replace it with the real value, …"
 * }</pre>
 *
 * @param rule       the rule that raised it; never null
 * @param severity   how much it matters; never null
 * @param message    what is wrong, in one or two sentences; never blank
 * @param suggestion what to do about it; never blank
 * @param quote      the offending text as it stands in the letter, or null when the finding is
 *                   about something missing
 */
public record Finding(RuleId rule, Severity severity, String message, String suggestion, String quote) {
    /**
     * Validates the finding.
     *
     * @param rule       the rule that raised it; never null
     * @param severity   how much it matters; never null
     * @param message    what is wrong, in one or two sentences; never blank
     * @param suggestion what to do about it; never blank
     * @param quote      the offending text as it stands in the letter, or null when the finding is
     *                   about something missing
     * @throws NullPointerException     when rule or severity is null
     * @throws IllegalArgumentException when message or suggestion is blank, or the quote is empty
     */
    public Finding {
        Objects.requireNonNull(rule, "Finding.rule must not be null");
        Objects.requireNonNull(severity, "Finding.severity must not be null");
        message = required("message", message);
        suggestion = required("suggestion", suggestion);
        if (quote != null && quote.isBlank()) {
            throw new IllegalArgumentException("Finding.quote must be null or not blank (was '" + quote + "')");
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Finding." + field + " must not be blank (was "
                    + (value == null ? "null" : "'" + value + "'") + ")");
        }
        return value.strip();
    }
}
