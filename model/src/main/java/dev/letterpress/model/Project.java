package dev.letterpress.model;

import java.util.List;

/**
 * A project the candidate built, ideally with a link to its code.
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
     * @throws IllegalArgumentException when the name is blank or the link is not a URL
     */
    public Project {
        name = Checks.required("Project", "name", name);
        summary = Checks.optional(summary);
        skills = Checks.words(skills);
        link = Checks.url("Project", "link", link);
        metrics = Checks.list(metrics);
    }
}
