package dev.letterpress.beam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.batch.Batch;
import dev.letterpress.batch.BatchResult;
import dev.letterpress.model.Digests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline on the DirectRunner against the local batch. */
class LetterpressPipelineTest {
    private static final Path COHORT =
            Path.of("..", "samples", "cohort").toAbsolutePath().normalize();
    private static final String DATE = "2026-01-15";

    @TempDir
    Path dir;

    private static LetterpressOptions options(Path out, String applications, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--runner=DirectRunner",
                "--applications=" + applications,
                "--candidates=" + COHORT.resolve("candidates"),
                "--brand=" + COHORT.resolve("brand.yaml"),
                "--date=" + DATE,
                "--output=" + out));
        args.addAll(List.of(more));
        return PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).as(LetterpressOptions.class);
    }

    private static PipelineResult run(LetterpressOptions options) {
        PipelineResult result = LetterpressPipeline.run(options);
        result.waitUntilFinish();
        return result;
    }

    private static BatchResult local(LetterpressOptions options, Path csv, Path out, boolean resume) {
        return Batch.builder()
                .letters(Worker.letterMaker(Settings.of(options)))
                .applications(csv)
                .candidates(COHORT.resolve("candidates"))
                .out(out)
                .threads(2)
                .resume(resume)
                .build()
                .run();
    }

    @Test
    void sampleCohortGivesTheLocalBatchsLettersAndManifestsByteForByte() throws IOException {
        Path csv = COHORT.resolve("applications.csv");
        LetterpressOptions options = options(dir.resolve("beam"), csv.toString());

        PipelineResult result = run(options);
        BatchResult local = local(options, csv, dir.resolve("local"), false);

        Map<String, String> letters = tree(dir.resolve("local"));
        assertThat(local.failed()).isZero();
        assertThat(letters).hasSize(local.files() + 2).containsKeys("manifest.csv", "manifest.json");
        assertThat(tree(dir.resolve("beam"))).isEqualTo(letters);
        assertThat(LetterpressPipeline.counter(result, LetterpressPipeline.LETTERS_WRITTEN))
                .isEqualTo(local.files());
        assertThat(LetterpressPipeline.counter(result, LetterpressPipeline.ROWS_OK))
                .isEqualTo(local.ok());
        assertThat(lines(dir.resolve("beam"), LetterpressPipeline.SHARDS)).hasSize(local.rows());
        assertThat(lines(dir.resolve("beam"), LetterpressPipeline.DEAD_LETTERS)).isEmpty();
    }

    @Test
    void badRowsGoToTheDeadLettersWithTheirFileAndLine() throws IOException {
        Path first = dir.resolve("first.csv");
        Files.writeString(
                first,
                "candidate,company,title,required_skills\n"
                        + "zoe-lukasiewicz,Acme,Backend Developer,Python\n"
                        + "zoe-lukasiewicz,,Backend Developer,Python\n");
        Path second = dir.resolve("second.csv");
        Files.writeString(
                second,
                "candidate,company,title,template\n"
                        + "zoe-lukasiewic,Acme,Data Engineer,\n"
                        + "zoe-lukasiewicz,Birch,Backend Developer,experienced\n"
                        + "zoe-lukasiewicz,Cedar,Backend Developer,fancy\n");
        Path out = dir.resolve("out");

        PipelineResult result = run(options(out, first + "," + second, "--format=pdf"));

        assertThat(lines(out, LetterpressPipeline.DEAD_LETTERS))
                .containsExactlyInAnyOrder(
                        "{\"source\":\"" + first + "\",\"line\":3,\"row\":2,\"error\":"
                                + "\"line 3, column \\\"company\\\": must not be empty\"}",
                        "{\"source\":\"" + second + "\",\"line\":2,\"row\":3,\"error\":"
                                + "\"line 2, column \\\"candidate\\\": unknown candidate \\\"zoe-lukasiewic\\\";"
                                + " did you mean \\\"zoe-lukasiewicz\\\"?\"}",
                        "{\"source\":\"" + second + "\",\"line\":4,\"row\":5,\"error\":"
                                + "\"line 4, column \\\"template\\\": unknown template \\\"fancy\\\"; known templates:"
                                + " concise, experienced, frontend-to-backend, junior-to-mid\"}");
        assertThat(LetterpressPipeline.counter(result, LetterpressPipeline.ROWS_FAILED))
                .isEqualTo(3);
        assertThat(LetterpressPipeline.counter(result, LetterpressPipeline.ROWS_OK))
                .isEqualTo(2);
        assertThat(tree(out).keySet())
                .containsExactly(
                        "manifest.csv",
                        "manifest.json",
                        "zoe-lukasiewicz/acme--backend-developer.pdf",
                        "zoe-lukasiewicz/birch--backend-developer.pdf");
        assertThat(Files.readAllLines(out.resolve("manifest.csv")).stream()
                        .skip(1)
                        .map(line ->
                                line.substring(0, line.indexOf(",", line.indexOf(",") + 1)) + " " + line.split(",")[5])
                        .toList())
                .containsExactly("1,2 ok", "2,3 failed", "3,2 failed", "4,3 ok", "5,4 failed");
    }

    @Test
    void aRerunRewritesNothingAndListsTheRowsAsTheLocalBatchDoes() throws IOException {
        Path csv = dir.resolve("apps.csv");
        Files.writeString(
                csv,
                "candidate,company,title,required_skills\n"
                        + "zoe-lukasiewicz,Acme,Backend Developer,Python\n"
                        + "mei-lin,Birch,Backend Engineer,Go\n");
        Path out = dir.resolve("out");
        LetterpressOptions options = options(out, csv.toString());
        run(options);
        Map<String, FileTime> before = mtimes(out);

        PipelineResult rerun = run(options(out, csv.toString()));

        assertThat(LetterpressPipeline.counter(rerun, LetterpressPipeline.LETTERS_WRITTEN))
                .isZero();
        assertThat(LetterpressPipeline.counter(rerun, LetterpressPipeline.ROWS_SKIPPED))
                .isEqualTo(2);
        Map<String, FileTime> after = mtimes(out);
        after.keySet().removeIf(name -> name.startsWith("manifest"));
        before.keySet().removeIf(name -> name.startsWith("manifest"));
        assertThat(after).hasSize(4).isEqualTo(before);
        Path local = dir.resolve("local");
        local(options, csv, local, true);
        local(options, csv, local, true);
        assertThat(Files.readString(out.resolve("manifest.json")))
                .contains("\"status\" : \"skipped\"")
                .isEqualTo(Files.readString(local.resolve("manifest.json")));
        assertThat(Files.readString(out.resolve("manifest.csv")))
                .isEqualTo(Files.readString(local.resolve("manifest.csv")));
    }

    /** Every file but the dot files, the shards and the dead letters, by relative name: its SHA-256. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (!name.startsWith(".")
                        && !name.startsWith(LetterpressPipeline.SHARDS)
                        && !name.startsWith(LetterpressPipeline.DEAD_LETTERS)) {
                    files.put(name, Digests.sha256Hex(Files.readAllBytes(p)));
                }
            }
        }
        return files;
    }

    private static Map<String, FileTime> mtimes(Path root) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (!name.startsWith(LetterpressPipeline.SHARDS)
                        && !name.startsWith(LetterpressPipeline.DEAD_LETTERS)) {
                    times.put(name, Files.getLastModifiedTime(p));
                }
            }
        }
        return times;
    }

    /** The lines of the JSON-lines files in a folder of the output. */
    private static List<String> lines(Path out, String folder) throws IOException {
        List<String> lines = new ArrayList<>();
        Path dir = out.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return lines;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jsonl"))
                    .toList()) {
                lines.addAll(Files.readAllLines(file));
            }
        }
        return lines;
    }
}
