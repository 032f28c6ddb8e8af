package dev.letterpress.compose;

import dev.letterpress.text.Quantities;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as letters and profiles write them, read as values: "45", "3,500", "1.2M", "$40k",
 * "10 million", "99.97" — so that "40M", "40 million" and "40,000,000" are the same figure. A
 * number inside a word ("p95", "EC2", "OAuth2") is not one. Composing's names for {@link
 * Quantities}, where the reading lives.
 */
final class Numbers {
    /** A number with its optional currency sign and magnitude word. */
    static final Pattern NUMBER = Quantities.NUMBER;

    private Numbers() {}

    /** The value a match of {@link #NUMBER} stands for. */
    static double value(Matcher m) {
        return Quantities.value(m);
    }

    /** Every number in a text, in order; empty for null. */
    static List<Double> in(String text) {
        return Quantities.numbers(text);
    }

    /** Whether a text holds a digit at all: most profile texts do not, and need no regular expression. */
    static boolean hasDigit(CharSequence text) {
        return Quantities.hasDigit(text);
    }

    /** Whether two values are the same figure, after the rounding a letter uses (0.5%). */
    static boolean same(double a, double b) {
        return Quantities.same(a, b);
    }
}
