package dev.letterpress.cli;

import static dev.letterpress.cli.CliRun.run;
import static dev.letterpress.cli.CliRun.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.batch.OutputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Scripts can tell bad data, a low score, a full disk, an interrupt and a bug apart. */
class ExitCodesTest {
    @TempDir
    Path dir;

    @Test
    void helpListsEveryExitCode() {
        CliRun help = run("--help");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("""
                Exit codes:
                  0     all done
                  2     usage or input error before any work
                  3     finished, but some rows failed (batch)
                  4     the score is below --min-score (review)
                  70    internal error: a bug in Letterpress
                  74    I/O error, such as a full disk
                  130   interrupted (Ctrl-C); --resume finishes the run
                """);
    }

    private static int handle(Exception e, StringWriter err) throws Exception {
        CommandLine cli = Cli.create(Map.of(), Clock.systemUTC());
        cli.setErr(new PrintWriter(err, true));
        return cli.getExecutionExceptionHandler().handleExecutionException(e, cli, null);
    }

    @Test
    void givesFullDiskInterruptAndBugTheirOwnCodes() throws Exception {
        StringWriter disk = new StringWriter();
        assertThat(handle(
                        new OutputException(
                                "cannot write out/a.pdf: No space left on device",
                                new IOException("No space left on device")),
                        disk))
                .isEqualTo(74);
        assertThat(disk)
                .hasToString("error: cannot write out/a.pdf: No space left on device\n"
                        + "The letters written so far are complete; run again with --resume to finish.\n");

        StringWriter interrupted = new StringWriter();
        assertThat(handle(new ClosedByInterruptException(), interrupted)).isEqualTo(130);
        assertThat(interrupted).hasToString("interrupted\n");

        StringWriter bug = new StringWriter();
        assertThat(handle(new IllegalStateException("boom"), bug)).isEqualTo(70);
        assertThat(bug)
                .hasToString("internal error: java.lang.IllegalStateException: boom\n"
                        + "This is a bug in Letterpress. Run again with --verbose for details and please report it.\n");
    }

    @Test
    void hugeYearsInAProfileIsALocatedInputError() throws IOException {
        Path ada = Files.writeString(
                dir.resolve("ada.yaml"), "id: ada\nname: Ada\nyearsExperience: 1e999\n", StandardCharsets.UTF_8);

        CliRun run = run(
                "generate",
                "--candidate",
                ada.toString(),
                "--job",
                sample("jobs/brightwave-health-backend-engineer.yaml"),
                "--out",
                dir.resolve("out").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + ada + " 3:18 yearsExperience: must be at most 60 (was 1e999)\n");
    }

    @Test
    void generatePrintsTheReviewCommandThatReproducesItsScore() {
        CliRun generate = run(
                "generate",
                "--candidate",
                sample("cohort/candidates/kenji-watanabe.yaml"),
                "--job",
                sample("jobs/brightwave-health-backend-engineer.yaml"),
                "--format",
                "docx",
                "--out",
                dir.resolve("my out").toString(),
                "--date",
                "2026-11-29");
        assertThat(generate.exit()).as(generate.err()).isZero();

        Matcher score = Pattern.compile("Review: (\\d+)/100").matcher(generate.out());
        Matcher command = Pattern.compile("For suggestions run: letterpress review '([^']+)' --job (\\S+)\n")
                .matcher(generate.out());
        assertThat(score.find()).as(generate.out()).isTrue();
        assertThat(command.find()).as(generate.out()).isTrue();
        assertThat(command.group(1))
                .isEqualTo(dir.resolve("my out/kenji-watanabe/brightwave-health--backend-engineer.docx")
                        .toString());
        assertThat(command.group(2)).isEqualTo(sample("jobs/brightwave-health-backend-engineer.yaml"));

        CliRun review = run("review", command.group(1), "--job", command.group(2));
        assertThat(review.out()).startsWith("Score: " + score.group(1) + "/100 ");
    }
}
