package dev.letterpress.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and writes {@code results.json} and {@code results.md}: the JMH benchmarks
 * of each stage beside their baselines at 1 and 2 threads, LibreOffice's DOCX-to-PDF conversion
 * where {@code soffice} is installed, the PDF sizes, and the whole batch in child JVMs with
 * {@code -Xmx256m}. {@code benchmarks/run.sh} builds the project and starts this.
 *
 * <pre>
 * java -cp CLASSPATH dev.letterpress.benchmarks.Suite [--quick] [--scale] [--target DIR] [--skip jmh,libreoffice,batch,beam]
 *                                               [--batch ROWSxTHREADS,...]
 * </pre>
 *
 * <p>{@code --quick} runs short iterations and small batches (1–2 minutes); {@code --scale} adds the
 * 10,000- and 100,000-row batches that show memory staying flat (about 10 more minutes on two free
 * cores); {@code --batch 5000x1,5000x2} runs exactly these batches instead of the default ones.
 */
public final class Suite {
    private static final String LOG4J =
            "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory";
    private static final int[] THREADS = {1, 2};

    private final boolean quick;
    private final boolean scale;
    private final Path target;
    private final List<String> skip;
    private final List<String> batches;
    private final Samples samples;
    private final List<Map<String, Object>> results = new ArrayList<>();
    private final Map<String, Double> facts = new LinkedHashMap<>();

    private Suite(boolean quick, boolean scale, Path target, List<String> skip, List<String> batches, Samples samples) {
        this.quick = quick;
        this.scale = scale;
        this.target = target;
        this.skip = skip;
        this.batches = batches;
        this.samples = samples;
    }

