package dev.letterpress.compose.view;

import java.util.List;

/**
 * One project in the variables {@code projects} and {@code backendProjects}, ranked like
 * achievements.
 *
 * @param name        the project's name; never null
 * @param summary     the profile's summary with its figures, as a sentence, or null
 * @param link        the project's URL, or null
 * @param linkText    the link as a letter shows it ("github.com/ada/ledgerline"), or null
 * @param skills      the skills it used (the posting's spelling where it asks for them); never null
 * @param skillsText  those skills joined: "Python and PostgreSQL", or null when there are none
 * @param metrics     each figure in words; never null
 * @param description summary and the skills it does not name: "An open-source ledger service.
 *                    Built with Python and PostgreSQL."; null when the project has neither
 * @param relevant    whether it mentions something the posting asks for
 */
public record ProjectView(
        String name,
        String summary,
        String link,
        String linkText,
        List<String> skills,
        String skillsText,
        List<String> metrics,
        String description,
        boolean relevant) {
    /**
     * Copies the lists.
     *
     * @param name        the project's name; never null
     * @param summary     the profile's summary with its figures, as a sentence, or null
     * @param link        the project's URL, or null
     * @param linkText    the link as a letter shows it ("github.com/ada/ledgerline"), or null
     * @param skills      the skills it used (the posting's spelling where it asks for them); never null
     * @param skillsText  those skills joined: "Python and PostgreSQL", or null when there are none
     * @param metrics     each figure in words; never null
     * @param description summary and skills together: "An open-source ledger service. Built with
     *                    Python and PostgreSQL."; null when the project has neither
     * @param relevant    whether it mentions something the posting asks for
     */
    public ProjectView {
        skills = List.copyOf(skills);
        metrics = List.copyOf(metrics);
    }
}
