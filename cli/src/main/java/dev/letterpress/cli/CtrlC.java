package dev.letterpress.cli;

import dev.letterpress.batch.Batch;
import dev.letterpress.batch.BatchCancelledException;
import dev.letterpress.batch.BatchResult;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * Ctrl-C (or a plain {@code kill}) during a batch: the JVM's shutdown hook cancels the batch and
 * waits until the command has finished the rows in flight, written the manifest and said so; the
 * process then exits with 130. Close it when the command is done, so no hook outlives it.
 */
final class CtrlC implements AutoCloseable {
    /** How long the hook waits for the rows in flight and the manifest before the JVM goes anyway. */
    private static final long GRACE_SECONDS = 60;

    private final Batch batch;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private CtrlC(Batch batch) {
        this.batch = batch;
        this.hook = new Thread(this::interrupt, "letterpress-ctrl-c");
    }

    /**
     * Runs a batch that Ctrl-C cancels. A cancelled run is reported on stderr before the hook lets
     * the process exit.
     *
     * @return the result, or null when the run was cancelled (exit with {@link Cli#INTERRUPTED})
     */
    static BatchResult run(Batch batch, CommandLine cl) {
        CtrlC ctrlC = cancels(batch);
        try {
            return batch.run();
        } catch (BatchCancelledException e) {
            cl.getErr()
                    .println("interrupted: " + e.result().rows() + " rows done ("
                            + e.result().ok() + " ok, " + e.result().failed()
                            + " failed); they are in the manifest. Run again with --resume to finish.");
            cl.getErr().flush();
            return null;
        } finally {
            ctrlC.close();
        }
    }

    /** Cancels the batch on Ctrl-C from now until {@link #close()}. */
    static CtrlC cancels(Batch batch) {
        CtrlC ctrlC = new CtrlC(batch);
        Runtime.getRuntime().addShutdownHook(ctrlC.hook);
        return ctrlC;
    }

    /** What the hook does: cancel, then wait for the command to finish cleanly. */
    void interrupt() {
        batch.cancel();
        try {
            finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C came: the hook is running and now returns
        }
    }
}
