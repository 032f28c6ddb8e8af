package dev.letterpress.compose;

import java.time.Duration;
import java.util.Objects;

/**
 * How much work one letter's template may do: its time and the characters it writes. A template
 * past either is stopped and reported with its name and line, so no template (a user's or a
 * built-in) can hang a batch or fill the memory.
 *
 * @param time     the longest a template may take for one letter; positive or zero
 * @param maxChars the most characters a template may write for one letter (and the longest text
 *                 a {@code th:with} variable may hold); positive
 */
record RenderLimits(Duration time, int maxChars) {
    /** Five seconds and 200,000 characters: a letter takes milliseconds and a few thousand. */
    static final RenderLimits DEFAULT = new RenderLimits(Duration.ofSeconds(5), 200_000);

    RenderLimits {
        Objects.requireNonNull(time, "RenderLimits.time");
        if (time.isNegative() || maxChars < 1) {
            throw new IllegalArgumentException("RenderLimits need a time of zero or more and maxChars of 1 or more"
                    + " (was " + time + ", " + maxChars + ")");
        }
    }

    /** The time as a message says it: "5 s" or "250 ms". */
    String timeText() {
        long millis = time.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
