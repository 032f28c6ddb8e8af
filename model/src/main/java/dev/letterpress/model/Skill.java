package dev.letterpress.model;

/**
 * One technology or practice a candidate knows, with depth: years of use or evidence.
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
     * @throws IllegalArgumentException when the name is blank or years are negative
     */
    public Skill {
        name = Checks.required("Skill", "name", name);
        years = Checks.years("Skill", "years", years);
        evidence = Checks.optional(evidence);
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
}
