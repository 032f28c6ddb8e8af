package dev.letterpress.model;

/**
 * A candidate's public links. Each is an absolute http(s) URL or {@code null} when absent; a bare
 * host such as {@code github.com/ada} is completed to {@code https://github.com/ada}.
 *
 * @param github   link to original work on GitHub (or GitLab, etc.), or null
 * @param linkedin LinkedIn profile, or null
 * @param website  personal site or portfolio, or null
 */
public record Links(String github, String linkedin, String website) {
    /** No links at all. */
    public static final Links NONE = new Links(null, null, null);

    /**
     * Validates and normalises the links.
     *
     * @param github   link to original work on GitHub (or GitLab, etc.), or null
     * @param linkedin LinkedIn profile, or null
     * @param website  personal site or portfolio, or null
     * @throws IllegalArgumentException when a link is not an http(s) URL
     */
    public Links {
        github = Checks.url("Links", "github", github);
        linkedin = Checks.url("Links", "linkedin", linkedin);
        website = Checks.url("Links", "website", website);
    }

    /**
     * The best link to the candidate's code: GitHub, else the website.
     *
     * @return the URL, or null when the profile has neither
     */
    public String code() {
        return github != null ? github : website;
    }
}
