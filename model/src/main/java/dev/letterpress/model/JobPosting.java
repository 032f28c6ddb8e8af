package dev.letterpress.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A job posting a letter answers. Optional text fields are {@code null} when absent; lists are
 * never null and unmodifiable.
 *
 * @param id             the posting's id, or null (CSV rows have none)
 * @param company        the hiring company; never blank
 * @param title          the job title; never blank
 * @param seniority      the level asked for, or null
 * @param location       where the job is, or null
 * @param hiringManager  the person to address, or null ("Hiring Manager" is used)
 * @param requiredSkills skills the posting requires
 * @param niceToHave     skills the posting would like
 * @param keywords       other words that matter to the posting (themes such as "microservices")
 * @param url            the posting's address, or null
 * @param reference      the posting's reference number, or null
 */
public record JobPosting(
        String id,
        String company,
        String title,
        Seniority seniority,
        String location,
        String hiringManager,
        List<String> requiredSkills,
        List<String> niceToHave,
        List<String> keywords,
        String url,
        String reference) {

    /**
     * Validates the posting and copies its lists.
     *
     * @param id             the posting's id, or null (CSV rows have none)
     * @param company        the hiring company; never blank
     * @param title          the job title; never blank
     * @param seniority      the level asked for, or null
     * @param location       where the job is, or null
     * @param hiringManager  the person to address, or null ("Hiring Manager" is used)
     * @param requiredSkills skills the posting requires
     * @param niceToHave     skills the posting would like
     * @param keywords       other words that matter to the posting (themes such as "microservices")
     * @param url            the posting's address, or null
     * @param reference      the posting's reference number, or null
     * @throws IllegalArgumentException naming every problem: company or title blank, the url
     *                                  malformed
     */
    public JobPosting {
        Validation v = new Validation("JobPosting");
        id = Checks.optional(id);
        company = v.required("company", company);
        title = v.required("title", title);
        location = Checks.optional(location);
        hiringManager = Checks.optional(hiringManager);
        requiredSkills = Checks.words(requiredSkills);
        niceToHave = Checks.words(niceToHave);
        keywords = Checks.words(keywords);
        url = v.url("url", url);
        reference = Checks.optional(reference);
        v.check();
    }

    /**
     * Starts a builder with the two required fields.
     *
     * @param company the hiring company
     * @param title   the job title
     * @return a new builder
     */
    public static Builder builder(String company, String title) {
        return new Builder(company, title);
    }

    /** Builds a {@link JobPosting}; each {@link #build()} returns a new, independent value. */
    public static final class Builder {
        private final String company;
        private final String title;
        private String id;
        private Seniority seniority;
        private String location;
        private String hiringManager;
        private final List<String> requiredSkills = new ArrayList<>();
        private final List<String> niceToHave = new ArrayList<>();
        private final List<String> keywords = new ArrayList<>();
        private String url;
        private String reference;

        private Builder(String company, String title) {
            this.company = company;
            this.title = title;
        }

        /**
         * Sets the id.
         *
         * @param value the id, or null
         * @return this builder
         */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /**
         * Sets the level.
         *
         * @param value the level, or null
         * @return this builder
         */
        public Builder seniority(Seniority value) {
            seniority = value;
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
         * Sets the addressee.
         *
         * @param value the addressee, or null
         * @return this builder
         */
        public Builder hiringManager(String value) {
            hiringManager = value;
            return this;
        }

        /**
         * Adds required skills.
         *
         * @param values required skills to add
         * @return this builder
         */
        public Builder requiredSkills(String... values) {
            requiredSkills.addAll(List.of(values));
            return this;
        }

        /**
         * Adds nice-to-have skills.
         *
         * @param values nice-to-have skills to add
         * @return this builder
         */
        public Builder niceToHave(String... values) {
            niceToHave.addAll(List.of(values));
            return this;
        }

        /**
         * Adds keywords.
         *
         * @param values keywords to add
         * @return this builder
         */
        public Builder keywords(String... values) {
            keywords.addAll(List.of(values));
            return this;
        }

        /**
         * Sets the posting's URL.
         *
         * @param value the posting's URL, or null
         * @return this builder
         */
        public Builder url(String value) {
            url = value;
            return this;
        }

        /**
         * Sets the reference.
         *
         * @param value the reference, or null
         * @return this builder
         */
        public Builder reference(String value) {
            reference = value;
            return this;
        }

        /**
         * Builds the posting.
         *
         * @return the validated posting
         * @throws InvalidInputException listing every invalid value
         */
        public JobPosting build() {
            return Validation.build(() -> new JobPosting(
                    id,
                    company,
                    title,
                    seniority,
                    location,
                    hiringManager,
                    requiredSkills,
                    niceToHave,
                    keywords,
                    url,
                    reference));
        }
    }
}
