package dev.letterpress.review;

import java.util.Locale;

/**
 * The verdict a score falls in: {@link #GOOD} at 75 and above, {@link #FAIR} from 50 to 74,
 * {@link #POOR} below 50.
 *
 * <pre>{@code
 * Band.of(80)  // GOOD
 * Band.of(74)  // FAIR
 * Band.of(49)  // POOR
 * }</pre>
 */
public enum Band {
    /** 75–100: the letter follows the advice; send it. */
    GOOD(75),
    /** 50–74: worth sending after fixing the findings. */
    FAIR(50),
    /** 0–49: rewrite it. */
    POOR(0);

    private final int minimum;

    Band(int minimum) {
        this.minimum = minimum;
    }

    /**
     * The lowest score in this band.
     *
     * @return 75, 50 or 0
     */
    public int minimum() {
        return minimum;
    }

    /**
     * The spelling used in JSON and in the corpus labels, e.g. {@code "fair"}.
     *
     * @return the lower-case name
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The band a score falls in.
     *
     * @param score a score from 0 to 100
     * @return the band
     * @throws IllegalArgumentException when the score is outside 0–100
     */
    public static Band of(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("Band score must be between 0 and 100 (was " + score + ")");
        }
        for (Band band : values()) {
            if (score >= band.minimum) {
                return band;
            }
        }
        throw new AssertionError("unreachable: POOR starts at 0");
    }
}
