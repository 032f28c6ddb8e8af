package dev.letterpress.model;

/**
 * One technology or practice a candidate knows, with depth: years of use or evidence.
 *
 * <pre>{@code
 * Skill go = Skill.builder("Go").category(SkillCategory.LANGUAGE).years(4).evidence("ran the payments API").build();
 * }</pre>
 *
 * @param name     the name as the candidate writes it ("PostgreSQL"); never blank
 * @param category what kind of skill it is, or null when the profile does not say
 * @param years    years of use, 0–60, or null when unknown
 * @param evidence a short proof ("ran the 4 TB orders cluster"), or null
 */
public record Skill(String name, SkillCategory category, Double years, String evidence) {
    /**
     * Validates the skill.
     *
     * @param name     the name as the candidate writes it ("PostgreSQL"); never blank
     * @param category what kind of skill it is, or null when the profile does not say
     * @param years    years of use, 0–60, or null when unknown
     * @param evidence a short proof ("ran the 4 TB orders cluster"), or null
     * @throws IllegalArgumentException naming every problem, when the name is blank or the years
     *                                  are outside 0–60
     */
    public Skill {
        Validation v = new Validation("Skill");
        name = v.required("name", name);
        years = v.years("years", years);
        evidence = Checks.optional(evidence);
        v.check();
    }

    /**
     * A skill with known years, which may be written as an {@code int}:
     * {@code new Skill("Go", SkillCategory.LANGUAGE, 4, null)}.
     *
     * @param name     the name; never blank
     * @param category the category, or null
     * @param years    years of use, 0–60
     * @param evidence a short proof, or null
     * @throws IllegalArgumentException naming every problem
     */
    public Skill(String name, SkillCategory category, double years, String evidence) {
        this(name, category, Double.valueOf(years), evidence);
    }

    /**
     * A skill with a name and category only.
     *
     * @param name     the name
     * @param category the category, or null
     * @return the skill
     */
    public static Skill of(String name, SkillCategory category) {
        return new Skill(name, category, null, null);
    }

    /**
     * Starts a builder.
     *
     * @param name the skill's name
     * @return a new builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds a {@link Skill}; each {@link #build()} returns a new, independent value. */
    public static final class Builder {
        private final String name;
        private SkillCategory category;
        private Double years;
        private String evidence;

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Sets the category.
         *
         * @param value the category, or null
         * @return this builder
         */
        public Builder category(SkillCategory value) {
            category = value;
            return this;
        }

        /**
         * Sets the years of use.
         *
         * @param value years of use, 0–60 ({@code years(4)} or {@code years(2.5)})
         * @return this builder
         */
        public Builder years(double value) {
            years = value;
            return this;
        }

        /**
         * Sets or clears the years of use.
         *
         * @param value years of use, 0–60, or null when unknown
         * @return this builder
         */
        public Builder years(Double value) {
            years = value;
            return this;
        }

        /**
         * Sets the evidence.
         *
         * @param value a short proof, or null
         * @return this builder
         */
        public Builder evidence(String value) {
            evidence = value;
            return this;
        }

        /**
         * Builds the skill.
         *
         * @return the validated skill
         * @throws InvalidInputException listing every problem
         */
        public Skill build() {
            return Validation.build(() -> new Skill(name, category, years, evidence));
        }
    }
}
