package dev.letterpress.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures as letters, profiles and postings write them, read as values: the one home of what
 * composing (is every figure of a letter in its inputs?), review (is a figure said twice?) and the
 * importers (what does a résumé's sentence measure?) know about numbers. "40M", "40 million" and
 * "40,000,000" are one value; "95ms" and "95 ms", "31%" and "31 %" read alike; "6 hours" and "360
 * min" are one duration; "from 310ms to 70ms" is a change. A number inside a word ("p95", "EC2",
 * "OAuth2") is not one. Stateless and thread-safe.
 *
 * <pre>{@code
 * Quantities.numbers("40M users, 40,000,000 rows");     // [4.0E7, 4.0E7]
 * Quantities.timeUnit("hrs");                            // "hours"
 * Quantities.convert(6, "hours", "min");                 // 360.0
 * Quantities.changes("Cut p99 from 310ms to 70ms");      // one Change: 310.0 "ms", 70.0 "ms"
 * }</pre>
 */
public final class Quantities {
    /** The digits of a number, as a regular expression: "45", "3,500" (groups of three), "99.97". */
    public static final String DIGITS = "\\d+(?:,\\d{3})*(?:\\.\\d+)?";
    /** The magnitudes a number may carry, as a regular expression: k, K, M, B, bn, thousand, million, billion. */
    public static final String MAGNITUDE = "k|K|M|B|bn|thousand|million|billion";
    /** The currency signs a number may follow, as a regular expression. */
    public static final String CURRENCY = "[$€£¥]";

