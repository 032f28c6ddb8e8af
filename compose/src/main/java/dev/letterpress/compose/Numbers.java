package dev.letterpress.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as letters and profiles write them, read as values: "45", "3,500", "1.2M", "$40k",
 * "10 million", "99.97" — so that "40M", "40 million" and "40,000,000" are the same figure. A
 * number inside a word ("p95", "EC2", "OAuth2") is not one.
 */
final class Numbers {
    /** A number with its optional currency sign and magnitude word. */
    static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,/])[$€£¥]?(\\d+(?:,\\d{3})*(?:\\.\\d+)?)"
            + "(?:\\s?(k|K|M|B|bn|million|billion|thousand)(?![\\p{L}\\p{N}]))?");
    /** How far apart two values may be and still be one figure: the rounding a letter uses. */
    private static final double TOLERANCE = 0.005;

    private Numbers() {}

    /** The value a match of {@link #NUMBER} stands for. */
    static double value(Matcher m) {
        double v = Double.parseDouble(m.group(1).replace(",", ""));
        String suffix = m.group(2);
        if (suffix == null) {
            return v;
        }
        return switch (suffix) {
            case "k", "K", "thousand" -> v * 1e3;
            case "M", "million" -> v * 1e6;
            default -> v * 1e9;
        };
    }

    /** Every number in a text, in order; empty for null. */
    static List<Double> in(String text) {
        List<Double> values = new ArrayList<>();
        if (text != null && hasDigit(text)) {
            Matcher m = NUMBER.matcher(text);
            while (m.find()) {
                values.add(value(m));
            }
        }
        return values;
    }

    /** Whether a text holds a digit at all: most profile texts do not, and need no regular expression. */
    static boolean hasDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether two values are the same figure, after the rounding a letter uses (0.5%). */
    static boolean same(double a, double b) {
        return Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * TOLERANCE);
    }
}
