package dev.letterpress.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A candidate's profile: who they are and the facts a letter may use. Letterpress never adds a
 * fact the profile does not hold.
 *
 * <p>Optional text fields are {@code null} when absent (blank text counts as absent); lists are
 * never null and unmodifiable. Build one in code with {@link #builder(String, String)}, or load one
 * with {@link Profiles#readCandidate(java.nio.file.Path)}.
 *
 * <pre>{@code
 * Candidate ada = Candidate.builder("ada", "Ada Lovelace")
 *         .email("ada@example.com")
 *         .yearsExperience(6)
 *         .skill(Skill.builder("Python").category(SkillCategory.LANGUAGE).years(6).build())
 *         .build();   // InvalidInputException listing every problem
 * }</pre>
 *
 * @param id                unique id, used in CSV rows and output folder names; never blank
 * @param name              full name; never blank
 * @param email             e-mail address, or null
 * @param phone             phone number, or null
 * @param location          city / country, or null
 * @param links             public links; never null ({@link Links#NONE} when absent)
 * @param headline          the candidate's own one-line summary, or null
 * @param summary           the candidate's own paragraph about themselves (JSON Resume's
 *                          {@code basics.summary}), for templates that want it, or null
 * @param seniority         current level, or null
 * @param yearsExperience   years of professional experience (0–60), or null
 * @param transitioningFrom the field the candidate is moving from (e.g. "frontend"), or null
 * @param skills            skills with depth
 * @param achievements      results achieved
 * @param projects          projects built
 */
public record Candidate(
        String id,
        String name,
        String email,
        String phone,
        String location,
        Links links,
        String headline,
        String summary,
        Seniority seniority,
        Double yearsExperience,
        String transitioningFrom,
        List<Skill> skills,
        List<Achievement> achievements,
        List<Project> projects) {

    /**
     * Validates the profile and copies its lists.
     *
     * @param id                unique id, used in CSV rows and output folder names; never blank
     * @param name              full name; never blank
     * @param email             e-mail address, or null
     * @param phone             phone number, or null
     * @param location          city / country, or null
     * @param links             public links; never null ({@link Links#NONE} when absent)
     * @param headline          the candidate's own one-line summary, or null
     * @param summary           the candidate's own paragraph about themselves, or null
     * @param seniority         current level, or null
     * @param yearsExperience   years of professional experience (0–60), or null
     * @param transitioningFrom the field the candidate is moving from (e.g. "frontend"), or null
     * @param skills            skills with depth
     * @param achievements      results achieved
     * @param projects          projects built
     * @throws IllegalArgumentException naming every field that is wrong: id or name blank, the
     *                                  e-mail malformed, the years outside 0–60
     */
    public Candidate {
        Validation v = new Validation("Candidate");
        id = v.required("id", id);
        name = v.required("name", name);
        email = v.email("email", email);
        phone = Checks.optional(phone);
        location = Checks.optional(location);
        links = links == null ? Links.NONE : links;
        headline = Checks.optional(headline);
        summary = Checks.optional(summary);
        yearsExperience = v.years("yearsExperience", yearsExperience);
        transitioningFrom = Checks.optional(transitioningFrom);
        skills = Checks.list(skills);
        achievements = Checks.list(achievements);
        projects = Checks.list(projects);
        v.check();
    }

    /**
     * A profile without a {@link #summary()}: the fields a profile had before summaries were kept.
     *
     * @param id                unique id, used in CSV rows and output folder names; never blank
     * @param name              full name; never blank
     * @param email             e-mail address, or null
     * @param phone             phone number, or null
     * @param location          city / country, or null
     * @param links             public links; never null ({@link Links#NONE} when absent)
     * @param headline          the candidate's own one-line summary, or null
     * @param seniority         current level, or null
     * @param yearsExperience   years of professional experience (0–60), or null
     * @param transitioningFrom the field the candidate is moving from (e.g. "frontend"), or null
     * @param skills            skills with depth
     * @param achievements      results achieved
     * @param projects          projects built
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public Candidate(
            String id,
            String name,
            String email,
            String phone,
            String location,
            Links links,
            String headline,
            Seniority seniority,
            Double yearsExperience,
            String transitioningFrom,
            List<Skill> skills,
            List<Achievement> achievements,
            List<Project> projects) {
        this(
                id,
                name,
                email,
                phone,
                location,
                links,
                headline,
                null,
                seniority,
                yearsExperience,
                transitioningFrom,
                skills,
                achievements,
                projects);
    }

    /**
     * Starts a builder with the two required fields.
     *
     * @param id   the id
     * @param name the full name
     * @return a new builder
     */
    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /**
     * A builder that starts from this profile, to derive a changed copy.
     *
     * @return a new builder holding this profile's values
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, name)
                .email(email)
                .phone(phone)
                .location(location)
                .links(links)
                .headline(headline)
                .summary(summary)
                .seniority(seniority)
                .yearsExperience(yearsExperience)
                .transitioningFrom(transitioningFrom);
        b.skills.addAll(skills);
        b.achievements.addAll(achievements);
        b.projects.addAll(projects);
        return b;
    }

    /** Builds a {@link Candidate}; each call to {@link #build()} returns a new, independent value. */
    public static final class Builder {
        private final String id;
        private final String name;
        private String email;
        private String phone;
        private String location;
        private Links links = Links.NONE;
        private String headline;
        private String summary;
        private Seniority seniority;
        private Double yearsExperience;
        private String transitioningFrom;
        private final List<Skill> skills = new ArrayList<>();
        private final List<Achievement> achievements = new ArrayList<>();
        private final List<Project> projects = new ArrayList<>();

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /**
         * Sets the e-mail address.
         *
         * @param value the e-mail address, or null
         * @return this builder
         */
        public Builder email(String value) {
            email = value;
            return this;
        }

        /**
         * Sets the phone number.
         *
         * @param value the phone number, or null
         * @return this builder
         */
        public Builder phone(String value) {
            phone = value;
            return this;
        }

        /**
         * Sets the location.
         *
         * @param value the location, or null
         * @return this builder
         */
        public Builder location(String value) {
            location = value;
            return this;
        }

        /**
         * Sets the links.
         *
         * @param value the links, or null for none
         * @return this builder
         */
        public Builder links(Links value) {
            links = value;
            return this;
        }

        /**
         * Sets the headline.
         *
         * @param value the headline, or null
         * @return this builder
         */
        public Builder headline(String value) {
            headline = value;
            return this;
        }

        /**
         * Sets the candidate's own paragraph about themselves, which templates may quote.
         *
         * @param value the summary, or null
         * @return this builder
         */
        public Builder summary(String value) {
            summary = value;
            return this;
        }

        /**
         * Sets the seniority.
         *
         * @param value the seniority, or null
         * @return this builder
         */
        public Builder seniority(Seniority value) {
            seniority = value;
            return this;
        }

        /**
         * Sets the years of experience.
         *
         * @param value years of professional experience, 0–60 ({@code yearsExperience(4)})
         * @return this builder
         */
        public Builder yearsExperience(double value) {
            yearsExperience = value;
            return this;
        }

        /**
         * Sets or clears the years of experience.
         *
         * @param value years of experience, 0–60, or null when unknown
         * @return this builder
         */
        public Builder yearsExperience(Double value) {
            yearsExperience = value;
            return this;
        }

        /**
         * Sets the field the candidate moves from.
         *
         * @param value the field moved from, e.g. "frontend", or null
         * @return this builder
         */
        public Builder transitioningFrom(String value) {
            transitioningFrom = value;
            return this;
        }

        /**
         * Adds a skill.
         *
         * @param value a skill to add
         * @return this builder
         */
        public Builder skill(Skill value) {
            skills.add(Objects.requireNonNull(value, "skill"));
            return this;
        }

        /**
         * Adds an achievement.
         *
         * @param value an achievement to add
         * @return this builder
         */
        public Builder achievement(Achievement value) {
            achievements.add(Objects.requireNonNull(value, "achievement"));
            return this;
        }

        /**
         * Adds a project.
         *
         * @param value a project to add
         * @return this builder
         */
        public Builder project(Project value) {
            projects.add(Objects.requireNonNull(value, "project"));
            return this;
        }

        /**
         * Builds the candidate.
         *
         * @return the validated candidate
         * @throws InvalidInputException listing every invalid value
         */
        public Candidate build() {
            return Validation.build(() -> new Candidate(
                    id,
                    name,
                    email,
                    phone,
                    location,
                    links,
                    headline,
                    summary,
                    seniority,
                    yearsExperience,
                    transitioningFrom,
                    skills,
                    achievements,
                    projects));
        }
    }
}
