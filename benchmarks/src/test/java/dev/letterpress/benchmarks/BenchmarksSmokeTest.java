package dev.letterpress.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Block;
import dev.letterpress.model.Letter;
import dev.letterpress.review.DocxText;
import dev.letterpress.review.PdfText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The benchmarks' smoke test, the only part of the module that runs in {@code mvn verify}: every
 * JMH benchmark runs one short iteration in this JVM, every baseline makes the same letter as
 * Letterpress, and the batch input is what the batch benchmark needs. Timings are not checked.
 */
class BenchmarksSmokeTest {

    @Test
    void everyBenchmarkRunsOneIteration() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                        .include("dev\\.letterpress\\.benchmarks\\.(Stage|Baseline)Benchmarks\\..*")
                        .forks(0)
                        .threads(1)
                        .warmupIterations(0)
                        .measurementIterations(1)
                        .measurementTime(TimeValue.milliseconds(100))
                        .shouldFailOnError(true)
                        .verbosity(VerboseMode.SILENT)
                        .build())
                .run();

        Map<String, Double> scores = results.stream()
                .collect(Collectors.toMap(
                        r -> method(r.getParams().getBenchmark()),
                        r -> r.getPrimaryResult().getScore()));
        assertThat(scores)
                .containsOnlyKeys(
                        "compose",
                        "factCheck",
                        "composition",
                        "renderDocx",
                        "renderPdf",
                        "review",
                        "composeAndRender",
                        "poiTlDocx",
                        "poiDocx",
                        "openPdf",
                        "ioFloor");
        assertThat(scores.values()).allSatisfy(score -> assertThat(score).isPositive());
    }

    private static String method(String benchmark) {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    @Test
    void everyBaselineMakesTheSameLetterAsLetterpress(@TempDir Path dir) throws IOException {
        Fixture f = new Fixture();
        f.setUp();
        Letter letter = f.letters[3];
        PoiTlLetter poiTl = new PoiTlLetter(f.letters[0], f.brand, f.logo);
        poiTl.check(letter);
        ByteArrayOutputStream poiTlDocx = new ByteArrayOutputStream();
        poiTl.write(letter, poiTlDocx);
        ByteArrayOutputStream poiDocx = new ByteArrayOutputStream();
        PoiLetter.write(letter, f.brand, f.logo, poiDocx);
        ByteArrayOutputStream openPdf = new ByteArrayOutputStream();
        new OpenPdfLetter(f.brand, f.logo).write(letter, openPdf);
        Files.write(dir.resolve("letter.pdf"), openPdf.toByteArray());

        List<String> expected = paragraphs(letter);
        assertThat(expected).contains(letter.recipient().company(), "Dear " + f.jobs[3].hiringManager() + ",");
        for (String text : List.of(
                DocxText.extract(new ByteArrayInputStream(f.letterpress.render(letter, "docx")), "letterpress.docx"),
                DocxText.extract(new ByteArrayInputStream(poiTlDocx.toByteArray()), "poi-tl.docx"),
                DocxText.extract(new ByteArrayInputStream(poiDocx.toByteArray()), "poi.docx"),
                PdfText.extract(new ByteArrayInputStream(f.letterpress.render(letter, "pdf")), "letterpress.pdf"),
                PdfText.read(dir.resolve("letter.pdf")).text())) {
            String squeezed = squeeze(text);
            assertThat(expected).allSatisfy(p -> assertThat(squeezed).contains(squeeze(p)));
        }
        assertThat(PdfText.read(dir.resolve("letter.pdf")).pages()).isEqualTo(1);
    }

    /** The letter's own texts: sender, recipient, subject, salutation, every block, closing. */
    private static List<String> paragraphs(Letter letter) {
        List<String> texts = new ArrayList<>(List.of(
                letter.sender().name(),
                letter.recipient().company(),
                letter.subject(),
                letter.salutation(),
                letter.closing()));
        for (Block block : letter.blocks()) {
            if (block instanceof Block.Heading h) {
                texts.add(h.text());
            } else if (block instanceof Block.Paragraph p) {
                texts.add(Letter.runs(p.runs()));
            } else {
                ((Block.BulletList) block).items().forEach(i -> texts.add(Letter.runs(i.runs())));
            }
        }
        return texts;
    }

    /** Text without any white space, so line breaks in PDFs do not matter. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void applicationsCycleTheCohortWithADifferentCompanyOnEveryRow(@TempDir Path dir) throws IOException {
        Samples samples = Samples.find();
        Path csv = dir.resolve("applications.csv");

        Applications.write(samples, csv, 300);

        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(
                csv,
                java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            rows = parser.getRecords();
        }
        assertThat(rows).hasSize(300);
        assertThat(rows.stream().map(r -> r.get("candidate")).distinct()).hasSize(12);
        assertThat(rows.stream()
                        .map(r -> r.get("candidate") + "|" + r.get("company") + "|" + r.get("title"))
                        .distinct())
                .hasSize(300);
        assertThat(rows.get(0).get("company")).isEqualTo("Northwind Payments");
        assertThat(rows.get(120).get("company")).isEqualTo("Northwind Payments 2");
    }

    @Test
    void peakMemoryIsReadFromTheOperatingSystemAndTheHeap() {
        Memory.HeapSampler heap = Memory.sampleHeap();
        byte[][] held = new byte[16][];
        for (int i = 0; i < held.length; i++) {
            held[i] = new byte[1 << 20];
        }
        long peak = heap.stop();

        assertThat(peak).isGreaterThanOrEqualTo(16L << 20);
        assertThat(held[15]).hasSize(1 << 20);
        if (Files.isReadable(Path.of("/proc/self/status"))) {
            assertThat(Memory.peakRss()).isGreaterThan(16L << 20);
        }
    }

    @Test
    void targetsCompareCpuTimeWhereBothSidesHaveItElseWallTime() {
        List<Map<String, Object>> results = List.of(
                Map.of("name", "renderDocx", "threads", 1, "msPerLetter", 1.0, "cpuMsPerLetter", 1.5),
                Map.of("name", "poiTlDocx", "threads", 1, "msPerLetter", 5.0, "cpuMsPerLetter", 10.0),
                Map.of("name", "poiDocx", "threads", 1, "msPerLetter", 4.0),
                Map.of("name", "compose", "threads", 1, "msPerLetter", 0.4, "cpuMsPerLetter", 0.6));

        List<Map<String, Object>> targets = Targets.evaluate(results, Map.of());

        assertThat(targets)
                .extracting(t -> t.get("target"), t -> t.get("value"), t -> t.get("met"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DOCX time vs poi-tl (1 thread), CPU time", 0.15, true),
                        org.assertj.core.groups.Tuple.tuple(
                                "DOCX time vs hand-built POI (1 thread), wall time", 0.25, true),
                        org.assertj.core.groups.Tuple.tuple("compose, ms per letter, CPU time (1 thread)", 0.6, false));
    }

    @Test
    void libreOfficeCpuTimeIsReadFromTheShellsTimes() {
        assertThat(LibreOffice.childCpuMillis(List.of("0m0.010000s 0m0.002000s", "0m4.250000s 1m0.500000s")))
                .isEqualTo(64_750);
        assertThat(LibreOffice.childCpuMillis(List.of("nothing"))).isEqualTo(-1);
    }

    @Test
    void linksShowTheirAddressWithoutSchemeOrTrailingSlash() {
        assertThat(Slots.shortUrl("https://www.github.com/ada/")).isEqualTo("github.com/ada");
        assertThat(Slots.shortUrl("http://hamidrezaei.dev")).isEqualTo("hamidrezaei.dev");
    }
}
