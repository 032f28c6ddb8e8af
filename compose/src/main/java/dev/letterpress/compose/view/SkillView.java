package dev.letterpress.compose.view;

/**
 * One skill in the variables {@code skills}, {@code matchedSkills}, {@code backendSkills} and
 * {@code frontendSkills}, ranked for the posting.
 *
 * @param name      the name; the posting's spelling when the posting asks for the skill under
 *                  another name ("PostgreSQL" for a profile's "Postgres"); never null
 * @param category  {@code language}, {@code framework}, {@code database}, {@code cloud},
 *                  {@code tool} or {@code practice} (from the profile, else inferred), or null
 * @param years     years of use, or null
 * @param yearsText the years in words ("6 years", "1 year"), or null
 * @param evidence  the profile's proof ("tuned a 4 TB orders cluster"), without a final full
 *                  stop, or null
 * @param withYears the name with its years: "Python (8 years)", or just "Python"; never null
 * @param phrase    the whole skill in words: "Python (8 years): Django and FastAPI services";
 *                  never null
 * @param required  whether the posting requires it
 * @param wanted    whether the posting asks for it at all (required, nice to have, or a keyword)
 * @param frontend  whether it is a frontend technology
 */
public record SkillView(
        String name,
        String category,
        Double years,
        String yearsText,
        String evidence,
        String withYears,
        String phrase,
        boolean required,
        boolean wanted,
        boolean frontend) {}
