package dev.letterpress.model;

/**
 * A candidate's public links. Each is an absolute http(s) URL or {@code null} when absent; a bare
 * host such as {@code github.com/ada} is completed to {@code https://github.com/ada}.
 *
 * <pre>{@code
 * Links links = Links.builder().github("github.com/ada").website("https://ada.dev").build();
 * }</pre>
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
     * @throws IllegalArgumentException naming every link that is not an http(s) URL
     */
    public Links {
        Validation v = new Validation("Links");
        github = v.url("github", github);
        linkedin = v.url("linkedin", linkedin);
        website = v.url("website", website);
        v.check();
    }

    /**
     * The best link to the candidate's code: GitHub, else the website.
     *
     * @return the URL, or null when the profile has neither
     */
    public String code() {
        return github != null ? github : website;
    }

    /**
     * Starts a builder with no links.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link Links}; each {@link #build()} returns a new, independent value. */
    public static final class Builder {
        private String github;
        private String linkedin;
        private String website;

        private Builder() {}

        /**
         * Sets the link to original work.
         *
         * @param value a GitHub (or GitLab, etc.) URL, or null
         * @return this builder
         */
        public Builder github(String value) {
            github = value;
            return this;
        }

        /**
         * Sets the LinkedIn profile.
         *
         * @param value a LinkedIn URL, or null
         * @return this builder
         */
        public Builder linkedin(String value) {
            linkedin = value;
            return this;
        }

        /**
         * Sets the personal site.
         *
         * @param value a URL, or null
         * @return this builder
         */
        public Builder website(String value) {
            website = value;
            return this;
        }

        /**
         * Builds the links.
         *
         * @return the validated links
         * @throws InvalidInputException listing every link that is not an http(s) URL
         */
        public Links build() {
            return Validation.build(() -> new Links(github, linkedin, website));
        }
    }
}
