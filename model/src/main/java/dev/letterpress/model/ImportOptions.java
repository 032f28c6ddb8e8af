package dev.letterpress.model;

import java.time.LocalDate;

/**
 * How to read a profile or posting that is not in Letterpress's own format (a JSON Resume, a
 * schema.org {@code JobPosting}, a text job ad). Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * ImportOptions options = ImportOptions.builder().date(LocalDate.of(2026, 3, 1)).index(2).build();
 * JobPosting job = Profiles.readJob(Path.of("jobs.html"), options);
 * }</pre>
 *
 * @param date    the letter's date: work still going on counts up to it; null means today
 * @param index   which posting to take (1-based) when a file holds several, or null
 * @param company the hiring company, when the posting does not name one; or null
 * @param title   the job title, when the posting does not name one; or null
 */
public record ImportOptions(LocalDate date, Integer index, String company, String title) {
    /** No options: today's date, a file with one posting, company and title from the file. */
    public static final ImportOptions DEFAULTS = new ImportOptions(null, null, null, null);

    /**
     * Validates the options.
     *
     * @param date    the letter's date, or null for today
     * @param index   the 1-based posting to take, or null
     * @param company the company when the posting lacks one, or null
     * @param title   the title when the posting lacks one, or null
     * @throws IllegalArgumentException when the index is below 1
     */
    public ImportOptions {
        if (index != null && index < 1) {
            throw new IllegalArgumentException("ImportOptions.index must be 1 or more (was " + index + ")");
        }
        company = Checks.optional(company);
        title = Checks.optional(title);
    }

    /**
     * Starts a builder with no options set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The letter's date, today when none was given.
     *
     * @return the date that open-ended work counts up to
     */
    public LocalDate dateOrToday() {
        return date == null ? LocalDate.now() : date;
    }

    /** Builds {@link ImportOptions}; each {@link #build()} returns a new value. */
    public static final class Builder {
        private LocalDate date;
        private Integer index;
        private String company;
        private String title;

        private Builder() {}

        /**
         * Sets the letter's date.
         *
         * @param value the date, or null for today
         * @return this builder
         */
        public Builder date(LocalDate value) {
            date = value;
            return this;
        }

        /**
         * Sets which posting to take from a file that holds several.
         *
         * @param value the 1-based position, or null
         * @return this builder
         */
        public Builder index(Integer value) {
            index = value;
            return this;
        }

        /**
         * Sets the company for a posting that names none.
         *
         * @param value the company, or null
         * @return this builder
         */
        public Builder company(String value) {
            company = value;
            return this;
        }

        /**
         * Sets the title for a posting that names none.
         *
         * @param value the title, or null
         * @return this builder
         */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException when the index is below 1
         */
        public ImportOptions build() {
            return new ImportOptions(date, index, company, title);
        }
    }
}
