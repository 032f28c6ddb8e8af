package dev.letterpress.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What kind of thing a {@link Skill} is; profiles spell it in lower case ({@code database}). */
public enum SkillCategory {
    /** A programming language: Python, Java, Go. */
    LANGUAGE,
    /** A framework or library: Django, Spring Boot, React. */
    FRAMEWORK,
    /** A database or data store: PostgreSQL, Redis. */
    DATABASE,
    /** A cloud platform or service: AWS, GCP, Lambda. */
    CLOUD,
    /** A tool: Docker, Kubernetes, Terraform, Kafka. */
    TOOL,
    /** A practice: TDD, code review, system design. */
    PRACTICE;

    /**
     * The spelling used in profiles.
     *
     * @return the lower-case name, e.g. {@code "language"}
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a category from its profile spelling, ignoring case.
     *
     * @param text the text, may be null
     * @return the category, or empty when {@code text} names none
     */
    public static Optional<SkillCategory> parse(String text) {
        return Enums.parse(SkillCategory.class, text);
    }

    /**
     * The accepted spellings, in order.
     *
     * @return {@code [language, framework, database, cloud, tool, practice]}
     */
    public static List<String> ids() {
        return Arrays.stream(values()).map(SkillCategory::id).toList();
    }
}
