package dev.letterpress.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a {@link Metric} measures; profiles spell it in lower case ({@code latency}). */
public enum MetricKind {
    /** Response time, e.g. 45 ms. */
    LATENCY("latency"),
    /** Work per unit of time, e.g. 12k requests/s. */
    THROUGHPUT("throughput"),
    /** Availability, e.g. 99.97 %. */
    UPTIME("uptime"),
    /** Size: users, records, transactions, events per day. */
    SCALE("scale"),
    /** Money, e.g. 40 % lower AWS bill. */
    COST("costs"),
    /** Time saved, e.g. build time from 40 to 8 minutes. */
    TIME("time"),
    /** Anything else with a number. */
    OTHER("result");

    private final String noun;

    MetricKind(String noun) {
        this.noun = noun;
    }

    /**
     * The word a letter uses for this kind of figure ("latency", "costs").
     *
     * @return the noun
     */
    public String noun() {
        return noun;
    }

    /**
     * The spelling used in profiles.
     *
     * @return the lower-case name, e.g. {@code "uptime"}
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a kind from its profile spelling, ignoring case.
     *
     * @param text the text, may be null
     * @return the kind, or empty when {@code text} names none
     */
    public static Optional<MetricKind> parse(String text) {
        return Enums.parse(MetricKind.class, text);
    }

    /**
     * The accepted spellings, in order.
     *
     * @return {@code [latency, throughput, uptime, scale, cost, time, other]}
     */
    public static List<String> ids() {
        return Arrays.stream(values()).map(MetricKind::id).toList();
    }
}
