package dev.letterpress.batch;

import dev.letterpress.compose.Composer;
import dev.letterpress.review.Review;
import dev.letterpress.review.Reviewer;
import dev.letterpress.model.Brand;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import dev.letterpress.model.LetterRenderer;
import dev.letterpress.model.Problem;
import dev.letterpress.model.ImportOptions;
import dev.letterpress.model.Profiles;
import dev.letterpress.model.RenderResult;
import dev.letterpress.model.Renderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A run over an applications CSV: one tailored letter per row, in every asked-for format, written
 * to {@code OUT/<candidate>/<company>--<title>.<format>}, with a manifest. Build one with
 * {@link #builder()}, then {@link #run()} it once.
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
 * long the CSV is. A bad row fails alone, with its line and column in the manifest. Files are
 * written under a temporary name and renamed into place, so a run killed at any moment leaves no
 * partial letter; {@link Builder#resume(boolean)} then skips the rows already done.
 */
public final class Batch {
    private static final List<String> ALL_FORMATS = List.of("docx", "pdf");

    private final Builder options;

    private Batch(Builder options) {
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
     * Runs the batch.
     *
     * @return the summary; rows that failed are counted, not thrown
     * @throws InvalidInputException before any work, when the CSV, the candidates, the brand or the
     *                               output folder cannot be used (every problem listed)
     * @throws OutputException       when the output folder stops taking files mid-run
     */
    public BatchResult run() {
        long started = System.nanoTime();
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        Candidate only = options.candidateProfile;
        ImportOptions reading = ImportOptions.builder().date(options.composer.date()).build();
        if (options.candidate != null) {
            only = Profiles.readCandidate(options.candidate, reading);
        } else if (only == null) {
            for (Candidate c : Profiles.readCandidates(options.candidates, reading)) {
                candidates.put(c.id(), c);
            }
        }
        ApplicationsCsv csv = options.jobs != null
                ? ApplicationsCsv.ofJobs(options.jobsSource, options.jobs, options.template, List.of())
                : ApplicationsCsv.open(options.applications, options.delimiter, only == null);
        Map<String, LetterRenderer> renderers = renderers();
        Path out = options.out.toAbsolutePath().normalize();
        if (!options.dryRun) {
            prepare(out);
        }
        BatchListener listener = options.listener;
        csv.warnings().forEach(listener::onWarning);
        RowParser parser = new RowParser(csv, candidates, only, options.composer.templateNames(), renderers.keySet(),
                options.formats, new PostingFiles(csv.folder(), reading));
        Fingerprints fingerprints = new Fingerprints(options.brand, options.composer.fingerprint()
                + "|review=" + (options.reviewer == null ? "none" : options.reviewer.role()));
        listener.onStart(csv.rowCount());
        Run run = new Run(csv, parser, renderers, out, fingerprints, listener);
        BatchResult result = run.execute(started);
        listener.onFinish(result);
        return result;
    }

    private Map<String, LetterRenderer> renderers() {
        Map<String, LetterRenderer> renderers = new LinkedHashMap<>(options.renderers);
        if (!options.dryRun) {
            for (String format : ALL_FORMATS) {
                if (!renderers.containsKey(format) && Renderers.available().containsKey(format)) {
                    renderers.put(format, Renderers.create(format, options.brand));
                }
            }
            for (String format : options.formats) {
                if (!renderers.containsKey(format)) {
                    throw new InvalidInputException(Problem.of("--format", "no renderer for format \"" + format
                            + "\" (available: " + String.join(", ", renderers.keySet()) + ")"));
                }
            }
        } else {
            options.formats.forEach(f -> renderers.putIfAbsent(f, null));
            ALL_FORMATS.forEach(f -> renderers.putIfAbsent(f, null));
        }
        return renderers;
    }

    /** Makes OUT, proves it writable, and removes what a killed run left behind. */
    private static void prepare(Path out) {
        try {
            Files.createDirectories(out);
            Path probe = Files.createTempFile(out, ".letterpress-probe", AtomicFiles.TMP_SUFFIX);
            Files.delete(probe);
            AtomicFiles.deleteLeftovers(out);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(Problem.of(out.toString(), "output folder cannot be written: "
                    + describe(e))), e);
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

    /** Digests of what letters depend on, computed once per run. */
    private static final class Fingerprints {
        private final String brand;
        private final String composer;
        private final Map<String, String> candidates = new java.util.concurrent.ConcurrentHashMap<>();

        Fingerprints(Brand brand, String composer) {
            // The brand's values and the contents of its files, not where the files lie: the same
            // brand copied to another folder makes the same letters.
            StringBuilder b = new StringBuilder(brand.withoutFiles().toString());
            for (Path file : brandFiles(brand)) {
                try {
                    b.append('|').append(sha256(Files.readAllBytes(file)));
                } catch (IOException e) {
                    b.append("|unreadable:").append(file.getFileName());
                }
            }
            this.brand = sha256(b.toString().getBytes(StandardCharsets.UTF_8));
            this.composer = composer;
        }

        private static List<Path> brandFiles(Brand brand) {
            List<Path> files = new ArrayList<>();
            if (brand.logo() != null) {
                files.add(brand.logo());
            }
            if (brand.fontFile() != null) {
                files.add(brand.fontFile());
            }
            files.addAll(brand.fallbackFonts());
            return files;
        }

        String of(ApplicationsCsv.Row row, Candidate candidate, JobPosting job, List<String> formats) {
            String person = candidates.computeIfAbsent(candidate.id(),
                    id -> sha256(candidate.toString().getBytes(StandardCharsets.UTF_8)));
            StringBuilder s = new StringBuilder(512).append("letterpress-1|").append(brand).append('|').append(composer)
                    .append('|').append(person).append('|').append(String.join(",", formats));
            for (Column column : Column.values()) {
                if (column != Column.POSTING) {
                    s.append('|').append(column.id()).append('=').append(row.get(column).strip());
                }
            }
            if (!row.get(Column.POSTING).isBlank()) {
                s.append("|posting=").append(job); // the file's content, not only its name
            }
            return sha256(s.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The state of one run. */
    private final class Run {
        private final ApplicationsCsv csv;
        private final RowParser parser;
        private final Map<String, LetterRenderer> renderers;
        private final Path out;
        private final Fingerprints fingerprints;
        private final BatchListener listener;
        private final OutputLayout layout;
        private final Map<Integer, RowResult> previous;
        private final AtomicInteger files = new AtomicInteger();
        private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        private Manifest manifest;
        private Sequencer sequencer;

        Run(ApplicationsCsv csv, RowParser parser, Map<String, LetterRenderer> renderers, Path out,
                Fingerprints fingerprints, BatchListener listener) {
            this.csv = csv;
            this.parser = parser;
            this.renderers = renderers;
            this.out = out;
            this.fingerprints = fingerprints;
            this.listener = listener;
            this.layout = new OutputLayout(out);
            try {
                this.previous = options.resume && !options.dryRun ? Manifest.previous(out) : Map.of();
            } catch (IOException e) {
                throw new InvalidInputException(List.of(Problem.of(out.toString(), "cannot read the previous manifest: "
                        + describe(e))), e);
            }
        }

        BatchResult execute(long started) {
            int firstEntry = 0;
            if (!options.dryRun) {
                try {
                    if (!options.resume) {
                        Files.deleteIfExists(out.resolve(Manifest.JOURNAL));
                    }
                    manifest = Manifest.start(out);
                    firstEntry = Manifest.journalEntries(out);
                } catch (IOException e) {
                    throw new InvalidInputException(List.of(Problem.of(out.toString(), "cannot write the manifest: "
                            + describe(e))), e);
                }
            }
            int window = Math.max(4, options.threads * 4);
            Semaphore permits = new Semaphore(window);
            sequencer = new Sequencer(manifest, listener, permits);
            ExecutorService pool = new ThreadPoolExecutor(options.threads, options.threads, 0, TimeUnit.MILLISECONDS,
                    new LinkedBlockingQueue<>(), runnable -> {
                        Thread t = new Thread(runnable, "letterpress-worker");
                        t.setDaemon(true);
                        return t;
                    });
            try (ApplicationsCsv.RowIterator rows = csv.rows()) {
                while (rows.hasNext()) {
                    ApplicationsCsv.Row row = rows.next();
                    permits.acquireUninterruptibly();
                    if (sequencer.fatal() != null) {
                        permits.release();
                        break;
                    }
                    if (sequencer.stopped()) {
                        sequencer.complete(notReached(row), null);
                        continue;
                    }
                    submit(pool, row, rows.headerSize());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                pool.shutdown();
                awaitQuietly(pool);
            }
            if (sequencer.fatal() != null) {
                closeQuietly();
                throw sequencer.fatal();
            }
            Path zip = null;
            if (!options.dryRun) {
                try {
                    manifest.finish(firstEntry);
                    if (options.zip != null) {
                        zip = ZipBundle.write(out, options.zip);
                    }
                } catch (IOException e) {
                    throw new OutputException("cannot finish " + out + ": " + describe(e), e);
                }
            }
            Sequencer s = sequencer;
            return new BatchResult(s.rows, s.ok, s.failed, s.skipped, files.get(), bytes.get(),
                    Duration.ofNanos(System.nanoTime() - started),
                    options.dryRun ? null : out.resolve(Manifest.CSV), options.dryRun ? null : out.resolve(Manifest.JSON), zip);
        }

        private void closeQuietly() {
            if (manifest != null) {
                try {
                    manifest.close();
                } catch (IOException ignored) {
                    // the run already failed with a clearer error
                }
            }
        }

        private void submit(ExecutorService pool, ApplicationsCsv.Row row, int headerSize) {
            RowParser.Parsed parsed = parser.parse(row, headerSize);
            if (!parsed.ok()) {
                List<String> errors = parsed.errors().stream().map(e -> e.describe(row.line())).toList();
                sequencer.complete(result(row, RowResult.Status.FAILED, List.of(), null, List.of(), String.join("; ", errors),
                        null, List.of(), ""), null);
                return;
            }
            String stem = layout.stem(parsed.candidate().id(), parsed.application().job().company(),
                    parsed.application().job().title());
            List<String> formats = parsed.application().formats();
            String hash = fingerprints.of(row, parsed.candidate(), parsed.application().job(), formats);
            RowResult before = previous.get(row.row());
            if (before != null && unchanged(before, hash)) {
                sequencer.complete(new RowResult(row.row(), row.line(), before.candidate(), before.company(),
                        before.title(), RowResult.Status.SKIPPED, before.files(), before.score(), before.findings(), null,
                        before.template(), before.warnings(), hash), null);
                return;
            }
            pool.execute(() -> {
                RowResult result;
                Throwable unexpected = null;
                try {
                    result = process(row, parsed, stem, formats, hash);
                } catch (OutputException e) {
                    sequencer.fail(e);
                    result = result(row, RowResult.Status.FAILED, List.of(), null, List.of(), e.getMessage(), null,
                            List.of(), hash);
                } catch (InvalidInputException e) {
                    result = result(row, RowResult.Status.FAILED, List.of(), null, List.of(),
                            "line " + row.line() + ": " + e.getMessage().replace('\n', ' '), null, List.of(), hash);
                } catch (RuntimeException | Error e) {
                    unexpected = e;
                    result = result(row, RowResult.Status.FAILED, List.of(), null, List.of(),
                            "line " + row.line() + ": internal error: " + e, null, List.of(), hash);
                }
                sequencer.complete(result, unexpected);
            });
        }

        private boolean unchanged(RowResult before, String hash) {
            if (before.status() == RowResult.Status.FAILED || !before.inputHash().equals(hash) || before.files().isEmpty()) {
                return false;
            }
            for (String file : before.files()) {
                Path path = out.resolve(file).normalize();
                try {
                    if (!path.startsWith(out) || !Files.isRegularFile(path) || Files.size(path) == 0) {
                        return false;
                    }
                } catch (IOException e) {
                    return false;
                }
            }
            return true;
        }

        private RowResult process(ApplicationsCsv.Row row, RowParser.Parsed parsed, String stem, List<String> formats,
                String hash) {
            var application = parsed.application();
            Letter letter = options.composer.compose(parsed.candidate(), application.job(), application.template());
            Integer score = null;
            List<String> findings = List.of();
            if (options.reviewer != null) {
                Review review = options.reviewer.review(letter, application.job());
                score = review.score();
                findings = review.ruleIds();
            }
            List<String> warnings = new ArrayList<>();
            List<String> written = new ArrayList<>();
            if (!options.dryRun) {
                List<byte[]> documents = new ArrayList<>(formats.size());
                for (String format : formats) {
                    ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
                    RenderResult rendered;
                    try {
                        rendered = renderers.get(format).render(letter, buffer);
                    } catch (IOException e) {
                        throw new UncheckedIOException("rendering " + format + " failed", e);
                    }
                    for (String w : rendered.warnings()) {
                        warnings.add(format + ": " + w);
                        listener.onWarning(csv.source() + " line " + row.line() + ": " + format + ": " + w);
                    }
                    documents.add(buffer.toByteArray());
                }
                for (int i = 0; i < formats.size(); i++) {
                    String file = stem + "." + formats.get(i);
                    Path target = out.resolve(file);
                    try {
                        Files.createDirectories(target.getParent());
                        AtomicFiles.write(target, documents.get(i));
                    } catch (IOException e) {
                        throw new OutputException("cannot write " + target + ": " + describe(e), e);
                    }
                    files.incrementAndGet();
                    bytes.addAndGet(documents.get(i).length);
                    written.add(file);
                }
            }
            return result(row, RowResult.Status.OK, written, score, findings, null, letter.template(), warnings, hash);
        }

        private RowResult notReached(ApplicationsCsv.Row row) {
            return result(row, RowResult.Status.SKIPPED, List.of(), null, List.of(),
                    "not processed: the run stopped at the first failure (fail-fast)", null, List.of(), "");
        }

        private RowResult result(ApplicationsCsv.Row row, RowResult.Status status, List<String> files, Integer score,
                List<String> findings, String error, String template, List<String> warnings, String hash) {
            String candidate = parser.candidateId(row);
            return new RowResult(row.row(), row.line(), candidate, parser.value(row, Column.COMPANY),
                    parser.value(row, Column.TITLE), status, files, score, findings, error, template, warnings, hash);
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Puts rows back in row order as they complete, appends them to the manifest and tells the
     * listener. Holds at most the pipeline's window of rows.
     */
    private final class Sequencer {
        private final Manifest manifest;
        private final BatchListener listener;
        private final Semaphore permits;
        private final java.util.TreeMap<Integer, Object[]> pending = new java.util.TreeMap<>();
        private int next = 1;
        private int rows;
        private int ok;
        private int failed;
        private int skipped;
        private volatile boolean stopped;
        private volatile OutputException fatal;

        Sequencer(Manifest manifest, BatchListener listener, Semaphore permits) {
            this.manifest = manifest;
            this.listener = listener;
            this.permits = permits;
        }

        boolean stopped() {
            return stopped;
        }

        OutputException fatal() {
            return fatal;
        }

        void fail(OutputException e) {
            if (fatal == null) {
                fatal = e;
            }
            stopped = true;
        }

        synchronized void complete(RowResult result, Throwable unexpected) {
            pending.put(result.row(), new Object[] {result, unexpected});
            while (!pending.isEmpty() && pending.firstKey() == next) {
                Object[] entry = pending.pollFirstEntry().getValue();
                emit((RowResult) entry[0], (Throwable) entry[1]);
                next++;
                permits.release();
            }
        }

        private void emit(RowResult result, Throwable unexpected) {
            rows++;
            switch (result.status()) {
                case OK:
                    ok++;
                    break;
                case FAILED:
                    failed++;
                    if (options.failFast) {
                        stopped = true;
                    }
                    break;
                default:
                    skipped++;
                    break;
            }
            if (manifest != null && fatal == null) {
                try {
                    manifest.append(result);
                } catch (IOException e) {
                    fail(new OutputException("cannot write the manifest in " + options.out + ": " + describe(e), e));
                }
            }
            listener.onRow(result, unexpected);
        }
    }

    /** Options of a {@link Batch}; {@link #build()} checks them. */
    public static final class Builder {
        private Path applications;
        private Path candidates;
        private Path candidate;
        private Candidate candidateProfile;
        private List<JobPosting> jobs;
        private String jobsSource;
        private String template;
        private Brand brand = Brand.defaults();
        private LetterComposer composer;
        private Reviewer reviewer;
        private boolean reviewerSet;
        private final Map<String, LetterRenderer> renderers = new LinkedHashMap<>();
        private List<String> formats = ALL_FORMATS;
        private Path out = Path.of("out");
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean resume;
        private boolean failFast;
        private boolean dryRun;
        private Path zip;
        private char delimiter = ',';
        private BatchListener listener = new BatchListener() { };

        private Builder() {
        }

        /**
         * Sets the applications CSV.
         *
         * @param csv the applications CSV
         * @return this builder
         */
        public Builder applications(Path csv) {
            applications = csv;
            return this;
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
         * Takes the applications from postings in memory instead of a CSV: one row per posting, for
         * the candidate of {@link #candidate(Candidate)}. This is how one letter is made into the
         * same layout as a batch.
         *
         * @param source a name for the input in messages, e.g. the posting file
         * @param values the postings
         * @return this builder
         */
        public Builder jobs(String source, List<JobPosting> values) {
            jobsSource = Objects.requireNonNull(source, "source");
            jobs = List.copyOf(values);
            return this;
        }

        /**
         * Sets the one candidate of every row, already loaded.
         *
         * @param value a candidate already loaded, for every row
         * @return this builder
         */
        public Builder candidate(Candidate value) {
            candidateProfile = value;
            return this;
        }

        /**
         * Sets the template for rows that come from job postings.
         *
         * @param name the template for rows of {@link #jobs} (CSV rows name theirs), or null for automatic
         * @return this builder
         */
        public Builder template(String name) {
            template = name;
            return this;
        }

        /**
         * Sets the brand.
         *
         * @param value the brand; default {@link Brand#defaults()}
         * @return this builder
         */
        public Builder brand(Brand value) {
            brand = Objects.requireNonNull(value, "brand");
            return this;
        }

        /**
         * The composer that writes the letters; its date, templates and options apply to every row.
         *
         * @param value the composer
         * @return this builder
         */
        public Builder composer(Composer value) {
            composer = LetterComposer.of(Objects.requireNonNull(value, "composer"));
            return this;
        }

        /** A composer seam for tests. */
        Builder composer(LetterComposer value) {
            composer = value;
            return this;
        }

        /**
         * The reviewer that scores every letter for the manifest; default the backend role.
         *
         * @param value the reviewer, or null to skip the review
         * @return this builder
         */
        public Builder reviewer(Reviewer value) {
            reviewer = value;
            reviewerSet = true;
            return this;
        }

        /**
         * Uses this renderer for its format instead of the one found by {@link Renderers}.
         *
         * @param renderer a renderer prepared for the brand
         * @return this builder
         */
        public Builder renderer(LetterRenderer renderer) {
            renderers.put(renderer.format(), renderer);
            return this;
        }

        /**
         * Sets the formats to render.
         *
         * @param values formats for rows that name none; default docx and pdf
         * @return this builder
         */
        public Builder formats(List<String> values) {
            formats = values.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).distinct().toList();
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
         * Also bundles the output folder into a zip file.
         *
         * @param file also bundle OUT into this zip file, or null
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
         * @return the batch, ready to {@link Batch#run()}
         * @throws IllegalArgumentException when an option is missing or out of range
         */
        public Batch build() {
            if ((applications == null) == (jobs == null)) {
                throw new IllegalArgumentException("Batch needs exactly one of applications (a CSV) and jobs");
            }
            int sources = (candidates == null ? 0 : 1) + (candidate == null ? 0 : 1) + (candidateProfile == null ? 0 : 1);
            if (sources != 1) {
                throw new IllegalArgumentException("Batch needs exactly one of candidates (a folder or list file) and"
                        + " candidate (one profile for every row)");
            }
            if (composer == null) {
                throw new IllegalArgumentException("Batch.composer must be set");
            }
            if (threads < 1 || threads > 256) {
                throw new IllegalArgumentException("Batch.threads must be between 1 and 256 (was " + threads + ")");
            }
            if (formats.isEmpty()) {
                throw new IllegalArgumentException("Batch.formats must name at least one format");
            }
            if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
                throw new IllegalArgumentException("Batch.delimiter cannot be a quote or a line break (was "
                        + (int) delimiter + ")");
            }
            Builder copy = copy();
            return new Batch(copy);
        }

        private Builder copy() {
            Builder b = new Builder();
            b.applications = applications;
            b.candidates = candidates;
            b.candidate = candidate;
            b.candidateProfile = candidateProfile;
            b.jobs = jobs;
            b.jobsSource = jobsSource;
            b.template = template;
            b.brand = brand;
            b.composer = composer;
            b.reviewer = reviewerSet ? reviewer : Reviewer.builder().build();
            b.reviewerSet = true;
            b.renderers.putAll(renderers);
            b.formats = List.copyOf(formats);
            b.out = out;
            b.threads = threads;
            b.resume = resume;
            b.failFast = failFast;
            b.dryRun = dryRun;
            b.zip = zip;
            b.delimiter = delimiter;
            b.listener = listener;
            return b;
        }
    }
}
