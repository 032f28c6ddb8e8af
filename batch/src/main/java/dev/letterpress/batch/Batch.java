package dev.letterpress.batch;

import dev.letterpress.compose.Composer;
import dev.letterpress.model.Brand;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.LetterRenderer;
import dev.letterpress.review.Reviewer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A run over applications — an applications CSV, or requests in memory — making one tailored
 * letter per row, in every asked-for format. Build one with {@link #builder()}, then either
 * {@link #run()} it into an output folder ({@code OUT/<candidate>/<company>--<title>.<format>},
 * with a manifest) or {@link #stream()} the documents without touching disk.
 *
 * <pre>{@code
 * BatchResult result = Batch.builder()
 *         .applications(Path.of("cohort/applications.csv"))
 *         .candidates(Path.of("cohort/candidates"))
 *         .brand(Profiles.readBrand(Path.of("cohort/brand.yaml")))
 *         .composer(composer)
 *         .out(Path.of("out"))
 *         .build()
 *         .run();
 * }</pre>
 *
 * <p>Rows stream through a bounded pipeline into the worker threads, so memory stays flat however
 * long the input is. A bad row fails alone, with its line and column in the manifest. Every row
 * goes through the same {@link LetterMaker} that {@code letterpress generate} uses. Files are
 * written under a temporary name and renamed into place, so a run killed at any moment leaves no
 * partial letter; {@link Builder#resume(boolean)} then skips the rows already done. Another thread
 * may {@link #cancel()} a running batch.
 */
public final class Batch {
    private final BatchOptions options;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    /** Set when an interrupt stopped the run; the thread's flag is set again once everything is closed. */
    private volatile boolean interrupted;

    private Batch(BatchOptions options) {
        this.options = options;
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A batch with these options.
     *
     * @param options the options
     * @return the batch, ready to run once
     */
    public static Batch of(BatchOptions options) {
        return new Batch(Objects.requireNonNull(options, "options"));
    }

    /**
     * The options.
     *
     * @return the immutable options
     */
    public BatchOptions options() {
        return options;
    }

    /**
     * Stops a running batch from another thread, as promptly as it can: no further row starts,
     * rows already running finish, and the manifest lists every row done. {@link #run()} then
     * throws {@link BatchCancelledException}; a stream ends. Cancelling before the run starts
     * makes it stop at once; cancelling twice does nothing more.
     */
    public void cancel() {
        cancelled.set(true);
    }

    /**
     * Runs the batch into the output folder (or, for a dry run, writes nothing).
     *
     * @return the summary; rows that failed are counted, not thrown
     * @throws InvalidInputException    before any work, when the input, the candidates, the brand
     *                                  or the output folder cannot be used (every problem listed),
     *                                  or another run holds the output folder
     * @throws OutputException          when the output folder stops taking files mid-run
     * @throws BatchCancelledException  when the batch was cancelled or its thread interrupted
     * @throws IllegalStateException    when the batch already ran
     * @throws RuntimeException         what a listener threw, once the run has stopped and the
     *                                  manifest lists the rows done
     */
    public BatchResult run() {
        start();
        long startedAt = System.nanoTime();
        BatchOptions.Output output = options.output();
        if (!output.dryRun()) {
            options.letters().prepare();
        }
        try (RowSource source = RowSource.open(options.input(), options.letters())) {
            if (output.dryRun()) {
                return execute(source, null, startedAt);
            }
            try (LetterFolder folder = LetterFolder.open(output.folder())) {
                return execute(source, folder, startedAt);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private BatchResult execute(RowSource source, LetterFolder folder, long startedAt) {
        BatchOptions.Output output = options.output();
        BatchListener listener = options.listener();
        Map<Integer, RowResult> previous = Map.of();
        Manifest manifest = null;
        int firstEntry = 0;
        if (folder != null) {
            try {
                previous = output.resume() ? Manifest.previous(folder.path()) : Map.of();
            } catch (IOException e) {
                throw BatchRun.unusable(folder.path(), "cannot read the previous manifest", e);
            }
            try {
                manifest = Manifest.start(folder, output.resume());
                firstEntry = Manifest.journalEntries(folder.path());
            } catch (IOException e) {
                throw BatchRun.unusable(folder.path(), "cannot write the manifest", e);
            }
        }
        source.warnings().forEach(listener::onWarning);
        listener.onStart(source.count());
        Tally tally = new Tally(output.zip() != null);
        BatchRun run = new BatchRun(options, source, folder, previous, cancelled);
        RuntimeException thrown = null;
        try {
            for (BatchRun.Done done = run.next(); done != null; done = run.next()) {
                if (done.fatal() != null) {
                    throw done.fatal();
                }
                if (manifest != null) {
                    append(manifest, done.result(), folder.path());
                }
                emit(run, tally, source.name(), done);
            }
        } catch (OutputException e) {
            run.close();
            interrupted = run.interrupted();
            closeQuietly(manifest);
            throw e;
        } catch (RuntimeException e) {
            // a listener threw: stop at once, keep the manifest of the rows done, rethrow below
            thrown = e;
        } finally {
            run.close();
            interrupted = run.interrupted();
        }
        Path zip = null;
        if (manifest != null) {
            try {
                manifest.finish(firstEntry);
                if (output.zip() != null && thrown == null && !run.cancelled()) {
                    zip = ZipBundle.write(folder, tally.letters, output.zip());
                }
            } catch (IOException e) {
                throw new OutputException("cannot finish " + folder.path() + ": " + describe(e), e);
            }
        }
        BatchResult result = tally.result(
                startedAt,
                manifest == null ? null : folder.path().resolve(Manifest.CSV),
                manifest == null ? null : folder.path().resolve(Manifest.JSON),
                zip);
        if (thrown != null) {
            throw thrown;
        }
        if (run.cancelled()) {
            throw new BatchCancelledException(result);
        }
        listener.onFinish(result);
        return result;
    }

    /** Counts a row done and tells the listener, in row order; a failed row stops a fail-fast run. */
    private void emit(BatchRun run, Tally tally, String source, BatchRun.Done done) {
        tally.add(done);
        BatchListener listener = options.listener();
        done.warnings()
                .forEach(w ->
                        listener.onWarning(source + " line " + done.result().line() + ": " + w));
        listener.onRow(done.result(), done.unexpected());
        if (options.failFast() && done.result().status() == RowResult.Status.FAILED) {
            run.stopFailFast();
        }
    }

    private static void append(Manifest manifest, RowResult result, Path out) {
        try {
            manifest.append(result);
        } catch (IOException e) {
            throw new OutputException("cannot write the manifest in " + out + ": " + describe(e), e);
        }
    }

    private static void closeQuietly(Manifest manifest) {
        if (manifest != null) {
            try {
                manifest.close();
            } catch (IOException ignored) {
                // the run already failed with a clearer error
            }
        }
    }

    /**
     * Runs the batch in memory: each row's letter, documents and review, in row order, as the rows
     * are made; nothing is written to disk (the output folder, resume and zip do not apply). Rows
     * are made ahead on the worker threads within a bounded window; closing the stream stops them.
     *
     * <pre>{@code
     * try (Stream<RenderedRow> rows = batch.stream()) {
     *     rows.filter(r -> r.made() != null).forEach(r -> database.save(r.result().row(), r.made().document("pdf")));
     * }
     * }</pre>
     *
     * @return the rows, lazily; a failed row has a null {@link RenderedRow#made()}
     * @throws InvalidInputException   before any work, when the input or the candidates cannot be used
     * @throws BatchCancelledException from the stream, when the batch was cancelled or interrupted
     * @throws IllegalStateException   when the batch already ran
     */
    public Stream<RenderedRow> stream() {
        start();
        long startedAt = System.nanoTime();
        if (!options.output().dryRun()) {
            options.letters().prepare();
        }
        RowSource source = RowSource.open(options.input(), options.letters());
        BatchListener listener = options.listener();
        source.warnings().forEach(listener::onWarning);
        listener.onStart(source.count());
        BatchRun run = new BatchRun(options, source, null, Map.of(), cancelled);
        Tally tally = new Tally(false);
        Iterator<RenderedRow> rows = new Iterator<>() {
            private BatchRun.Done next;
            private boolean finished;

            @Override
            public boolean hasNext() {
                if (next == null && !finished) {
                    next = run.next();
                    if (next == null) {
                        finished = true;
                        run.close();
                        if (run.interrupted()) {
                            Thread.currentThread().interrupt();
                        }
                        BatchResult result = tally.result(startedAt, null, null, null);
                        if (run.cancelled()) {
                            throw new BatchCancelledException(result);
                        }
                        listener.onFinish(result);
                    }
                }
                return next != null;
            }

            @Override
            public RenderedRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                BatchRun.Done done = next;
                next = null;
                emit(run, tally, source.name(), done);
                return new RenderedRow(done.result(), done.made());
            }
        };
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    run.close();
                    source.close();
                });
    }

    private void start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a Batch runs once; build another for a second run");
        }
    }

    static String describe(IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (" + reason + ")";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + " (" + fse.getFile() + ")";
        }
        return reason;
    }

    /** Counts of a run, and the letters of its manifest when a zip is asked for. */
    private static final class Tally {
        private final List<String> letters;
        private int rows;
        private int ok;
        private int failed;
        private int skipped;
        private int files;
        private long bytes;

        Tally(boolean keepLetters) {
            this.letters = keepLetters ? new ArrayList<>() : null;
        }

        void add(BatchRun.Done done) {
            RowResult r = done.result();
            rows++;
            switch (r.status()) {
                case OK -> {
                    ok++;
                    files += r.files().size();
                }
                case FAILED -> failed++;
                default -> skipped++;
            }
            bytes += done.bytes();
            if (letters != null) {
                letters.addAll(r.files());
            }
        }

        BatchResult result(long startedAt, Path csv, Path json, Path zip) {
            return new BatchResult(
                    rows,
                    ok,
                    failed,
                    skipped,
                    files,
                    bytes,
                    Duration.ofNanos(System.nanoTime() - startedAt),
                    csv,
                    json,
                    zip);
        }
    }

    /** Options of a {@link Batch}; {@link #build()} checks them into an immutable {@link BatchOptions}. */
    public static final class Builder {
        private Path applications;
        private Iterable<LetterRequest> requests;
        private Path candidates;
        private Path candidate;
        private Candidate candidateProfile;
        private LetterMaker letters;
        private final LetterMaker.Builder maker = LetterMaker.builder();
        private List<String> formats = List.of();
        private Path out = Path.of("out");
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean resume;
        private boolean failFast;
        private boolean dryRun;
        private Path zip;
        private char delimiter = ',';
        private BatchListener listener = new BatchListener() {};
        private boolean composerSet;

        private Builder() {}

        /**
         * Takes the applications from a CSV file (a pipe or {@code /dev/stdin} works too).
         *
         * @param csv the applications CSV
         * @return this builder
         */
        public Builder applications(Path csv) {
            applications = csv;
            return this;
        }

        /**
         * Takes the applications from memory instead of a CSV: a list, a database cursor wrapped as
         * an {@code Iterable}, anything iterated once, in order.
         *
         * @param values the requests
         * @return this builder
         */
        public Builder requests(Iterable<LetterRequest> values) {
            requests = Objects.requireNonNull(values, "requests");
            return this;
        }

        /**
         * Takes the applications from a stream, which is consumed by the one run.
         *
         * @param values the requests
         * @return this builder
         */
        public Builder requests(Stream<LetterRequest> values) {
            Objects.requireNonNull(values, "requests");
            return requests(values::iterator);
        }

        /**
         * Reads the candidate profiles from a folder or a list file.
         *
         * @param folderOrFile candidate profiles: a folder or a list file
         * @return this builder
         */
        public Builder candidates(Path folderOrFile) {
            candidates = folderOrFile;
            return this;
        }

        /**
         * Reads the one candidate of every row from a file.
         *
         * @param file one candidate for every row (the CSV's candidate column may then be absent)
         * @return this builder
         */
        public Builder candidate(Path file) {
            candidate = file;
            return this;
        }

        /**
         * Sets the one candidate of every CSV row, already loaded.
         *
         * @param value a candidate already loaded, for every row
         * @return this builder
         */
        public Builder candidate(Candidate value) {
            candidateProfile = value;
            return this;
        }

        /**
         * Uses a prepared per-row function; the brand, composer, reviewer and renderer options are
         * then ignored.
         *
         * @param value the letter maker
         * @return this builder
         */
        public Builder letters(LetterMaker value) {
            letters = Objects.requireNonNull(value, "letters");
            return this;
        }

        /**
         * Sets the brand.
         *
         * @param value the brand; default {@link Brand#defaults()}
         * @return this builder
         */
        public Builder brand(Brand value) {
            maker.brand(value);
            return this;
        }

        /**
         * The composer that writes the letters; its date, templates and options apply to every row.
         *
         * @param value the composer
         * @return this builder
         */
        public Builder composer(Composer value) {
            maker.composer(value);
            composerSet = true;
            return this;
        }

        /** A composer seam for tests. */
        Builder composer(LetterComposer value) {
            maker.composer(value);
            composerSet = true;
            return this;
        }

        /**
         * The reviewer that scores every letter for the manifest; default the backend role.
         *
         * @param value the reviewer, or null to skip the review
         * @return this builder
         */
        public Builder reviewer(Reviewer value) {
            maker.reviewer(value);
            return this;
        }

        /**
         * Uses this renderer for its format instead of the one found by the renderer registry.
         *
         * @param renderer a renderer prepared for the brand
         * @return this builder
         */
        public Builder renderer(LetterRenderer renderer) {
            maker.renderer(renderer);
            return this;
        }

        /**
         * Sets the formats to render.
         *
         * @param values formats for rows that name none; default every format of the registry
         * @return this builder
         */
        public Builder formats(List<String> values) {
            formats = List.copyOf(values);
            return this;
        }

        /**
         * Sets the output folder.
         *
         * @param folder the output folder; default {@code out}
         * @return this builder
         */
        public Builder out(Path folder) {
            out = Objects.requireNonNull(folder, "out");
            return this;
        }

        /**
         * Sets the number of worker threads.
         *
         * @param value worker threads, at least 1; default the number of processors
         * @return this builder
         */
        public Builder threads(int value) {
            threads = value;
            return this;
        }

        /**
         * Skips rows unchanged since the last run whose files exist.
         *
         * @param value skip rows unchanged since the last run whose files exist
         * @return this builder
         */
        public Builder resume(boolean value) {
            resume = value;
            return this;
        }

        /**
         * Stops at the first failed row.
         *
         * @param value stop at the first failed row
         * @return this builder
         */
        public Builder failFast(boolean value) {
            failFast = value;
            return this;
        }

        /**
         * Checks and composes everything but writes nothing.
         *
         * @param value check and compose everything but write nothing
         * @return this builder
         */
        public Builder dryRun(boolean value) {
            dryRun = value;
            return this;
        }

        /**
         * Also bundles this run's letters and manifests into a zip file.
         *
         * @param file the zip file, or null
         * @return this builder
         */
        public Builder zip(Path file) {
            zip = file;
            return this;
        }

        /**
         * Sets the CSV's field separator.
         *
         * @param value the CSV's field separator; default {@code ,}
         * @return this builder
         */
        public Builder delimiter(char value) {
            delimiter = value;
            return this;
        }

        /**
         * Sets who hears the run's progress.
         *
         * @param value hears progress
         * @return this builder
         */
        public Builder listener(BatchListener value) {
            listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * Checks the options and builds the batch.
         *
         * @return the batch, ready to {@link Batch#run()} or {@link Batch#stream()} once
         * @throws IllegalArgumentException when an option is missing or out of range
         * @throws InvalidInputException    when a format has no renderer
         */
        public Batch build() {
            if ((applications == null) == (requests == null)) {
                throw new IllegalArgumentException("Batch needs exactly one of applications (a CSV) and requests");
            }
            if (letters == null && !composerSet) {
                throw new IllegalArgumentException("Batch.composer must be set");
            }
            BatchOptions.Input input = applications != null
                    ? new BatchOptions.Csv(applications, delimiter, candidates, candidate, candidateProfile)
                    : new BatchOptions.Requests(requests);
            if (!formats.isEmpty()) {
                maker.formats(formats);
            }
            LetterMaker made = letters != null ? letters : maker.build();
            return new Batch(new BatchOptions(
                    input, made, new BatchOptions.Output(out, resume, dryRun, zip), threads, failFast, listener));
        }
    }
}
