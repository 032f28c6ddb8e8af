package dev.letterpress.batch;

/**
 * One row of a batch run in memory ({@link Batch#stream()}): its manifest entry and, when its
 * letter was made, the letter with its documents.
 *
 * @param result what happened to the row, as the manifest would list it; {@code files} holds the
 *               names the documents would have in an output folder
 * @param made   the letter, its documents by format and its review; null when the row failed
 */
public record RenderedRow(RowResult result, MadeLetter made) {
    /**
     * Checks the values.
     *
     * @param result what happened to the row; never null
     * @param made   the letter and its documents, or null when the row failed
     */
    public RenderedRow {
        java.util.Objects.requireNonNull(result, "result");
    }
}
