package dev.letterpress.compose;

import dev.letterpress.model.Metric;
import dev.letterpress.model.MetricKind;
import dev.letterpress.text.Quantities;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How Letterpress writes: lists joined as "A, B and C", years as "1 year" / "2.5 years", sentences
 * capitalised with one final full stop, the right article, metrics attached to what they measured.
 * Every piece of profile text that reaches a template passes through {@link #clean(String)}.
 */
final class Phrases {
    private Phrases() {}

    /**
     * Profile text made safe and tidy: characters XML cannot carry (control characters, lone
     * surrogates, U+FFFE/U+FFFF) removed, runs of white space made one space, ends stripped.
     *
     * @return the text, or null when nothing is left
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        if (tidy(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' '
                    || c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || c == '\f'
                    || c == '\u000B'
                    || c == '\u2028'
                    || c == '\u2029') {
                space = true;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                appendWord(out, space);
                space = false;
                out.append(c).append(text.charAt(++i));
                continue;
            }
            if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                continue;
            }
            appendWord(out, space);
            space = false;
            out.append(c);
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** Whether a text needs no cleaning: no control or odd characters, single spaces, no outer space. */
    private static boolean tidy(String text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20
                    || (c >= 0x7F && c <= 0x9F)
                    || Character.isSurrogate(c)
                    || c >= '\uFFFE'
                    || c == '\u2028'
                    || c == '\u2029'
                    || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static void appendWord(StringBuilder out, boolean space) {
        if (space && out.length() > 0) {
            out.append(' ');
        }
    }

    /** "A", "A and B", "A, B and C"; null for an empty list. */
    static String join(List<String> items) {
        int n = items.size();
        if (n == 0) {
            return null;
        }
        if (n == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
    }

    /** "8 years", "1 year", "2.5 years", "6 months"; null when unknown or zero. */
    static String years(Double years) {
        if (years == null || years <= 0) {
            return null;
        }
        if (years < 1) {
            long months = Math.round(years * 12);
            if (months == 0) {
                return null;
            }
            if (months == 12) {
                return "1 year";
            }
            return months == 1 ? "1 month" : months + " months";
        }
        String number = number(years);
        return number.equals("1") ? "1 year" : number + " years";
    }

    /** "the past 8 years", "the past year", "the past 6 months"; null when unknown. */
    static String period(Double years) {
        String text = years(years);
        if (text == null) {
            return null;
        }
        if (text.equals("1 year")) {
            return "the past year";
        }
        if (text.equals("1 month")) {
            return "the past month";
        }
        return "the past " + text;
    }

    private static String number(double value) {
        BigDecimal rounded =
                BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() <= 0 ? rounded.toBigInteger().toString() : rounded.toPlainString();
    }

    /** The first letter in upper case, unless the first word is written in mixed case ("iOS"). */
    static String capitalise(String text) {
        if (text == null || text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
            return text;
        }
        for (int i = 1; i < text.length() && !Character.isWhitespace(text.charAt(i)); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return text;
            }
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The text without a final full stop, colon, semicolon or comma. */
    static String withoutFinalStop(String text) {
        String t = text.strip();
        while (!t.isEmpty() && ".,;:".indexOf(t.charAt(t.length() - 1)) >= 0 && !t.endsWith("...")) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t;
    }

    /** The text as one sentence: capitalised, ending in exactly one full stop (or its own ? or !). */
    static String sentence(String text) {
        String t = capitalise(withoutFinalStop(text));
        if (t.isEmpty()) {
            return null;
        }
        char last = t.charAt(t.length() - 1);
        return last == '!' || last == '?' || t.endsWith("...") || last == '…' ? t : t + ".";
    }

    /** "a" or "an" for the phrase that follows: "an Elixir", "a Python", "an SQL", "a C#". */
    static String article(String phrase) {
        String word = phrase.strip();
        int end = 0;
        while (end < word.length() && !Character.isWhitespace(word.charAt(end))) {
            end++;
        }
        word = word.substring(0, end);
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return "a";
        }
        char first = Character.toUpperCase(word.charAt(0));
        String letters = word.replaceAll("[^\\p{L}]", "");
        boolean spelledOut = letters.length() == 1 || (letters.length() > 1 && letters.equals(letters.toUpperCase()));
        if (spelledOut) {
            return "AEFHILMNORSX".indexOf(first) >= 0 ? "an" : "a";
        }
        return "AEIO".indexOf(first) >= 0 ? "an" : "a";
    }

    /** A link as a letter shows it: "github.com/ada" for "https://github.com/ada/". */
    static String linkText(String url) {
        String text = url.replaceFirst("^(?i)https?://", "").replaceFirst("^(?i)www\\.", "");
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.isEmpty() ? url : text;
    }

    /**
     * What the metrics add to the sentence they follow: ", which cut p95 latency from 320 ms to
     * 45 ms at 10M requests/day", ", handling 2M events/day, with 15M rows", " at 99.97% uptime" —
     * or "" when there are none. Changes (a before/after pair) become a "which" clause; single
     * figures attach with "at" (after a change) or "handling" (rates), "at" (uptime) or "with"
     * (sizes and the rest). A lone time or cost, which does not {@link #standsAlone stand alone},
     * is noted in brackets as the profile gives it: " (2 min)", " (AWS costs: 34%)"; a bare number
     * without a unit is left out. The figures are {@link #metric(Metric)}'s.
     */
    static String metricClause(List<Metric> metrics) {
        return metricClause(metrics, metrics.stream().map(Phrases::metric).toList());
    }

    /** {@link #metricClause(List)} with each metric's {@link #metric(Metric)} already computed. */
    static String metricClause(List<Metric> metrics, List<String> phrases) {
        List<String> changes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String[]> figures = new ArrayList<>();
        for (int k = 0; k < metrics.size(); k++) {
            Metric m = metrics.get(k);
            String phrase = clean(phrases.get(k));
            if (phrase == null) {
                continue;
            }
            if (!standsAlone(m)) {
                if (m.kind() != MetricKind.OTHER) {
                    notes.add(phrase);
                }
                continue;
            }
            if (m.isChange()) {
                changes.add(phrase);
            } else {
                figures.add(new String[] {connector(m), phrase});
            }
        }
        StringBuilder clause = new StringBuilder();
        if (!changes.isEmpty()) {
            clause.append(", which ").append(join(changes));
        }
        if (changes.isEmpty()) {
            for (String[] figure : figures) {
                figure[0] = figure[0].equals(" at ") && !figure[1].endsWith("uptime") ? ", handling " : figure[0];
            }
        }
        int i = 0;
        while (i < figures.size()) {
            String connector = figures.get(i)[0];
            List<String> group = new ArrayList<>();
            while (i < figures.size() && figures.get(i)[0].equals(connector)) {
                group.add(figures.get(i)[1]);
                i++;
            }
            clause.append(connector).append(join(group));
        }
        if (!notes.isEmpty()) {
            clause.append(" (").append(String.join("; ", notes)).append(')');
        }
        return clause.toString();
    }

    /**
     * Whether a metric says something by itself, after a sentence or as one: a change does
     * ("which cut p99 latency from 820 ms to 95 ms"), and so do a latency, a rate, an uptime, a size
     * and a figure with its unit ("with 57% coverage"). A lone time ("2 min") or cost ("34%", "$12k")
     * does not: the figure alone says neither what it measures nor which way it went, and any verb
     * that said so ("saved", "cut") would be invented; nor does a bare number without a unit.
     */
    static boolean standsAlone(Metric m) {
        if (m.isChange()) {
            return true;
        }
        return switch (m.kind()) {
            case TIME, COST -> false;
            case OTHER -> m.unit() != null;
            default -> true;
        };
    }

    /**
     * A metric in words, claiming no more than its figures show: a change says its direction
     * ("cut p99 latency from 820 ms to 95 ms", "raised coverage from 40% to 85%"), since before and
     * after show it; a single time or cost is stated neutrally with its unit, as the profile gives it
     * ("2 min", "5 hours/week of marking time", "costs: 22%", "AWS costs: $12k"), never "saved" or
     * "lower", which the figure alone does not say. Other kinds read as {@link Metric#phrase()}.
     */
    static String metric(Metric m) {
        String unit = m.unit();
        String qualifier = unit == null || unit.indexOf(' ') < 0
                ? null
                : unit.substring(unit.indexOf(' ') + 1).strip();
        if (m.kind() == MetricKind.OTHER && m.isChange()) {
            String verb = m.after() < m.before() ? "reduced " : "raised ";
            String from = Metric.of(MetricKind.OTHER, m.before(), unit == null ? null : unitWord(unit))
                    .phrase();
            String to = Metric.of(MetricKind.OTHER, m.after(), unit == null ? null : unitWord(unit))
                    .phrase();
            return qualifier == null
                    ? "went from " + from + " to " + to
                    : verb + qualifier + " from " + from + " to " + to;
        }
        if (m.isChange() || (m.kind() != MetricKind.TIME && m.kind() != MetricKind.COST)) {
            return m.phrase();
        }
        String amount = Metric.of(MetricKind.OTHER, m.value(), unit == null ? null : unitWord(unit))
                .phrase();
        if (m.kind() == MetricKind.TIME) {
            return qualifier == null ? amount : amount + " of " + qualifier + " time";
        }
        return (qualifier == null ? "costs" : qualifier + " costs") + ": " + amount;
    }

    private static String unitWord(String unit) {
        int space = unit.indexOf(' ');
        return space < 0 ? unit : unit.substring(0, space);
    }

    /**
     * Whether a text already states a metric's figure, in any notation: "40M", "40 million" and
     * "40,000,000" are one figure, "95ms" and "95 ms", "31%" and "31 %"; a time also in another
     * unit ("6 hours" for 360 min).
     */
    static boolean states(String text, Metric m) {
        return states(Quantities.numbers(text), m);
    }

    /** {@link #states(String, Metric)} with the text's numbers already read. */
    static boolean states(List<Double> numbers, Metric m) {
        if (numbers.isEmpty()) {
            return false;
        }
        double[] scales = m.kind() == MetricKind.TIME
                ? new double[] {1, 60, 1.0 / 60, 24, 1.0 / 24, 1000, 0.001}
                : new double[] {1};
        for (Double figure : new Double[] {m.value(), m.before(), m.after()}) {
            if (figure == null) {
                continue;
            }
            for (double n : numbers) {
                for (double scale : scales) {
                    if (Quantities.same(n * scale, figure)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String connector(Metric m) {
        String unit = m.unit();
        MetricKind kind = m.kind();
        return switch (kind) {
            case THROUGHPUT -> unit == null ? ", with a " : " at ";
            case UPTIME -> " at ";
            case SCALE -> unit == null || unit.contains("/") ? " at " : ", with ";
            default -> ", with ";
        };
    }

    /**
     * A text followed by what its metrics add, as one sentence; null when the text is empty. A
     * metric whose figure the text already states adds nothing: the profile's sentence is the
     * sentence.
     */
    static String withMetrics(String text, List<Metric> metrics, List<String> phrases) {
        String base = text == null ? null : withoutFinalStop(text);
        if (base == null || base.isEmpty()) {
            return null;
        }
        List<Metric> unsaid = new ArrayList<>();
        List<String> unsaidPhrases = new ArrayList<>();
        for (int k = 0; k < metrics.size(); k++) {
            if (!states(base, metrics.get(k))) {
                unsaid.add(metrics.get(k));
                unsaidPhrases.add(phrases.get(k));
            }
        }
        String clause = metricClause(unsaid, unsaidPhrases);
        if (base.endsWith(")") && clause.startsWith(" (")) {
            // "the reporting jobs (nightly) (2 hours)": one pair of brackets, "(nightly; 2 hours)"
            base = base.substring(0, base.length() - 1);
            clause = "; " + clause.substring(2);
        }
        if (clause.startsWith(", with ") && base.contains(" with ")) {
            // "with Jest, with 755 ms latency" says "with" twice: "with Jest, at 755 ms latency"
            clause = ", at " + clause.substring(", with ".length());
        }
        return sentence(base + clause);
    }
}
