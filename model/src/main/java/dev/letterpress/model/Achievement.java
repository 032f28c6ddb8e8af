package dev.letterpress.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Something the candidate did, in their words, with the skills it used and what it measurably
 * changed.
 *
 * <pre>{@code
 * Achievement a = Achievement.builder("Rebuilt the order pipeline on Kafka")
 *         .skills("Kafka", "Go")
 *         .metric(Metric.change(MetricKind.LATENCY, 320, 45, "ms p95"))
 *         .build();
 * }</pre>
 *
 * @param text    what was done ("Rebuilt the order pipeline on Kafka"); never blank
 * @param skills  names of the skills used; never null, unmodifiable
 * @param metrics the measured results; never null, unmodifiable
 */
public record Achievement(String text, List<String> skills, List<Metric> metrics) {
    /**
     * Validates the achievement and copies its lists.
     *
     * @param text    what was done ("Rebuilt the order pipeline on Kafka"); never blank
     * @param skills  names of the skills used; never null, unmodifiable
     * @param metrics the measured results; never null, unmodifiable
     * @throws IllegalArgumentException when the text is blank
     */
    public Achievement {
        Validation v = new Validation("Achievement");
        text = v.required("text", text);
        skills = Checks.words(skills);
        metrics = Checks.list(metrics);
        v.check();
    }

    /**
     * Starts a builder.
     *
     * @param text what was done
     * @return a new builder
     */
    public static Builder builder(String text) {
        return new Builder(text);
    }

    /** Builds an {@link Achievement}; each {@link #build()} returns a new, independent value. */
    public static final class Builder {
        private final String text;
        private final List<String> skills = new ArrayList<>();
        private final List<Metric> metrics = new ArrayList<>();

        private Builder(String text) {
            this.text = text;
        }

        /**
         * Adds names of skills used.
         *
         * @param values skill names to add
         * @return this builder
         */
        public Builder skills(String... values) {
            skills.addAll(List.of(values));
            return this;
        }

        /**
         * Adds a measured result.
         *
         * @param value a metric to add
         * @return this builder
         */
        public Builder metric(Metric value) {
            metrics.add(Objects.requireNonNull(value, "metric"));
            return this;
        }

        /**
         * Builds the achievement.
         *
         * @return the validated achievement
         * @throws InvalidInputException listing every problem
         */
        public Achievement build() {
            return Validation.build(() -> new Achievement(text, skills, metrics));
        }
    }
}
