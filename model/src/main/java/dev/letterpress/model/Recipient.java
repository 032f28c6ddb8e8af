package dev.letterpress.model;

/**
 * Who the letter goes to and for which job.
 *
 * @param name      the person addressed (the hiring manager), or null when unknown
 * @param company   the hiring company; never blank
 * @param jobTitle  the job applied for; never blank
 * @param location  the company's or job's location, or null
 * @param reference the posting's reference, or null
 */
public record Recipient(String name, String company, String jobTitle, String location, String reference) {
    /**
     * Validates the recipient.
     *
     * @param name      the person addressed (the hiring manager), or null when unknown
     * @param company   the hiring company; never blank
     * @param jobTitle  the job applied for; never blank
     * @param location  the company's or job's location, or null
     * @param reference the posting's reference, or null
     * @throws IllegalArgumentException when company or job title is blank
     */
    public Recipient {
        name = Checks.optional(name);
        company = Checks.required("Recipient", "company", company);
        jobTitle = Checks.required("Recipient", "jobTitle", jobTitle);
        location = Checks.optional(location);
        reference = Checks.optional(reference);
    }
}
