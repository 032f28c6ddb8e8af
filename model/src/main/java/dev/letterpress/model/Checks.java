package dev.letterpress.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The validation rules of the model, shared by the records' constructors (which throw) and the
 * profile loader (which collects problems with their locations). Each {@code problem} method
 * returns {@code null} when the value is acceptable, else the reason in words.
 */
final class Checks {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern BARE_HOST = Pattern.compile("(?i)(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)+(/\\S*)?");
    static final double MAX_YEARS = 60;
    /** The largest figure a metric may state (a quadrillion): beyond it, a unit is wrong. */
    static final double MAX_FIGURE = 1e15;
    /** The smallest non-zero figure a metric may state: a letter prints two decimals. */
    static final double MIN_FIGURE = 0.01;

    private Checks() {}

    /** Strips the value; blank becomes null. */
    static String optional(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static String required(String type, String field, String value) {
        String stripped = optional(value);
        if (stripped == null) {
            throw new IllegalArgumentException(type + "." + field + " must not be blank (was " + quote(value) + ")");
        }
        return stripped;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** A list of words: each stripped, blanks dropped. */
    static List<String> words(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static String emailProblem(String value) {
        return value == null || EMAIL.matcher(value).matches()
                ? null
                : "expected an e-mail address like name@example.com";
    }

    static String email(String type, String field, String value) {
        String v = optional(value);
        return check(type, field, v, emailProblem(v));
    }

    /** Accepts http(s) URLs; a bare host such as {@code github.com/ada} gets {@code https://}. */
    static String normaliseUrl(String value) {
        String v = optional(value);
        if (v != null && !v.contains("://") && BARE_HOST.matcher(v).matches()) {
            return "https://" + v;
        }
        return v;
    }

    static String urlProblem(String value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return null;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return "expected a web address like https://github.com/ada";
    }

    static String url(String type, String field, String value) {
        String v = normaliseUrl(value);
        return check(type, field, v, urlProblem(v));
    }

    static String yearsProblem(Double value) {
        if (value == null) {
            return null;
        }
        if (value.isNaN() || value < 0) {
            return "must not be negative";
        }
        return value > MAX_YEARS ? "must be at most " + (int) MAX_YEARS : null;
    }

    static Double years(String type, String field, Double value) {
        String problem = yearsProblem(value);
        if (problem != null) {
            throw new IllegalArgumentException(type + "." + field + " " + problem + " (was " + value + ")");
        }
        return value;
    }

    /** A metric's figure: finite, and of a size a letter can print. */
    static String figureProblem(Double value) {
        if (value == null) {
            return null;
        }
        if (!Double.isFinite(value)) {
            return "must be a finite number";
        }
        double abs = Math.abs(value);
        if (abs > MAX_FIGURE) {
            return "must be at most 1,000,000,000,000,000 in size; use a larger unit";
        }
        if (abs != 0 && abs < MIN_FIGURE) {
            return "must be 0 or at least 0.01 in size; use a smaller unit";
        }
        return null;
    }

    /** A number as an error message shows it: as a letter would when sensible, else as Java writes it. */
    static String show(double value) {
        double abs = Math.abs(value);
        boolean printable = Double.isFinite(value) && abs <= MAX_FIGURE && (abs == 0 || abs >= MIN_FIGURE);
        return printable ? Metric.number(value) : Double.toString(value);
    }

    static String colorProblem(String value) {
        return value == null || COLOR.matcher(value).matches() ? null : "expected a colour like #1F3A5F";
    }

    private static String check(String type, String field, String value, String problem) {
        if (problem != null) {
            throw new IllegalArgumentException(type + "." + field + ": " + problem + " (was " + quote(value) + ")");
        }
        return value;
    }

    static String quote(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
