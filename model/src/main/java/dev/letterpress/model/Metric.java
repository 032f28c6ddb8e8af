package dev.letterpress.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;

/**
 * A measured result: a latency, a throughput, an uptime, a scale, a cost, a time saved.
 *
 * <p>Either {@code value} is set, or both {@code before} and {@code after} are. The {@code unit}
 * is free text; its first word is the unit proper and any further words qualify what was measured,
 * so {@code unit: "ms p95"} reads "p95 latency" and {@code unit: "% AWS"} on a cost reads
 * "AWS costs". {@link #phrase()} is the one place that says a metric in words:
 *
 * <pre>{@code
 * new Metric(MetricKind.LATENCY, null, "ms p95", 320.0, 45.0).phrase()  // "cut p95 latency from 320 ms to 45 ms"
 * new Metric(MetricKind.UPTIME, 99.97, "%", null, null).phrase()         // "99.97% uptime"
 * new Metric(MetricKind.THROUGHPUT, 1e7, "requests/day", null, null)     // "10M requests/day"
 * }</pre>
 *
 * @param kind   what is measured; never null
 * @param value  the figure, or null when {@code before} and {@code after} are given
 * @param unit   the unit and optional qualifier ("ms", "requests/day", "% AWS"), or null
 * @param before the figure before the change, or null
 * @param after  the figure after the change, or null
 */
public record Metric(MetricKind kind, Double value, String unit, Double before, Double after) {
    private static final Set<String> PREFIX_UNITS = Set.of("$", "€", "£", "¥");

    /**
     * Validates the metric.
     *
     * @param kind   what is measured; never null
     * @param value  the figure, or null when {@code before} and {@code after} are given
     * @param unit   the unit and optional qualifier ("ms", "requests/day", "% AWS"), or null
     * @param before the figure before the change, or null
     * @param after  the figure after the change, or null
     * @throws IllegalArgumentException naming every problem: the kind is missing, no figure is
     *                                  given, only one of {@code before}/{@code after} is, or a
     *                                  figure is not finite or beyond what a letter can print
     *                                  (0, or 0.01 to 10<sup>15</sup> in size)
     */
    public Metric {
        Validation v = new Validation("Metric");
        v.nonNull("kind", kind);
        unit = Checks.optional(unit);
        v.record(figuresProblem(value, before, after));
        v.check();
    }

    /**
     * A metric with a single figure.
     *
     * @param kind  what is measured
     * @param value the figure
     * @param unit  the unit, or null
     * @return the metric
     */
    public static Metric of(MetricKind kind, double value, String unit) {
        return new Metric(kind, value, unit, null, null);
    }

    /**
     * A metric that records a change.
     *
     * @param kind   what is measured
     * @param before the figure before
     * @param after  the figure after
     * @param unit   the unit, or null
     * @return the metric
     */
    public static Metric change(MetricKind kind, double before, double after, String unit) {
        return new Metric(kind, null, unit, before, after);
    }

    static String figuresProblem(Double value, Double before, Double after) {
        if (value == null && (before == null || after == null)) {
            if (before != null || after != null) {
                return "needs both before and after (or a value)";
            }
            return "needs a value, or before and after";
        }
        for (Double d : new Double[] {value, before, after}) {
            if (d != null && !Double.isFinite(d)) {
                return "figures must be finite numbers (was " + d + ")";
            }
        }
        for (Double d : new Double[] {value, before, after}) {
            String problem = Checks.figureProblem(d);
            if (problem != null) {
                return "figures " + problem + " (was " + Checks.show(d) + ")";
            }
        }
        return null;
    }

    /**
     * Whether this metric records a change from {@code before} to {@code after}.
     *
     * @return true when both are set
     */
    public boolean isChange() {
        return before != null && after != null;
    }

    /**
     * Says the metric the way a letter does: "cut p95 latency from 320 ms to 45 ms",
     * "99.97% uptime", "10M requests/day", "40% lower AWS costs", "saved 6 hours/week".
     *
     * @return the phrase, starting in lower case, without a final full stop
     */
    public String phrase() {
        String unitWord = unitWord();
        String qualifier = qualifier();
        if (isChange()) {
            String subject = qualifier == null ? kind.noun() : qualifier + " " + kind.noun();
            if (kind == MetricKind.SCALE) {
                subject = unitWord == null ? "scale" : "";
            }
            if (kind == MetricKind.OTHER && qualifier == null) {
                return "went from " + amount(before, unitWord) + " to " + amount(after, unitWord);
            }
            String from = kind == MetricKind.SCALE
                            && unitWord != null
                            && !PREFIX_UNITS.contains(unitWord)
                            && !unitWord.startsWith("%")
                    ? number(before)
                    : amount(before, unitWord);
            String to = amount(after, unitWord);
            String verb = verb(after < before);
            return (verb + " " + subject).strip() + " from " + from + " to " + to;
        }
        String amount = amount(value, unitWord);
        return switch (kind) {
            case LATENCY -> amount + " " + withQualifier(qualifier, "latency");
            case UPTIME -> amount(value, unitWord == null ? "%" : unitWord) + " " + withQualifier(qualifier, "uptime");
            case THROUGHPUT -> unitWord == null ? "throughput of " + amount : append(amount, qualifier);
            case SCALE -> unitWord == null ? "a scale of " + amount : append(amount, qualifier);
            case COST ->
                unitWord != null && unitWord.startsWith("%")
                        ? amount + " lower " + withQualifier(qualifier, "costs")
                        : amount + " in " + withQualifier(qualifier, "savings");
            case TIME -> qualifier == null ? "saved " + amount : "saved " + amount + " of " + qualifier + " time";
            case OTHER -> append(amount, qualifier);
        };
    }

