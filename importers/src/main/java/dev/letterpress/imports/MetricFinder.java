package dev.letterpress.imports;

import dev.letterpress.model.Metric;
import dev.letterpress.model.MetricKind;
import dev.letterpress.text.Quantities;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures a sentence states and says what they measure: "from 310ms to 70ms" (latency),
 * "1,500 requests/s" (throughput), "99.95% uptime", "12M events/day" (scale), "from 4 hours to 25
 * minutes" (time), "cut AWS costs by 30%" (cost). A figure whose kind the words do not make clear
 * is kept as {@link MetricKind#OTHER}, never guessed; years ("2019") and bare counts are not
 * figures. The sentence itself is never changed.
 */
final class MetricFinder {
    private static final String NUM = "(" + Quantities.DIGITS + ")";
    private static final String MAG = "(?:\\s?(" + Quantities.MAGNITUDE + ")(?![A-Za-z]))?\\+?";
    private static final Pattern RATE = Pattern.compile("(?<![\\w.,])" + NUM + MAG + "\\s*([A-Za-z]+(?:\\s[A-Za-z]+)?)?"
            + "\\s*(?:/|\\s+per\\s+|\\s+a\\s+)(s|sec|second|min|minute|h|hr|hour|day|week|month|year|yr)\\b");
    private static final Pattern MONEY = Pattern.compile("([$€£])\\s?" + NUM + MAG);
    private static final Pattern PERCENT = Pattern.compile("(?<![\\w.,])" + NUM + "\\s?(?:%|percent\\b)");
    private static final Pattern DURATION = Pattern.compile(
            "(?<![\\w.,])" + NUM + "\\s?(ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|hrs?|hours?)\\b");
    private static final Pattern COUNT = Pattern.compile("(?<![\\w.,$€£])" + NUM + MAG + "\\s*([A-Za-z]+)");
    private static final Pattern MULTIPLE = Pattern.compile("(?<![\\w.,])" + NUM + "\\s?[x×](?![A-Za-z])");
    private static final Pattern PERCENTILE = Pattern.compile("\\b(p\\d{2}(?:\\.\\d)?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LATENCY_WORDS =
            Pattern.compile("latenc|response time|p\\d\\d|round.trip", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPTIME_WORDS =
            Pattern.compile("uptime|availability|available|\\bSLA\\b|\\bSLO\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COST_WORDS =
            Pattern.compile("cost|spend|\\bbill|budget|expense|cheaper|saving|\\bsaved\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> SCALE_NOUNS = List.of(
            "user",
            "customer",
            "client",
            "record",
            "row",
            "transaction",
            "event",
            "message",
            "request",
            "order",
            "document",
            "device",
            "subscriber",
            "download",
            "visitor",
            "file",
            "account",
            "member",
            "install",
            "merchant",
            "payment",
            "query",
            "queries",
            "image",
            "video",
            "song",
            "track",
            "page",
            "session",
            "call",
            "job",
            "TB",
            "GB",
            "PB");
    private static final Set<String> NOT_UNITS = Set.of(
            "a", "an", "the", "to", "on", "by", "in", "with", "for", "after", "and", "or", "at", "of", "from", "per",
            "using", "via", "while", "when", "across", "over", "under", "within", "through", "thanks", "as", "so",
            "which", "that", "during", "before", "but", "into");
    /** Units of time from the shortest, to state a change in the smaller of its two units. */
    private static final List<String> TIME_UNITS = List.of("ms", "s", "min", "hours", "days", "weeks");

    private MetricFinder() {}

    /** The figures of a sentence, in the order they appear. */
    static List<Metric> find(String sentence) {
        List<Found> found = new ArrayList<>();
        change(sentence, found);
        each(RATE, sentence, found, m -> rate(m));
        each(MONEY, sentence, found, m -> {
            double value = number(m.group(2), m.group(3));
            return new Metric(
                    near(COST_WORDS, sentence, m) ? MetricKind.COST : MetricKind.OTHER, value, m.group(1), null, null);
        });
        each(PERCENT, sentence, found, m -> {
            double value = number(m.group(1), null);
            MetricKind kind = near(UPTIME_WORDS, sentence, m) && value >= 90 && value <= 100
                    ? MetricKind.UPTIME
                    : near(COST_WORDS, sentence, m) ? MetricKind.COST : MetricKind.OTHER;
            return Metric.of(kind, value, "%");
        });
        each(DURATION, sentence, found, m -> {
            String unit = Quantities.timeUnit(m.group(2));
            boolean latency = unit.equals("ms") || (unit.equals("s") && near(LATENCY_WORDS, sentence, m));
            return Metric.of(
                    latency ? MetricKind.LATENCY : MetricKind.OTHER,
                    number(m.group(1), null),
                    latency ? latencyUnit(unit, sentence) : unit);
        });
        each(COUNT, sentence, found, m -> {
            String noun = m.group(3);
            boolean magnitude = m.group(2) != null;
            if (isScaleNoun(noun)) {
                return Metric.of(MetricKind.SCALE, number(m.group(1), m.group(2)), noun);
            }
            return magnitude ? Metric.of(MetricKind.OTHER, number(m.group(1), m.group(2)), noun) : null;
        });
        each(MULTIPLE, sentence, found, m -> Metric.of(MetricKind.OTHER, number(m.group(1), null), "x"));
        found.sort((a, b) -> Integer.compare(a.start, b.start));
        return found.stream().map(f -> f.metric).toList();
    }

    private record Found(int start, int end, Metric metric) {}

    @FunctionalInterface
    private interface Reading {
        Metric read(Matcher m);
    }

    private static void each(Pattern pattern, String sentence, List<Found> found, Reading reading) {
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            if (free(found, m.start(), m.end())) {
                Metric metric = reading.read(m);
                if (metric != null) {
                    found.add(new Found(m.start(), m.end(), metric));
                }
            }
        }
    }

    private static boolean free(List<Found> found, int start, int end) {
        for (Found f : found) {
            if (start < f.end && end > f.start) {
                return false;
            }
        }
        return true;
    }

    private static void change(String sentence, List<Found> found) {
        for (Quantities.Change c : Quantities.changes(sentence)) {
            String firstUnit = c.fromUnit() == null || !isWordUnit(c.fromUnit()) ? null : c.fromUnit();
            String secondUnit = c.toUnit() == null || !isWordUnit(c.toUnit()) ? null : c.toUnit();
            Metric metric = change(sentence, c, firstUnit, secondUnit);
            if (metric != null) {
                found.add(new Found(c.start(), c.end(), metric));
            }
        }
    }

    private static Metric change(String sentence, Quantities.Change m, String firstUnit, String secondUnit) {
        double before = m.before();
        double after = m.after();
        boolean money = sentence.substring(m.start(), m.end()).matches("(?s).*[$€£].*");
        String unit = secondUnit != null ? secondUnit : firstUnit;
        if (unit == null && !money && isYear(m.fromDigits()) && isYear(m.toDigits())) {
            return null;
        }
        String firstTime = firstUnit == null ? null : Quantities.timeUnit(firstUnit);
        String secondTime = secondUnit == null ? null : Quantities.timeUnit(secondUnit);
        if (secondTime != null || firstTime != null) {
            String a = firstTime == null ? secondTime : firstTime;
            String b = secondTime == null ? firstTime : secondTime;
            String smaller = TIME_UNITS.indexOf(a) <= TIME_UNITS.indexOf(b) ? a : b;
            before = Quantities.convert(before, a, smaller);
            after = Quantities.convert(after, b, smaller);
            boolean latency = smaller.equals("ms") || (smaller.equals("s") && near(LATENCY_WORDS, sentence, m));
            return latency
                    ? Metric.change(MetricKind.LATENCY, round(before), round(after), latencyUnit(smaller, sentence))
                    : Metric.change(MetricKind.TIME, round(before), round(after), smaller);
        }
        if (money) {
            String symbol = sentence.substring(m.start(), m.end())
                    .replaceAll("(?s)[^$€£]", "")
                    .substring(0, 1);
            return Metric.change(
                    near(COST_WORDS, sentence, m) ? MetricKind.COST : MetricKind.OTHER, before, after, symbol);
        }
        if ("%".equals(unit)) {
            MetricKind kind = near(UPTIME_WORDS, sentence, m) && after >= 90
                    ? MetricKind.UPTIME
                    : near(COST_WORDS, sentence, m) ? MetricKind.COST : MetricKind.OTHER;
            return Metric.change(kind, before, after, "%");
        }
        if (unit != null && unit.contains("/")) {
            String per = unit.substring(unit.indexOf('/') + 1).toLowerCase(Locale.ROOT);
            boolean fast = per.startsWith("s") || per.startsWith("min");
            return Metric.change(fast ? MetricKind.THROUGHPUT : MetricKind.SCALE, before, after, unit);
        }
        if (unit != null && isScaleNoun(unit)) {
            return Metric.change(MetricKind.SCALE, before, after, unit);
        }
        return Metric.change(MetricKind.OTHER, before, after, unit);
    }

    private static Metric rate(Matcher m) {
        String noun = m.group(3);
        String per = m.group(4).toLowerCase(Locale.ROOT);
        String perUnit = switch (per) {
            case "s", "sec", "second" -> "s";
            case "min", "minute" -> "min";
            case "h", "hr", "hour" -> "hour";
            case "yr", "year" -> "year";
            default -> per;
        };
        boolean fast = perUnit.equals("s") || perUnit.equals("min");
        String unit = (noun == null ? "" : noun.strip()) + "/" + perUnit;
        return Metric.of(fast ? MetricKind.THROUGHPUT : MetricKind.SCALE, number(m.group(1), m.group(2)), unit);
    }

    private static boolean isWordUnit(String unit) {
        return !NOT_UNITS.contains(unit.toLowerCase(Locale.ROOT));
    }

    private static boolean isYear(String digits) {
        return digits.matches("(19|20)\\d\\d");
    }

    private static boolean isScaleNoun(String noun) {
        for (String n : SCALE_NOUNS) {
            if (noun.equals(n)
                    || noun.toLowerCase(Locale.ROOT).startsWith(n.toLowerCase(Locale.ROOT))
                            && noun.length() <= n.length() + 2
                            && Character.isLowerCase(n.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static String latencyUnit(String unit, String sentence) {
        Matcher p = PERCENTILE.matcher(sentence);
        return p.find() ? unit + " " + p.group(1).toLowerCase(Locale.ROOT) : unit;
    }

    /** Whether the words of a kind stand near the figure: within 50 characters before, 30 after. */
    private static boolean near(Pattern words, String sentence, Matcher m) {
        return near(words, sentence, m.start(), m.end());
    }

    private static boolean near(Pattern words, String sentence, Quantities.Change c) {
        return near(words, sentence, c.start(), c.end());
    }

    private static boolean near(Pattern words, String sentence, int start, int end) {
        int from = Math.max(0, start - 50);
        int to = Math.min(sentence.length(), end + 30);
        return words.matcher(sentence.substring(from, to)).find();
    }

    private static double number(String digits, String magnitude) {
        return Quantities.value(digits, magnitude);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
