package dev.letterpress.batch;

import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run of a {@link Batch}: rows are read in order on the caller's thread, made on worker
 * threads, and handed back in row order. At most a window of rows is in flight, so memory stays
 * flat however long the input is.
 *
 * <p>Stopping: on {@link #cancel()} (or an interrupt of the thread waiting in {@link #next()}) no
 * further row starts; rows already running finish and are still handed back, rows waiting in the
 * window are dropped whole. A fail-fast stop instead hands back every later row as not processed.
 */
final class BatchRun implements AutoCloseable {
    private final BatchOptions options;
    private final LetterMaker letters;
    private final RowSource source;
    private final LetterFolder folder;
    private final boolean render;
    private final Map<Integer, RowResult> previous;
    private final OutputLayout layout;
    private final Fingerprint fingerprint;
    private final ExecutorService pool;
    private final ArrayDeque<Slot> window = new ArrayDeque<>();
    private final int windowSize;
    private final AtomicBoolean cancelled;
    private boolean interrupted;
    private boolean stopped;

    /** A row in the window: its item and its outcome, claimed by whoever first takes it (worker or cancel). */
    private record Slot(RowSource.Item item, CompletableFuture<Done> outcome, AtomicBoolean claimed) {
        static Slot done(RowSource.Item item, Done done) {
            return new Slot(item, CompletableFuture.completedFuture(done), new AtomicBoolean(true));
        }

        boolean claim() {
            return claimed.compareAndSet(false, true);
        }
    }

    /**
     * What became of a row.
     *
     * @param result     its manifest entry
     * @param unexpected the bug behind a failure, or null
     * @param made       the letter and documents (kept only when nothing is written to disk), or null
     * @param warnings   renderer warnings, for the listener
     * @param fatal      the output folder stopped taking files: the run ends
     * @param bytes      bytes written
     */
    record Done(
            RowResult result,
            Throwable unexpected,
            MadeLetter made,
            List<String> warnings,
            OutputException fatal,
            long bytes) {}

    BatchRun(
            BatchOptions options,
            RowSource source,
            LetterFolder folder,
            Map<Integer, RowResult> previous,
            AtomicBoolean cancelled) {
        this.options = options;
        this.letters = options.letters();
        this.source = source;
        this.folder = folder;
        this.render = !options.output().dryRun();
        this.previous = previous;
        this.layout = new OutputLayout(options.output().folder());
        this.fingerprint = new Fingerprint(letters.brand(), letters.composerFingerprint(), letters.reviewRole());
        this.cancelled = cancelled;
        this.windowSize = Math.max(4, options.threads() * 4);
        this.pool = new ThreadPoolExecutor(
                options.threads(),
                options.threads(),
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread t = new Thread(runnable, "letterpress-worker");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Whether the run was cancelled or interrupted (as opposed to ending or stopping fail-fast). */
    boolean cancelled() {
        return cancelled.get();
    }

    /**
     * Whether an interrupt of the caller's thread stopped the run. The flag is cleared while the
     * run finishes its manifest (a channel would close on it); the caller sets it again at the end.
     */
    boolean interrupted() {
        return interrupted;
    }

    void cancel() {
        cancelled.set(true);
    }

    /** After the first failed row: later rows are not made, but listed as not processed. */
    void stopFailFast() {
        stopped = true;
    }

    /** The next row in order, waiting for it to be made; null when there is none left. */
    Done next() {
        while (true) {
            if (Thread.interrupted()) {
                interrupted = true;
                cancel();
            }
            fill();
            Slot slot = window.poll();
            if (slot == null) {
                return null;
            }
            if (cancelled() && slot.claim()) {
                continue; // not started: dropped whole
            }
            if (stopped && slot.claim()) {
                return notReached(slot.item());
            }
            return await(slot);
        }
    }

    private void fill() {
        while (!cancelled() && window.size() < windowSize && source.hasNext()) {
            window.add(start(source.next()));
        }
    }

    private Done await(Slot slot) {
        while (true) {
            try {
                return slot.outcome().get();
            } catch (InterruptedException e) {
                interrupted = true;
                cancel();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a row's work cannot throw", e.getCause());
            }
        }
    }

    private Slot start(RowSource.Item item) {
        if (item.request() == null) {
            return Slot.done(item, failed(item, item.error(), null));
        }
        if (stopped) {
            return Slot.done(item, notReached(item));
        }
        List<String> formats = letters.formatsOf(item.request());
        String stem = layout.stem(
                item.request().candidate().id(),
                item.request().job().company(),
                item.request().job().title());
        String hash = fingerprint.of(item.request(), formats);
        RowResult before = previous.get(item.row());
        if (before != null && unchanged(before, hash)) {
            return Slot.done(item, new Done(RowWork.skipped(item, before, hash), null, null, List.of(), null, 0));
        }
        Slot slot = new Slot(item, new CompletableFuture<>(), new AtomicBoolean());
        pool.execute(() -> {
            if (slot.claim()) {
                slot.outcome().complete(work(item, formats, stem, hash));
            }
        });
        return slot;
    }

    /** Makes one row: compose, review, render, write. Never throws: a stopped output folder is its fatal outcome. */
    private Done work(RowSource.Item item, List<String> formats, String stem, String hash) {
        try {
            RowWork.Outcome outcome =
                    RowWork.make(letters, item, formats, stem, hash, render, folder == null ? null : folder::write);
            return new Done(
                    outcome.result(),
                    outcome.unexpected(),
                    folder == null ? outcome.made() : null,
                    outcome.warnings(),
                    null,
                    outcome.bytes());
        } catch (OutputException e) {
            return new Done(null, null, null, List.of(), e, 0);
        } catch (IOException e) {
            return new Done(
                    null, null, null, List.of(), new OutputException("cannot write: " + Batch.describe(e), e), 0);
        }
    }

    private static Done failed(RowSource.Item item, String error, Throwable unexpected) {
        return new Done(RowWork.failed(item, error), unexpected, null, List.of(), null, 0);
    }

    private static Done notReached(RowSource.Item item) {
        return new Done(
                new RowResult(
                        item.row(),
                        item.line(),
                        item.candidate(),
                        item.company(),
                        item.title(),
                        RowResult.Status.SKIPPED,
                        List.of(),
                        null,
                        List.of(),
                        "not processed: the run stopped at the first failure (fail-fast)",
                        null,
                        List.of(),
                        ""),
                null,
                null,
                List.of(),
                null,
                0);
    }

    /** Whether an earlier run made this row from the same inputs, and its files are still there. */
    private boolean unchanged(RowResult before, String hash) {
        if (!RowWork.sameInputs(before, hash)) {
            return false;
        }
        Path out = layout.out();
        for (String file : before.files()) {
            Path path = out.resolve(file).normalize();
            try {
                if (!path.startsWith(out)
                        || Files.isSymbolicLink(path.getParent())
                        || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                        || Files.size(path) == 0) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** Drops the rows not started, waits for the running ones, and stops the workers. */
    @Override
    public void close() {
        for (Slot slot : window) {
            slot.claim();
        }
        window.clear();
        pool.shutdown();
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
                cancel();
            }
        }
    }

    static InvalidInputException unusable(Path out, String what, IOException e) {
        return new InvalidInputException(List.of(Problem.of(out.toString(), what + ": " + Batch.describe(e))), e);
    }
}