    private String verb(boolean decreased) {
        return switch (kind) {
            case LATENCY, COST, TIME -> decreased ? "cut" : "increased";
            case THROUGHPUT, UPTIME -> decreased ? "reduced" : "raised";
            case SCALE -> decreased ? "reduced" : "grew";
            case OTHER -> decreased ? "reduced" : "improved";
        };
    }

    private static String append(String amount, String qualifier) {
        return qualifier == null ? amount : amount + " " + qualifier;
    }

    private static String withQualifier(String qualifier, String noun) {
        return qualifier == null ? noun : qualifier + " " + noun;
    }

    private String unitWord() {
        if (unit == null) {
            return null;
        }
        int space = unit.indexOf(' ');
        return space < 0 ? unit : unit.substring(0, space);
    }

    private String qualifier() {
        if (unit == null) {
            return null;
        }
        int space = unit.indexOf(' ');
        return space < 0 ? null : unit.substring(space + 1).strip();
    }

    /** A figure with its unit: "320 ms", "99.97%", "10M requests/day", "$12k". */
    static String amount(double figure, String unitWord) {
        String number = number(figure);
        if (unitWord == null) {
            return number;
        }
        if (PREFIX_UNITS.contains(unitWord)) {
            return unitWord + number;
        }
        for (String prefix : PREFIX_UNITS) {
            if (unitWord.startsWith(prefix + "/")) {
                return prefix + number + unitWord.substring(prefix.length());
            }
        }
        char first = unitWord.charAt(0);
        boolean attached = first == '%' || first == '/' || unitWord.equals("x") || unitWord.equals("×");
        return attached ? number + unitWord : number + " " + unitWord;
    }

    /** 10000000 → "10M", 2500000 → "2.5M", 45000 → "45k", 1500 → "1,500", 99.97 → "99.97". */
    static String number(double figure) {
        double abs = Math.abs(figure);
        if (abs >= 1e9) {
            return decimal(figure / 1e9) + "B";
        }
        if (abs >= 1e6) {
            return decimal(figure / 1e6) + "M";
        }
        if (abs >= 1e4) {
            return decimal(figure / 1e3) + "k";
        }
        if (figure == Math.rint(figure)) {
            return String.format(Locale.ROOT, "%,d", (long) figure);
        }
        return decimal(figure);
    }

    private static String decimal(double figure) {
        BigDecimal rounded =
                BigDecimal.valueOf(figure).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /**
     * Starts a builder.
     *
     * @param kind what is measured
     * @return a new builder
     */
    public static Builder builder(MetricKind kind) {
        return new Builder(kind);
    }

    /** Builds a {@link Metric}; each {@link #build()} returns a new, independent value. */
    public static final class Builder {
        private final MetricKind kind;
        private Double value;
        private String unit;
        private Double before;
        private Double after;

        private Builder(MetricKind kind) {
            this.kind = kind;
        }

        /**
         * Sets the single figure.
         *
         * @param figure the figure ({@code value(45)} or {@code value(99.97)})
         * @return this builder
         */
        public Builder value(double figure) {
            value = figure;
            return this;
        }

        /**
         * Sets the unit and its optional qualifier.
         *
         * @param text e.g. "ms", "ms p95", "% AWS", or null
         * @return this builder
         */
        public Builder unit(String text) {
            unit = text;
            return this;
        }

        /**
         * Sets the figures of a change.
         *
         * @param from the figure before
         * @param to   the figure after
         * @return this builder
         */
        public Builder change(double from, double to) {
            before = from;
            after = to;
            return this;
        }

        /**
         * Builds the metric.
         *
         * @return the validated metric
         * @throws InvalidInputException listing every problem
         */
        public Metric build() {
            return Validation.build(() -> new Metric(kind, value, unit, before, after));
        }
    }
}