    /**
     * A number with its optional currency sign and magnitude: group 1 holds the digits, group 2 the
     * magnitude (or null). Read its value with {@link #value(Matcher)}.
     */
    public static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,/])" + CURRENCY + "?(" + DIGITS + ")"
            + "(?:\\s?(" + MAGNITUDE + ")(?![\\p{L}\\p{N}]))?");

    /** A number as a change's ends write it: group 1 the digits, group 2 the magnitude. */
    private static final String END = "(" + DIGITS + ")(?:\\s?(" + MAGNITUDE + ")(?![A-Za-z]))?\\+?";
    /** The word after a change's number: "%", a unit ("ms", "hours") or a rate ("requests/s"). */
    private static final String END_UNIT = "\\s*(%|[A-Za-z]+(?:/[A-Za-z]+)?)?";

    private static final Pattern CHANGE = Pattern.compile("\\bfrom\\s+(?:about\\s+|over\\s+|~)?[$€£]?" + END + END_UNIT
            + "\\s+(?:down\\s+|up\\s+)?to\\s+(?:under\\s+|below\\s+|about\\s+|~)?[$€£]?" + END + END_UNIT);

    private static final Pattern TIME_WORD =
            Pattern.compile("ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?");
    private static final Map<String, Double> SECONDS =
            Map.of("ms", 0.001, "s", 1.0, "min", 60.0, "hours", 3600.0, "days", 86400.0, "weeks", 604800.0);

    /** How far apart two values may be and still be one figure: the rounding a letter uses. */
    private static final double TOLERANCE = 0.005;

    private Quantities() {}

    /**
     * The value of digits and a magnitude: ("40", "M") and ("40", "million") are 40,000,000.
     *
     * @param digits    digits as {@link #DIGITS} reads them; the commas of thousands are ignored
     * @param magnitude one of {@link #MAGNITUDE}, or null for none
     * @return the value
     * @throws NumberFormatException when {@code digits} is not a number
     */
    public static double value(String digits, String magnitude) {
        double v = Double.parseDouble(digits.replace(",", ""));
        if (magnitude == null) {
            return v;
        }
        return switch (magnitude) {
            case "k", "K", "thousand" -> v * 1e3;
            case "M", "million" -> v * 1e6;
            default -> v * 1e9;
        };
    }

    /**
     * The value a match of {@link #NUMBER} stands for.
     *
     * @param number a matcher that has just matched {@link #NUMBER}
     * @return the value
     */
    public static double value(Matcher number) {
        return value(number.group(1), number.group(2));
    }

    /**
     * Every number in a text, in order.
     *
     * @param text the text; null holds none
     * @return the values
     */
    public static List<Double> numbers(CharSequence text) {
        List<Double> values = new ArrayList<>();
        if (text != null && hasDigit(text)) {
            Matcher m = NUMBER.matcher(text);
            while (m.find()) {
                values.add(value(m));
            }
        }
        return values;
    }

    /**
     * Whether a text holds a digit at all: most texts do not, and need no regular expression.
     *
     * @param text the text
     * @return true when one of its characters is 0-9
     */
    public static boolean hasDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two values are the same figure, after the rounding a letter uses (0.5%): 1.2M is
     * the same as 1,204,000.
     *
     * @param a a value as written
     * @param b the value it is compared with
     * @return true when they are within 0.5% of {@code b}
     */
    public static boolean same(double a, double b) {
        return Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * TOLERANCE);
    }

    /**
     * The unit of time a word names.
     *
     * @param word a word after a number: "ms", "milliseconds", "s", "secs", "min", "minutes", "h",
     *             "hrs", "hours", "days", "weeks", in any case
     * @return "ms", "s", "min", "hours", "days" or "weeks"; null when the word is no unit of time
     */
    public static String timeUnit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!TIME_WORD.matcher(w).matches()) {
            return null;
        }
        if (w.equals("ms") || w.startsWith("milli")) {
            return "ms";
        }
        if (w.startsWith("s")) {
            return "s";
        }
        if (w.startsWith("m")) {
            return "min";
        }
        if (w.startsWith("h")) {
            return "hours";
        }
        return w.startsWith("d") ? "days" : "weeks";
    }

    /**
     * A duration in another unit of time: 6 hours are 360 min.
     *
     * @param value the duration
     * @param from  its unit, as {@link #timeUnit(String)} returns it
     * @param to    the unit wanted, likewise
     * @return the duration in {@code to}
     * @throws IllegalArgumentException when a unit is not one of {@link #timeUnit(String)}'s
     */
    public static double convert(double value, String from, String to) {
        return value * seconds(from) / seconds(to);
    }

    private static double seconds(String unit) {
        Double s = SECONDS.get(unit);
        if (s == null) {
            throw new IllegalArgumentException("not a unit of time: \"" + unit + "\"; use one of " + SECONDS.keySet());
        }
        return s;
    }

    /**
     * A change a text states: "from 310ms to 70ms", "from $4,000 to $2,500", "from 4 hours down to
     * 25 minutes", "from 40% to 85%".
     *
     * @param start      where "from" stands
     * @param end        the index after the change's last word
     * @param fromDigits the first number's digits as written (a year such as "2019" reads as one)
     * @param before     the first value, its magnitude applied
     * @param fromUnit   the word after the first number ("ms", "%", "requests/s"), or null
     * @param toDigits   the second number's digits as written
     * @param after      the second value, its magnitude applied
     * @param toUnit     the word after the second number, or null
     */
    public record Change(
            int start,
            int end,
            String fromDigits,
            double before,
            String fromUnit,
            String toDigits,
            double after,
            String toUnit) {}

    /**
     * Every change a text states, in order. The word after each number is given as written; it may
     * be no unit at all ("from 2019 to 2023 on Java"), which the caller judges.
     *
     * @param text the text
     * @return the changes
     */
    public static List<Change> changes(CharSequence text) {
        List<Change> changes = new ArrayList<>();
        Matcher m = CHANGE.matcher(text);
        while (m.find()) {
            changes.add(new Change(
                    m.start(),
                    m.end(),
                    m.group(1),
                    value(m.group(1), m.group(2)),
                    m.group(3),
                    m.group(4),
                    value(m.group(4), m.group(5)),
                    m.group(6)));
        }
        return changes;
    }
}
