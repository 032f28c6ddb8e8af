package dev.letterpress.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.letterpress.batch.BatchOptions;
import dev.letterpress.batch.LetterMaker;
import dev.letterpress.batch.RowPlan;
import dev.letterpress.beam.LetterpressOptions;
import dev.letterpress.beam.LetterpressPipeline;
import dev.letterpress.compose.Composer;
import dev.letterpress.model.Profiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * The same rows through the local batch and through the Beam pipeline on the DirectRunner, each
 * in a fresh child JVM with the same heap and two worker threads: letters per second, CPU per row
 * and peak resident memory of each, and the ratio. {@link Suite} runs it (10,000 rows; 200 with
 * {@code --quick}); its {@link #main} is the Beam child.
 *
 * <pre>
 * java -Xmx512m -cp CLASSPATH dev.letterpress.benchmarks.BeamBenchmark APPLICATIONS.csv OUT THREADS
 * </pre>
 */
public final class BeamBenchmark {
    /** The heap of both children: the DirectRunner keeps a bundle's elements in memory. */
    static final String HEAP = "-Xmx512m";

    private BeamBenchmark() {}

    /**
     * Runs both and adds their entries ({@code localBatchN}, {@code beamDirectRunnerN}, kind
     * {@code beam}) to the results and the ratios to the facts.
     *
     * @param samples where the sample data is
     * @param target  the benchmarks' output folder
     * @param quick   200 rows instead of 10,000
     * @param results the suite's results
     * @param facts   the suite's facts
     * @throws IOException          when a child fails
     * @throws InterruptedException when interrupted while waiting for a child
     */
    static void run(
            Samples samples, Path target, boolean quick, List<Map<String, Object>> results, Map<String, Double> facts)
            throws IOException, InterruptedException {
        int rows = quick ? 200 : 10_000;
        int threads = 2;
        Path dir = target.resolve("beam");
        Path csv = dir.resolve("applications-" + rows + ".csv");
        if (!Files.exists(csv)) {
            Applications.write(samples, csv, rows);
        }
        Map<String, Map<String, Object>> measured = new LinkedHashMap<>();
        for (Class<?> child : List.of(BatchRun.class, BeamBenchmark.class)) {
            String name = (child == BatchRun.class ? "localBatch" : "beamDirectRunner") + rows;
            Path out = dir.resolve("out-" + name);
            deleteTree(out);
            System.err.printf(Locale.ROOT, "%s: %,d rows, %d threads, %s%n", name, rows, threads, HEAP);
            Map<String, Object> m = child(samples, child, csv, out, threads);
            deleteTree(out);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name);
            entry.put("kind", "beam");
            entry.put("threads", threads);
            entry.put("score", m.get("lettersPerSecond"));
            entry.put("unit", "letters/s");
            entry.put("scoreError", null);
            entry.put("msPerLetter", threads * 1000.0 / number(m, "lettersPerSecond"));
            entry.put("cpuMsPerLetter", m.get("cpuMsPerRow"));
            entry.put("peakMemoryMb", m.get("peakRssMb"));
            entry.putAll(m);
            results.add(entry);
            measured.put(child == BatchRun.class ? "local" : "beam", m);
            System.err.printf(
                    Locale.ROOT,
                    "  %.1f letters/s, %.2f ms CPU/row, %.1f s, peak RSS %.0f MB, %s of %s ok%n",
                    number(m, "lettersPerSecond"),
                    number(m, "cpuMsPerRow"),
                    number(m, "seconds"),
                    number(m, "peakRssMb"),
                    m.get("ok"),
                    m.get("rows"));
        }
        facts.put("beamPlanMicrosPerRow", planMicrosPerRow(samples, csv));
        System.err.printf(
                Locale.ROOT,
                "  planning (one thread, in this JVM): %.1f µs per row%n",
                facts.get("beamPlanMicrosPerRow"));
        Map<String, Object> local = measured.get("local");
        Map<String, Object> beam = measured.get("beam");
        facts.put(
                "beamOverLocalLettersPerSecond", number(beam, "lettersPerSecond") / number(local, "lettersPerSecond"));
        facts.put("beamOverLocalCpuPerRow", number(beam, "cpuMsPerRow") / number(local, "cpuMsPerRow"));
        facts.put("beamOverLocalPeakRss", number(beam, "peakRssMb") / number(local, "peakRssMb"));
        System.err.printf(
                Locale.ROOT,
                "  DirectRunner / local batch: %.2f× the letters/s, %.2f× the CPU per row, %.2f× the peak RSS%n",
                facts.get("beamOverLocalLettersPerSecond"),
                facts.get("beamOverLocalCpuPerRow"),
                facts.get("beamOverLocalPeakRss"));
    }

    /**
     * The pipeline's one serial step, timed in this JVM: reading, checking, naming and
     * fingerprinting every row ({@link RowPlan}), as its planning worker does; the better of three
     * passes.
     */
    private static double planMicrosPerRow(Samples samples, Path csv) {
        LetterMaker letters = LetterMaker.builder()
                .brand(Profiles.readBrand(samples.brandFile()))
                .composer(Composer.builder().date(Samples.DATE).build())
                .build();
        BatchOptions.Csv input = new BatchOptions.Csv(csv, ',', samples.candidatesFolder(), null, null);
        double best = Double.MAX_VALUE;
        for (int pass = 0; pass < 3; pass++) {
            long started = System.nanoTime();
            int rows = 0;
            try (RowPlan plan = RowPlan.open(List.of(input), letters)) {
                for (; plan.hasNext(); plan.next()) {
                    rows++;
                }
            }
            best = Math.min(best, (System.nanoTime() - started) / 1e3 / rows);
        }
        return best;
    }

    /**
     * The Beam child: runs the pipeline once on the DirectRunner and prints one JSON line, with the
     * same keys as {@link BatchRun}'s.
     *
     * @param args the applications CSV, the output folder and the number of threads
     * @throws Exception when the pipeline cannot run
     */
    public static void main(String[] args) throws Exception {
        int threads = BatchRun.threads(args, "BeamBenchmark");
        Samples samples = Samples.find();
        LetterpressOptions options = PipelineOptionsFactory.fromArgs(
                        "--runner=DirectRunner",
                        "--targetParallelism=" + threads,
                        "--applications=" + args[0],
                        "--candidates=" + samples.candidatesFolder(),
                        "--brand=" + samples.brandFile(),
                        "--date=" + Samples.DATE,
                        "--output=" + args[1])
                .as(LetterpressOptions.class);
        Memory.HeapSampler heap = Memory.sampleHeap();
        long started = System.nanoTime();
        PipelineResult result = LetterpressPipeline.run(options);
        result.waitUntilFinish();
        long ok = LetterpressPipeline.counter(result, LetterpressPipeline.ROWS_OK);
        long failed = LetterpressPipeline.counter(result, LetterpressPipeline.ROWS_FAILED);
        long rows = ok + failed + LetterpressPipeline.counter(result, LetterpressPipeline.ROWS_SKIPPED);
        Map<String, Object> line = BatchRun.measured(
                started,
                heap,
                rows,
                ok,
                failed,
                threads,
                LetterpressPipeline.counter(result, LetterpressPipeline.LETTERS_WRITTEN));
        System.out.println(new ObjectMapper().writeValueAsString(line));
    }

    @SuppressWarnings("unchecked") // Jackson reads a JSON object as a map
    private static Map<String, Object> child(Samples samples, Class<?> main, Path csv, Path out, int threads)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = out.resolveSibling(out.getFileName() + ".log");
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                HEAP,
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-Dletterpress.root=" + samples.root(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName(),
                csv.toString(),
                out.toString(),
                Integer.toString(threads)));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(main.getSimpleName() + " did not finish in an hour; see " + log);
        }
        List<String> lines = Files.readAllLines(log);
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        if (process.exitValue() != 0 || !last.startsWith("{")) {
            throw new IOException(main.getSimpleName() + " failed (exit " + process.exitValue() + "); see " + log);
        }
        return new ObjectMapper().readValue(last, Map.class);
    }

    private static double percent(Map<String, Object> beam, Map<String, Object> local, String key) {
        return 100 * number(beam, key) / number(local, key);
    }

    private static double number(Map<String, Object> measured, String key) {
        return ((Number) measured.get(key)).doubleValue();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
