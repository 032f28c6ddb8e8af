package dev.letterpress.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One application: a candidate (by id) applying to a posting, as one row of the applications CSV.
 *
 * @param candidateId the candidate's id; never blank
 * @param job         the posting; never null
 * @param template    the template to use, or null to choose automatically
 * @param formats     output formats in lower case ({@code docx}, {@code pdf}); empty means the
 *                    caller's default
 */
public record Application(String candidateId, JobPosting job, String template, List<String> formats) {
    /**
     * Validates the application.
     *
     * @param candidateId the candidate's id; never blank
     * @param job         the posting; never null
     * @param template    the template to use, or null to choose automatically
     * @param formats     output formats in lower case ({@code docx}, {@code pdf}); empty means the
     *                    caller's default
     * @throws IllegalArgumentException when the candidate id is blank or the job is null
     */
    public Application {
        candidateId = Checks.required("Application", "candidate", candidateId);
        Objects.requireNonNull(job, "Application.job must not be null");
        template = Checks.optional(template);
        formats = Checks.words(formats).stream()
                .map(f -> f.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }
}