    /**
     * Runs the suite.
     *
     * @param args {@code --quick}, {@code --scale}, {@code --target DIR}, {@code --skip jmh,libreoffice,batch,beam}
     * @throws Exception when a benchmark fails
     */
    public static void main(String[] args) throws Exception {
        boolean quick = false;
        boolean scale = false;
        Path target = null;
        List<String> skip = List.of();
        List<String> batches = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--scale" -> scale = true;
                case "--target" -> target = Path.of(args[++i]);
                case "--skip" -> skip = List.of(args[++i].split(","));
                case "--batch" -> batches = List.of(args[++i].split(","));
                default -> {
                    System.err.println(
                            "unknown option " + args[i]
                                    + "; use --quick, --scale, --target DIR, --skip jmh,libreoffice,batch,beam, --batch ROWSxTHREADS,...");
                    System.exit(2);
                }
            }
        }
        Samples samples = Samples.find();
        if (target == null) {
            target = samples.root().resolve("benchmarks/target");
        }
        new Suite(quick, scale, target.toAbsolutePath(), skip, batches, samples).run();
    }

    private void run() throws IOException, RunnerException, InterruptedException {
        Files.createDirectories(target);
        Map<String, Object> machine = Machine.facts();
        log("machine: " + machine);
        Map<String, Long> sizes = outputs();
        if (!skip.contains("jmh")) {
            for (int threads : THREADS) {
                jmh(threads, sizes);
            }
        }
        if (!skip.contains("libreoffice")) {
            libreOffice();
        }
        if (!skip.contains("batch")) {
            batches();
        }
        if (!skip.contains("beam")) {
            BeamBenchmark.run(samples, target, quick, results, facts);
        }
        if (!skip.contains("web")) {
            facts.putAll(WebBenchmark.measure(samples, target.resolve("web"), quick));
        }
        List<Map<String, Object>> targets = Targets.evaluate(results, facts);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("mode", quick ? "quick" : "full");
        report.put("machine", machine);
        report.put("benchmarks", results);
        report.put("facts", facts);
        report.put("targets", targets);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        json.writeValue(target.resolve("results.json").toFile(), report);
        String table = Report.markdown(machine, results, facts, targets, quick);
        Files.writeString(target.resolve("results.md"), table, StandardCharsets.UTF_8);
        System.out.println(table);
        log("wrote " + target.resolve("results.json") + " and " + target.resolve("results.md"));
    }

    /** Makes one of each output, keeps them in target/samples for a look, and returns bytes per letter. */
    private Map<String, Long> outputs() throws IOException {
        Fixture f = new Fixture();
        f.setUp();
        PoiTlLetter poiTl = new PoiTlLetter(f.letters[0], f.brand, f.logo);
        OpenPdfLetter openPdf = new OpenPdfLetter(f.brand, f.logo);
        Map<String, Long> totals = new LinkedHashMap<>();
        Path dir = target.resolve("samples");
        Files.createDirectories(dir);
        for (int i = 0; i < f.letters.length; i++) {
            Map<String, byte[]> made = new LinkedHashMap<>();
            made.put("renderDocx", f.letterpress.render(f.letters[i], "docx"));
            made.put("renderPdf", f.letterpress.render(f.letters[i], "pdf"));
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            poiTl.check(f.letters[i]);
            poiTl.write(f.letters[i], buffer);
            made.put("poiTlDocx", buffer.toByteArray());
            buffer = new ByteArrayOutputStream();
            PoiLetter.write(f.letters[i], f.brand, f.logo, buffer);
            made.put("poiDocx", buffer.toByteArray());
            buffer = new ByteArrayOutputStream();
            openPdf.write(f.letters[i], buffer);
            made.put("openPdf", buffer.toByteArray());
            for (Map.Entry<String, byte[]> e : made.entrySet()) {
                totals.merge(e.getKey(), Long.valueOf(e.getValue().length), Long::sum);
                if (i == 0) {
                    String extension = e.getKey().endsWith("Pdf") ? ".pdf" : ".docx";
                    Files.write(dir.resolve(e.getKey() + extension), e.getValue());
                }
            }
        }
        Map<String, Long> sizes = new LinkedHashMap<>();
        totals.forEach((k, v) -> sizes.put(k, v / f.letters.length));
        sizes.put("composeAndRender", sizes.get("renderDocx") + sizes.get("renderPdf"));
        sizes.put("ioFloor", Files.size(dir.resolve("renderDocx.docx")) + Files.size(dir.resolve("renderPdf.pdf")));
        facts.put("ourPdfPages", (double) pages(dir.resolve("renderPdf.pdf")));
        facts.put("openPdfPages", (double) pages(dir.resolve("openPdf.pdf")));
        facts.put("ourPdfBytes", (double) Files.size(dir.resolve("renderPdf.pdf")));
        facts.put("openPdfBytes", (double) Files.size(dir.resolve("openPdf.pdf")));
        facts.put("letterWords", (double) f.letters[0].toPlainText().split("\\s+").length);
        log("bytes per letter: " + sizes + "; pages of our PDF: "
                + facts.get("ourPdfPages").intValue());
        return sizes;
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    private void jmh(int threads, Map<String, Long> sizes) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("dev\\.letterpress\\.benchmarks\\.(Stage|Baseline)Benchmarks\\..*")
                .threads(threads)
                .forks(1)
                .warmupIterations(quick ? 1 : 2)
                .warmupTime(quick ? TimeValue.milliseconds(500) : TimeValue.seconds(2))
                .measurementIterations(quick ? 1 : 4)
                .measurementTime(quick ? TimeValue.seconds(1) : TimeValue.seconds(2))
                .addProfiler(GCProfiler.class)
                .addProfiler(CostProfiler.class)
                .jvmArgsAppend("-Xms1g", "-Xmx1g", LOG4J, "-Dletterpress.root=" + samples.root())
                .shouldFailOnError(true)
                .output(target.resolve("jmh-" + threads + "-thread" + (threads == 1 ? "" : "s") + ".log")
                        .toString());
        log("JMH, " + threads + " thread(s): 11 benchmarks, one fork each (log in " + target + ")");
        for (RunResult r : new Runner(options.build()).run()) {
            String name = r.getParams().getBenchmark();
            String method = name.substring(name.lastIndexOf('.') + 1);
            double score = r.getPrimaryResult().getScore();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", method);
            entry.put("kind", name.contains("Baseline") ? "baseline" : "letterpress");
            entry.put("threads", threads);
            entry.put("score", score);
            entry.put("unit", "ops/s");
            entry.put("scoreError", finite(r.getPrimaryResult().getScoreError()));
            entry.put("msPerLetter", threads * 1000.0 / score);
            entry.put("cpuMsPerLetter", secondary(r, CostProfiler.CPU));
            entry.put("bytesPerLetter", sizes.get(method));
            entry.put("allocBytesPerOp", secondary(r, "gc.alloc.rate.norm"));
            entry.put("peakMemoryMb", secondary(r, CostProfiler.PEAK_RSS));
            results.add(entry);
            log(String.format(
                    Locale.ROOT,
                    "  %-18s %d thread(s): %10.1f ops/s  %.3f ms/letter  %.3f ms CPU/letter",
                    method,
                    threads,
                    score,
                    threads * 1000.0 / score,
                    (Double) entry.get("cpuMsPerLetter")));
        }
    }

    private static Double secondary(RunResult r, String suffix) {
        for (String key : r.getSecondaryResults().keySet()) {
            if (key.endsWith(suffix)) {
                return finite(r.getSecondaryResults().get(key).getScore());
            }
        }
        return null;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private void libreOffice() throws IOException {
        Path dir = target.resolve("libreoffice");
        deleteTree(dir);
        Optional<LibreOffice> found = LibreOffice.find(dir.resolve("profile"));
        if (found.isEmpty()) {
            log("soffice is not on the PATH: the LibreOffice comparison is left out");
            return;
        }
        LibreOffice soffice = found.get();
        Fixture f = new Fixture();
        f.setUp();
        int count = quick ? 10 : 50;
        List<Path> docx = new ArrayList<>();
        Path in = Files.createDirectories(dir.resolve("docx"));
        for (int i = 0; i < count; i++) {
            Path file = in.resolve(String.format(Locale.ROOT, "letter-%02d.docx", i));
            Files.write(file, f.letterpress.render(f.letters[i % f.letters.length], "docx"));
            docx.add(file);
        }
        log("LibreOffice: first start (makes its profile)");
        soffice.convert(List.of(docx.get(0)), dir.resolve("warm-up"));
        long single =
                soffice.convert(List.of(docx.get(0)), dir.resolve("single")).wallMillis();
        log("LibreOffice: converting " + count + " DOCX in one process");
        LibreOffice.Cost cost = soffice.convert(docx, dir.resolve("pdf"));
        long batch = cost.wallMillis();
        Path theirs = LibreOffice.pdfOf(docx.get(0), dir.resolve("pdf"));
        facts.put("libreOfficePdfBytes", (double) Files.size(theirs));
        facts.put("libreOfficePdfPages", (double) pages(theirs));
        facts.put("libreOfficeSingleMs", (double) single);
        Files.copy(
                theirs, target.resolve("samples/libreOffice.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", "libreOfficeDocxToPdf");
        entry.put("kind", "baseline");
        entry.put("threads", 1);
        entry.put("score", count * 1000.0 / batch);
        entry.put("unit", "ops/s");
        entry.put("scoreError", null);
        entry.put("msPerLetter", batch / (double) count);
        entry.put("cpuMsPerLetter", cost.cpuMillis() < 0 ? null : cost.cpuMillis() / (double) count);
        entry.put("bytesPerLetter", Files.size(theirs));
        entry.put("documents", count);
        entry.put("singleFileMs", single);
        results.add(entry);
        log(String.format(
                Locale.ROOT,
                "LibreOffice: %.1f ms per document in a batch of %d, %d ms for one file",
                batch / (double) count,
                count,
                single));
    }

    private void batches() throws IOException, InterruptedException {
        List<int[]> runs = new ArrayList<>();
        for (String run : batches) {
            String[] parts = run.split("x");
            runs.add(new int[] {Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 2});
        }
        if (!runs.isEmpty()) {
            log("batches as asked: " + batches);
        } else if (quick) {
            runs.add(new int[] {100, 1});
            runs.add(new int[] {100, 2});
            runs.add(new int[] {500, 2});
        } else {
            runs.add(new int[] {5000, 1});
            runs.add(new int[] {5000, 2});
            runs.add(new int[] {50000, 2});
        }
        if (scale) {
            runs.add(new int[] {10000, 2});
            runs.add(new int[] {100000, 2});
        }
        Path dir = target.resolve("batch");
        for (int[] run : runs) {
            int rows = run[0];
            int threads = run[1];
            Path csv = dir.resolve("applications-" + rows + ".csv");
            if (!Files.exists(csv)) {
                Applications.write(samples, csv, rows);
            }
            Path out = dir.resolve("out-" + rows + "-" + threads);
            deleteTree(out);
            log(String.format(Locale.ROOT, "batch: %,d rows, %d thread(s), -Xmx256m", rows, threads));
            Map<String, Object> measured = child(csv, out, threads);
            deleteTree(out);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", "batch" + rows);
            entry.put("kind", "batch");
            entry.put("threads", threads);
            entry.put("score", measured.get("lettersPerSecond"));
            entry.put("unit", "letters/s");
            entry.put("scoreError", null);
            entry.put("msPerLetter", threads * 1000.0 / ((Number) measured.get("lettersPerSecond")).doubleValue());
            long ok = ((Number) measured.get("ok")).longValue();
            entry.put("cpuMsPerLetter", measured.get("cpuMsPerRow"));
            entry.put("bytesPerLetter", ok == 0 ? null : ((Number) measured.get("bytes")).longValue() / ok);
            entry.put("peakMemoryMb", measured.get("peakRssMb"));
            entry.putAll(measured);
            results.add(entry);
            log(String.format(
                    Locale.ROOT,
                    "  %.1f letters/s, %.1f ms CPU/row, %.1f MB/s written, peak heap %.0f MB, peak RSS %.0f MB,"
                            + " %s of %s ok",
                    number(measured, "lettersPerSecond"),
                    number(measured, "cpuMsPerRow"),
                    number(measured, "mbWrittenPerSecond"),
                    number(measured, "peakHeapMb"),
                    number(measured, "peakRssMb"),
                    measured.get("ok"),
                    measured.get("rows")));
        }
    }

    @SuppressWarnings("unchecked") // Jackson reads a JSON object as a map
    private Map<String, Object> child(Path csv, Path out, int threads) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = out.resolveSibling(out.getFileName() + ".log");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-Xmx256m",
                        LOG4J,
                        "-Dletterpress.root=" + samples.root(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        BatchRun.class.getName(),
                        csv.toString(),
                        out.toString(),
                        Integer.toString(threads))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("the batch did not finish in an hour; see " + log);
        }
        List<String> lines = Files.readAllLines(log);
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        if (process.exitValue() != 0 || !last.startsWith("{")) {
            throw new IOException("the batch failed (exit " + process.exitValue() + "); see " + log);
        }
        return new ObjectMapper().readValue(last, Map.class);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void log(String line) {
        System.err.println("[" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + line);
    }

    /** A measured figure for a {@code %f} format, whatever number type it was stored as; null when absent. */
    private static Double number(Map<String, Object> measured, String key) {
        Object value = measured.get(key);
        return value == null ? null : ((Number) value).doubleValue();
    }
}
