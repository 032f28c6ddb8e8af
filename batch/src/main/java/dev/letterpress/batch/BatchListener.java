package dev.letterpress.batch;

/**
 * Hears a batch's progress. Calls come one at a time, rows in row order, on the thread that runs
 * the batch; an implementation must return quickly. A listener that throws stops the run at once:
 * {@link Batch#run()} rethrows its exception once the manifest lists the rows done. Every method
 * does nothing by default.
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
     * @param rows the number of data rows, or -1 when requests come from an iterable of unknown size
     */
    default void onStart(int rows) {}

    /**
     * Something worth saying that stops nothing: an ignored unknown column, characters no font has.
     *
     * @param message the warning, naming the file and line where there is one
     */
    default void onWarning(String message) {}

    /**
     * A row is done.
     *
     * @param row        what happened
     * @param unexpected the exception behind a failure that is a bug rather than bad input, or null
     */
    default void onRow(RowResult row, Throwable unexpected) {}

    /**
     * The run ended: all rows are in the manifest.
     *
     * @param result the summary
     */
    default void onFinish(BatchResult result) {}
}
