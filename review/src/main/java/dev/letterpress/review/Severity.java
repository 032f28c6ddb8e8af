package dev.letterpress.review;

import java.util.Locale;

/**
 * How much a {@link Finding} matters, from {@link #ERROR} (fix before sending) to {@link #INFO}
 * (worth a look). A role pack sets each rule's severity; the score is reduced by the rule's weight,
 * not by its severity.
 */
public enum Severity {
    /** A mistake a reader will hold against the letter: a placeholder, no figures at all. */
    ERROR,
    /** A gap in what the advice asks for: no system design, no link to code. */
    WARNING,
    /** A smaller gap worth filling. */
    INFO;

    /**
     * The spelling used in role packs and in JSON, e.g. {@code "warning"}.
     *
     * @return the lower-case name
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
