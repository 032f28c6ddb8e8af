package dev.letterpress.batch;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What happened to one data row: one entry of the manifest.
 *
 * @param row       1-based number among the data rows
 * @param line      the line of the CSV file the row starts on
 * @param candidate the candidate id as the row gives it (or the single candidate's), may be empty
 * @param company   the company as the row gives it, may be empty
 * @param title     the job title as the row gives it, may be empty
 * @param status    ok, failed or skipped
 * @param files     the letters written, relative to OUT with {@code /}, e.g. {@code ada/acme--dev.pdf}
 * @param score     the review score 0–100, or null when the row was not reviewed
 * @param findings  the review's finding ids, e.g. {@code metrics.missing}
 * @param error     why the row failed or was skipped without letters, or null
 * @param template  the template that composed the letter, or null
 * @param warnings  notes that did not stop the row (e.g. characters no font has)
 * @param inputHash a digest of everything the letters depend on, for {@code --resume}; may be empty
 */
public record RowResult(
        int row,
        int line,
        String candidate,
        String company,
        String title,
        Status status,
        List<String> files,
        Integer score,
        List<String> findings,
        String error,
        String template,
        List<String> warnings,
        String inputHash) {

    /** How a row ended. */
    public enum Status {
        /** The letters were written (or, in a dry run, composed). */
        OK,
        /** The row has an error; see {@link RowResult#error()}. */
        FAILED,
        /** The row was not processed: unchanged since the last run ({@code --resume}) or after a fail-fast stop. */
        SKIPPED;

        /**
         * The spelling in manifests.
         *
         * @return {@code ok}, {@code failed} or {@code skipped}
         */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Copies the lists; null text becomes empty, null lists empty.
     *
     * @param row       1-based number among the data rows
     * @param line      the line of the CSV file the row starts on
     * @param candidate the candidate id as the row gives it (or the single candidate's), may be empty
     * @param company   the company as the row gives it, may be empty
     * @param title     the job title as the row gives it, may be empty
     * @param status    ok, failed or skipped
     * @param files     the letters written, relative to OUT with {@code /}, e.g. {@code ada/acme--dev.pdf}
     * @param score     the review score 0–100, or null when the row was not reviewed
     * @param findings  the review's finding ids, e.g. {@code metrics.missing}
     * @param error     why the row failed or was skipped without letters, or null
     * @param template  the template that composed the letter, or null
     * @param warnings  notes that did not stop the row (e.g. characters no font has)
     * @param inputHash a digest of everything the letters depend on, for {@code --resume}; may be empty
     */
    public RowResult {
        candidate = Objects.requireNonNullElse(candidate, "");
        company = Objects.requireNonNullElse(company, "");
        title = Objects.requireNonNullElse(title, "");
        Objects.requireNonNull(status, "status");
        files = files == null ? List.of() : List.copyOf(files);
        findings = findings == null ? List.of() : List.copyOf(findings);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        inputHash = Objects.requireNonNullElse(inputHash, "");
    }
}
