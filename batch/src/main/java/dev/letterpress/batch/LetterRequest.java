package dev.letterpress.batch;

import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One letter to make: a candidate applying to a posting, with an optional template and formats.
 * A batch reads these from a CSV, or takes them from any {@code Iterable} or {@code Stream} in
 * memory (see {@link Batch.Builder#requests(Iterable)}); {@link LetterMaker#make} turns one into
 * a letter.
 *
 * <pre>{@code
 * LetterRequest request = LetterRequest.of(candidate, job);
 * }</pre>
 *
 * @param candidate the candidate; never null
 * @param job       the posting; never null
 * @param template  the template's name, or null to choose from the profile and the posting
 * @param formats   the formats to render, lower case; empty means the batch's or maker's default
 */
public record LetterRequest(Candidate candidate, JobPosting job, String template, List<String> formats) {
    /**
     * Checks and copies the values.
     *
     * @param candidate the candidate; never null
     * @param job       the posting; never null
     * @param template  the template's name, or null to choose from the profile and the posting
     * @param formats   the formats to render; null or empty means the default; case is ignored
     * @throws NullPointerException when the candidate or the posting is null
     */
    public LetterRequest {
        Objects.requireNonNull(candidate, "LetterRequest.candidate must not be null");
        Objects.requireNonNull(job, "LetterRequest.job must not be null");
        template = template == null || template.isBlank() ? null : template.strip();
        formats = formats == null
                ? List.of()
                : formats.stream()
                        .map(f -> f.strip().toLowerCase(Locale.ROOT))
                        .filter(f -> !f.isEmpty())
                        .distinct()
                        .toList();
    }

    /**
     * A request with the automatic template and the default formats.
     *
     * @param candidate the candidate
     * @param job       the posting
     * @return the request
     */
    public static LetterRequest of(Candidate candidate, JobPosting job) {
        return new LetterRequest(candidate, job, null, List.of());
    }
}
