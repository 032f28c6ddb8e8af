package dev.letterpress.batch;

/**
 * A run stopped before its end because it was cancelled ({@link Batch#cancel()}) or its thread
 * was interrupted. The rows in flight were finished, the manifest lists every row done, and
 * {@code resume} continues from there.
 */
public class BatchCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The rows done before the stop; not serialised. */
    private final transient BatchResult result;

    /**
     * Creates the exception.
     *
     * @param result the rows done before the stop
     */
    public BatchCancelledException(BatchResult result) {
        super("the batch was cancelled after " + result.rows() + " rows");
        this.result = result;
    }

    /**
     * What was done before the stop.
     *
     * @return the summary of the rows done (null after deserialisation)
     */
    public BatchResult result() {
        return result;
    }
}
