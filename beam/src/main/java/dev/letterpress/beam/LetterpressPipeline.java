package dev.letterpress.beam;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.letterpress.batch.BatchOptions;
import dev.letterpress.batch.ManifestFiles;
import dev.letterpress.batch.RowPlan;
import dev.letterpress.batch.RowResult;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The local batch's per-row work as an Apache Beam pipeline, for runs one machine cannot hold. The
 * applications CSVs are planned on one worker exactly as a local run plans them (checked whole,
 * each row parsed, named and fingerprinted in row order: {@link RowPlan}); the rows are then
 * spread over the workers in {@link LetterpressOptions#getRowGroups()} groups, each of which loads the candidates, brand and templates once and makes
 * its rows with the same code as the local batch, writing the letters under the output folder
 * with the same names and bytes. At the end:
 * <pre>
 * OUT/&lt;candidate&gt;/&lt;company&gt;--&lt;title&gt;.docx|.pdf    as the local batch writes them
 * OUT/manifest.csv, OUT/manifest.json              merged, in row order, the local batch's bytes
 * OUT/manifest-shards/part-*.jsonl                 the entries as the workers wrote them
 * OUT/dead-letters/part-*.jsonl                    each bad row: source file, line, row, error
 * </pre>
 *
 * <pre>{@code
 * LetterpressOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(LetterpressOptions.class);
 * LetterpressPipeline.run(options).waitUntilFinish();
 * }</pre>
 *
 * <p>Files are written under a temporary name and renamed into place, so a retried bundle writes
 * the same bytes again and a killed one leaves no partial letter. A rerun into the same output
 * skips the rows whose letters exist and whose inputs have the same fingerprint as in the last
 * merged manifest ({@link LetterpressOptions#getResume()}).
 */
public final class LetterpressPipeline {
    /** The metrics namespace of the counters. */
    public static final String METRICS = "letterpress";
    /** Counter: letters (files) written. */
    public static final String LETTERS_WRITTEN = "lettersWritten";
    /** Counter: rows whose letters were made. */
    public static final String ROWS_OK = "rowsOk";
    /** Counter: rows that failed (each one in the dead letters). */
    public static final String ROWS_FAILED = "rowsFailed";
    /** Counter: rows skipped as unchanged since the last run. */
    public static final String ROWS_SKIPPED = "rowsSkipped";
    /** The folder of the manifest shards, under the output folder. */
    public static final String SHARDS = "manifest-shards";
    /** The folder of the dead letters, under the output folder. */
    public static final String DEAD_LETTERS = "dead-letters";

    private static final JsonFactory JSON = new JsonFactory();
    private static final TupleTag<Task> TASKS = new TupleTag<>() {};
    private static final TupleTag<String> ENTRIES = new TupleTag<>() {};
    private static final TupleTag<String> DEAD = new TupleTag<>() {};

    private LetterpressPipeline() {}

    /**
     * The pipeline's collections, for callers that add their own steps.
     *
     * @param entries     the manifest entries, one JSON line per row ({@link ManifestFiles#fromJsonLine})
     * @param deadLetters the bad rows, one JSON line each: {@code source}, {@code line}, {@code row},
     *                    {@code error}
     */
    public record Results(PCollection<String> entries, PCollection<String> deadLetters) {}

    /**
     * Builds and runs the pipeline on the options' runner.
     *
     * @param options the Letterpress and runner options
     * @return the running pipeline; {@code waitUntilFinish()} waits for it
     * @throws IllegalArgumentException when an option is missing or malformed
     */
    public static PipelineResult run(LetterpressOptions options) {
        Pipeline pipeline = Pipeline.create(options);
        expand(pipeline, options);
        return pipeline.run();
    }

    /**
     * Adds the Letterpress steps to a pipeline.
     *
     * @param pipeline the pipeline
     * @param options  the Letterpress options
     * @return the entries and the dead letters
     * @throws IllegalArgumentException when an option is missing or malformed
     */
    public static Results expand(Pipeline pipeline, LetterpressOptions options) {
        Settings settings = Settings.of(options);
        PCollectionTuple planned = pipeline.apply("Start", Create.of(settings.output()))
                .apply(
                        "Plan rows",
                        ParDo.of(new PlanRows(settings))
                                .withOutputTags(TASKS, TupleTagList.of(ENTRIES).and(DEAD)));
        int groups = options.getRowGroups();
        if (groups < 1) {
            throw new IllegalArgumentException("--rowGroups must be at least 1 (was " + groups + ")");
        }
        PCollectionTuple made = planned.get(TASKS)
                .setCoder(SerializableCoder.of(Task.class))
                .apply(
                        "Group rows",
                        WithKeys.of((Task task) -> task.row() % groups).withKeyType(TypeDescriptors.integers()))
                .setCoder(KvCoder.of(VarIntCoder.of(), SerializableCoder.of(Task.class)))
                .apply("Spread rows", GroupByKey.create())
                .apply(
                        "Make letters",
                        ParDo.of(new MakeLetters(settings)).withOutputTags(ENTRIES, TupleTagList.of(DEAD)));
        PCollection<String> entries = PCollectionList.of(planned.get(ENTRIES).setCoder(StringUtf8Coder.of()))
                .and(made.get(ENTRIES).setCoder(StringUtf8Coder.of()))
                .apply("All entries", Flatten.pCollections());
        PCollection<String> dead = PCollectionList.of(planned.get(DEAD).setCoder(StringUtf8Coder.of()))
                .and(made.get(DEAD).setCoder(StringUtf8Coder.of()))
                .apply("All dead letters", Flatten.pCollections());
        ResourceId out = Outputs.folder(settings.output());
        entries.apply(
                "Manifest shards",
                TextIO.write()
                        .to(Outputs.resolve(out, SHARDS + "/part").toString())
                        .withSuffix(".jsonl"));
        dead.apply(
                "Dead letters",
                TextIO.write()
                        .to(Outputs.resolve(out, DEAD_LETTERS + "/part").toString())
                        .withSuffix(".jsonl"));
        entries.apply("One manifest", WithKeys.of(""))
                .apply("Gather", GroupByKey.create())
                .apply("Merge manifest", ParDo.of(new MergeManifest(settings.output())));
        return new Results(entries, dead);
    }

    /**
     * Runs the pipeline from the command line: {@code --runner} and the runner's options, and
     * the {@link LetterpressOptions}. Exit status 0 when every row made its letters, 3 (as the CLI) when some
     * rows failed (see the dead letters), 2 on a usage or input error before any work.
     *
     * @param args the options, e.g. {@code --applications=apps.csv --candidates=people --output=out}
     */
    public static void main(String[] args) {
        System.exit(main(args, System.out, System.err));
    }

    /** The command line's work, printing to the given streams; returns the exit status. */
    static int main(String[] args, PrintStream out, PrintStream err) {
        LetterpressOptions options;
        try {
            PipelineOptionsFactory.register(LetterpressOptions.class);
            options = PipelineOptionsFactory.fromArgs(args).withValidation().as(LetterpressOptions.class);
        } catch (IllegalArgumentException e) {
            err.println("letterpress-beam: " + e.getMessage());
            return 2;
        }
        PipelineResult result;
        try {
            result = run(options);
            result.waitUntilFinish();
        } catch (IllegalArgumentException e) {
            err.println("letterpress-beam: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException invalid) {
                    err.println("letterpress-beam: " + invalid.getMessage());
                    return 2;
                }
            }
            throw e;
        }
        long ok = counter(result, ROWS_OK);
        long failed = counter(result, ROWS_FAILED);
        long skipped = counter(result, ROWS_SKIPPED);
        out.println(ok + " rows made " + counter(result, LETTERS_WRITTEN) + " letters, " + skipped
                + " unchanged rows skipped, " + failed + " rows failed"
                + (failed > 0 ? " (see " + DEAD_LETTERS + "/ in " + options.getOutput() + ")" : "")
                + "; manifest: " + Outputs.resolve(Outputs.folder(options.getOutput()), ManifestFiles.CSV));
        return failed > 0 ? 3 : 0;
    }

    /**
     * A counter's committed value (attempted where the runner does not commit metrics).
     *
     * @param result the finished pipeline
     * @param name   one of the counter names of this class
     * @return the value, 0 when the counter never counted
     */
    public static long counter(PipelineResult result, String name) {
        long total = 0;
        for (MetricResult<Long> counter : result.metrics()
                .queryMetrics(MetricsFilter.builder()
                        .addNameFilter(MetricNameFilter.named(METRICS, name))
                        .build())
                .getCounters()) {
            Long value;
            try {
                value = counter.getCommitted();
            } catch (UnsupportedOperationException e) {
                value = counter.getAttempted();
            }
            total += value == null ? 0 : value;
        }
        return total;
    }

    /** A bad row as one JSON line. */
    static String deadLetter(String source, RowResult entry) {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("source", source);
            g.writeNumberField("line", entry.line());
            g.writeNumberField("row", entry.row());
            g.writeStringField("error", entry.error());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return text.toString();
    }

    /** Plans the rows on one worker: the CSVs in order, checked whole, named and fingerprinted. */
    static final class PlanRows extends DoFn<String, Task> {
        private static final long serialVersionUID = 1L;
        private final Settings settings;
        private final Counter failed = Metrics.counter(METRICS, ROWS_FAILED);

        PlanRows(Settings settings) {
            this.settings = settings;
        }

        @ProcessElement
        public void process(MultiOutputReceiver receiver) throws IOException {
            Worker worker = Worker.of(settings);
            Map<Integer, RowResult> previous = settings.resume() ? previous() : Map.of();
            List<Path> temporaries = new ArrayList<>();
            try {
                List<BatchOptions.Csv> inputs = new ArrayList<>();
                Map<String, String> names = new HashMap<>();
                for (String pattern : settings.applications()) {
                    for (Outputs.Local file : Outputs.localFiles(pattern, temporaries)) {
                        inputs.add(worker.input(file.path()));
                        names.put(file.path().toString(), file.name());
                    }
                }
                try (RowPlan plan = RowPlan.open(inputs, worker.letters())) {
                    while (plan.hasNext()) {
                        RowPlan.Row row = plan.next();
                        String source = names.getOrDefault(row.source(), row.source());
                        if (row.request() == null) {
                            RowResult entry = row.make(worker.letters(), (name, bytes) -> {
                                throw new IllegalStateException("a row with errors writes nothing");
                            });
                            failed.inc();
                            receiver.get(ENTRIES).output(ManifestFiles.toJsonLine(entry));
                            receiver.get(DEAD).output(deadLetter(source, entry));
                        } else {
                            RowResult before = previous.get(row.row());
                            String earlier =
                                    before != null && row.sameInputs(before) ? ManifestFiles.toJsonLine(before) : null;
                            receiver.get(TASKS).output(Task.of(row, source, earlier));
                        }
                    }
                }
            } finally {
                for (Path file : temporaries) {
                    Files.deleteIfExists(file);
                }
            }
        }

        private Map<Integer, RowResult> previous() throws IOException {
            byte[] json = Outputs.readIfExists(Outputs.resolve(Outputs.folder(settings.output()), ManifestFiles.JSON));
            return json == null ? Map.of() : ManifestFiles.readJson(new java.io.ByteArrayInputStream(json));
        }
    }

    /** Makes the rows on the workers: the local batch's per-row work, each letter written then renamed. */
    static final class MakeLetters extends DoFn<KV<Integer, Iterable<Task>>, String> {
        private static final long serialVersionUID = 1L;
        private final Settings settings;
        private final Counter written = Metrics.counter(METRICS, LETTERS_WRITTEN);
        private final Counter ok = Metrics.counter(METRICS, ROWS_OK);
        private final Counter failed = Metrics.counter(METRICS, ROWS_FAILED);
        private final Counter skipped = Metrics.counter(METRICS, ROWS_SKIPPED);
        private transient Worker worker;
        private transient ResourceId out;

        MakeLetters(Settings settings) {
            this.settings = settings;
        }

        @Setup
        public void setUp() {
            worker = Worker.of(settings);
            out = Outputs.folder(settings.output());
        }

        @ProcessElement
        public void process(@Element KV<Integer, Iterable<Task>> group, MultiOutputReceiver receiver)
                throws IOException {
            for (Task task : group.getValue()) {
                make(task, receiver);
            }
        }

        private void make(Task task, MultiOutputReceiver receiver) throws IOException {
            Candidate profile = worker.candidate(task.candidateId());
            if (profile == null) {
                throw new IllegalStateException("candidate " + task.candidateId() + " was planned but not loaded");
            }
            RowPlan.Row row = task.row(profile);
            if (task.previous() != null) {
                RowResult before = ManifestFiles.fromJsonLine(task.previous());
                if (Outputs.allExist(before.files().stream()
                        .map(f -> Outputs.resolve(out, f))
                        .toList())) {
                    skipped.inc();
                    receiver.get(ENTRIES).output(ManifestFiles.toJsonLine(row.skipped(before)));
                    return;
                }
            }
            RowResult entry = row.make(worker.letters(), (name, bytes) -> {
                Outputs.write(Outputs.resolve(out, name), bytes);
                written.inc();
            });
            receiver.get(ENTRIES).output(ManifestFiles.toJsonLine(entry));
            if (entry.status() == RowResult.Status.FAILED) {
                failed.inc();
                receiver.get(DEAD).output(deadLetter(task.source(), entry));
            } else {
                ok.inc();
            }
        }
    }

    /** Writes manifest.csv and manifest.json from all the entries, in row order, each through a rename. */
    static final class MergeManifest extends DoFn<KV<String, Iterable<String>>, Void> {
        private static final long serialVersionUID = 1L;
        private final String output;

        MergeManifest(String output) {
            this.output = output;
        }

        @ProcessElement
        public void process(@Element KV<String, Iterable<String>> all) throws IOException {
            List<RowResult> entries = new ArrayList<>();
            for (String line : all.getValue()) {
                entries.add(ManifestFiles.fromJsonLine(line));
            }
            entries.sort(Comparator.comparingInt(RowResult::row));
            ResourceId out = Outputs.folder(output);
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            ManifestFiles.writeCsv(entries, csv);
            Outputs.write(Outputs.resolve(out, ManifestFiles.CSV), csv.toByteArray());
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            ManifestFiles.writeJson(entries, json);
            Outputs.write(Outputs.resolve(out, ManifestFiles.JSON), json.toByteArray());
        }
    }
}
