package dev.letterpress.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How senior a candidate is, or how senior a posting asks for, from {@code junior} to {@code lead}.
 *
 * <p>Profiles and CSV files spell the values in lower case ({@code junior}, {@code mid},
 * {@code senior}, {@code staff}, {@code lead}); {@link #parse(String)} accepts any case.
 */
public enum Seniority {
    /** Up to about two years of professional experience. */
    JUNIOR,
    /** Mid-level. */
    MID,
    /** Senior. */
    SENIOR,
    /** Staff engineer. */
    STAFF,
    /** Technical lead. */
    LEAD;

    /**
     * The spelling used in profiles, e.g. {@code "senior"}.
     *
     * @return the lower-case name
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether this level is mid-level or above.
     *
     * @return {@code true} for {@link #MID} and every level after it
     */
    public boolean isMidOrAbove() {
        return compareTo(MID) >= 0;
    }

    /**
     * Reads a level from its profile spelling, ignoring case and surrounding space.
     *
     * @param text the text, may be null
     * @return the level, or empty when {@code text} names none
     */
    public static Optional<Seniority> parse(String text) {
        return Enums.parse(Seniority.class, text);
    }

    /**
     * The spellings accepted by {@link #parse(String)}, in order.
     *
     * @return e.g. {@code [junior, mid, senior, staff, lead]}
     */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Seniority::id).toList();
    }
}
