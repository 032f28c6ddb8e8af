package dev.letterpress.model;

import java.util.ArrayList;
import java.util.List;

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
    /** The addressee when the posting names no one. */
    public static final String DEFAULT_ADDRESSEE = "Hiring Manager";

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

    /**
     * The address block as both renderers print it: the person (or {@value #DEFAULT_ADDRESSEE}),
     * the company, the location when known and "Ref: …" when the posting has a reference.
     *
     * @return two to four lines; unmodifiable
     */
    public List<String> addressLines() {
        List<String> lines = new ArrayList<>(4);
        lines.add(name != null ? name : DEFAULT_ADDRESSEE);
        lines.add(company);
        if (location != null) {
            lines.add(location);
        }
        if (reference != null) {
            lines.add("Ref: " + reference);
        }
        return List.copyOf(lines);
    }
}
