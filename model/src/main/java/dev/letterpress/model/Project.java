package dev.letterpress.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A project the candidate built, ideally with a link to its code.
 *
 * <pre>{@code
 * Project p = Project.builder("ratelimit").summary("A Redis-backed rate limiter").skills("Go", "Redis")
 *         .link("https://github.com/ada/ratelimit").build();
 * }</pre>
 *
 * @param name    the project's name; never blank
 * @param summary one or two sentences on what it is, or null
 * @param skills  names of the skills used; never null, unmodifiable
 * @param link    an http(s) URL to the code or the running thing, or null
 * @param metrics measured results; never null, unmodifiable
 */
public record Project(String name, String summary, List<String> skills, String link, List<Metric> metrics) {
    /**
     * Validates the project and copies its lists.
     *
     * @param name    the project's name; never blank
     * @param summary one or two sentences on what it is, or null
     * @param skills  names of the skills used; never null, unmodifiable
     * @param link    an http(s) URL to the code or the running thing, or null
     * @param metrics measured results; never null, unmodifiable
     * @throws IllegalArgumentException naming every problem, when the name is blank or the link
     *                                  is not a URL
     */
    public Project {
        Validation v = new Validation("Project");
        name = v.required("name", name);
        summary = Checks.optional(summary);
        skills = Checks.words(skills);
        link = v.url("link", link);
        metrics = Checks.list(metrics);
        v.check();
    }

    /**
     * Starts a builder.
     *
     * @param name the project's name
     * @return a new builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds a {@link Project}; each {@link #build()} returns a new, independent value. */
    public static final class Builder {
        private final String name;
        private String summary;
        private final List<String> skills = new ArrayList<>();
        private String link;
        private final List<Metric> metrics = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Sets the summary.
         *
         * @param value one or two sentences, or null
         * @return this builder
         */
        public Builder summary(String value) {
            summary = value;
            return this;
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
         * Sets the link.
         *
         * @param value an http(s) URL (a bare {@code github.com/ada/x} gets {@code https://}), or null
         * @return this builder
         */
        public Builder link(String value) {
            link = value;
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
         * Builds the project.
         *
         * @return the validated project
         * @throws InvalidInputException listing every problem
         */
        public Project build() {
            return Validation.build(() -> new Project(name, summary, skills, link, metrics));
        }
    }
}
