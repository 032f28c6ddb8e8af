package dev.letterpress.cli;

import static dev.letterpress.cli.CliRun.run;
import static dev.letterpress.cli.CliRun.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during {@code letterpress batch}, in a real process: the rows in flight finish, the
 * manifest lists the rows done, the exit code is 130, and {@code --resume} finishes the run. The
 * timeout only guards against a hang.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CtrlCTest {
    @TempDir
    Path dir;

    @Test
    void ctrlCStopsTheBatchKeepsAManifestOfTheRowsDoneAndExits130() throws Exception {
        List<String> cohort = Files.readAllLines(Path.of(sample("cohort/applications.csv")));
        StringBuilder csv = new StringBuilder(cohort.get(0)).append('\n');
        for (int i = 0; i < 5; i++) {
            cohort.subList(1, cohort.size()).forEach(line -> csv.append(line).append('\n'));
        }
        int total = 5 * (cohort.size() - 1);
        Path applications = Files.writeString(dir.resolve("apps.csv"), csv);
        Path out = dir.resolve("out");
        String[] args = {
            "batch",
            applications.toString(),
            "--candidates",
            sample("cohort/candidates"),
            "--out",
            out.toString(),
            "--threads",
            "1",
            "--format",
            "pdf",
            "--date",
            "2026-11-29"
        };
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        Path journal = out.resolve(".manifest.jsonl");
        while (process.isAlive() && !(Files.exists(journal) && Files.size(journal) > 0)) {
            Thread.sleep(50);
        }
        assertThat(process.isAlive())
                .as("the batch is still running when Ctrl-C comes")
                .isTrue();

        assertThat(new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                        .start()
                        .waitFor())
                .isZero();

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isEqualTo(130);
        assertThat(err)
                .contains("interrupted: ")
                .contains("Run again with --resume to finish.")
                .doesNotContain("\tat ");
        var rows = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("manifest.json").toFile())
                .get("rows");
        assertThat(rows.size()).isBetween(1, total - 1);
        assertThat(err).contains("interrupted: " + rows.size() + " rows done");

        String[] resume = java.util.Arrays.copyOf(args, args.length + 1);
        resume[args.length] = "--resume";
        CliRun resumed = run(resume);

        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains(rows.size() + " skipped");
        assertThat(Files.readAllLines(out.resolve("manifest.csv"))).hasSize(total + 1);
    }

    @Test
    void aCancelledRunIsReportedWithTheRowsDoneAndNoResult() throws IOException {
        Path csv = Files.writeString(dir.resolve("apps.csv"), "candidate,company,title\nkenji-watanabe,Acme,Dev\n");
        dev.letterpress.batch.Batch batch = dev.letterpress.batch.Batch.builder()
                .applications(csv)
                .candidates(Path.of(sample("cohort/candidates")))
                .composer(dev.letterpress.compose.Composer.builder().build())
                .out(dir.resolve("out"))
                .build();
        batch.cancel(); // what the shutdown hook does on Ctrl-C
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cl = Cli.create();
        cl.setErr(new java.io.PrintWriter(err, true));

        assertThat(CtrlC.run(batch, cl)).isNull();
        assertThat(err.toString())
                .isEqualTo("interrupted: 0 rows done (0 ok, 0 failed); they are in the manifest. Run again"
                        + " with --resume to finish.\n");
    }
}
