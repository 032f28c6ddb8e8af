package dev.letterpress.batch;

/**
 * Hears a batch's progress. Calls come one at a time, rows in row order, from the batch's threads;
 * an implementation must return quickly. Every method does nothing by default.
 *
 * <pre>{@code
 * Batch.builder()...listener(new BatchListener() {
 *     public void onRow(RowResult row, Throwable unexpected) {
 *         System.out.println(row.row() + " " + row.status().id());
 *     }
 * }).build().run();
 * }</pre>
 */
public interface BatchListener {

    /**
     * The input was checked and work begins.
     *
     * @param rows the number of data rows
     */
    default void onStart(int rows) {
    }

    /**
     * Something worth saying that stops nothing: an ignored unknown column, characters no font has.
     *
     * @param message the warning, naming the file and line where there is one
     */
    default void onWarning(String message) {
    }

    /**
     * A row is done.
     *
     * @param row        what happened
     * @param unexpected the exception behind a failure that is a bug rather than bad input, or null
     */
    default void onRow(RowResult row, Throwable unexpected) {
    }

    /**
     * The run ended: all rows are in the manifest.
     *
     * @param result the summary
     */
    default void onFinish(BatchResult result) {
    }
}
