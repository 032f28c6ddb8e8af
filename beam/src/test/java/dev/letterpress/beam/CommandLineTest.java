package dev.letterpress.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's command line: exit status and what it prints, never a stack trace for bad input. */
class CommandLineTest {
    private static final Path COHORT =
            Path.of("..", "samples", "cohort").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LetterpressPipeline.main(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aMissingCsvIsAnInputErrorWithItsName() {
        Path missing = dir.resolve("missing.csv");

        int status = run(
                "--runner=DirectRunner",
                "--applications=" + missing,
                "--candidates=" + COHORT.resolve("candidates"),
                "--output=" + dir.resolve("out"));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("letterpress-beam: " + missing + ": file not found" + System.lineSeparator());
        assertThat(out.size()).isZero();
    }

    @Test
    void aBadOptionIsAUsageError() {
        int status = run("--runner=DirectRunner", "--applications=a.csv", "--output=out");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("letterpress-beam: give exactly one of --candidates (a folder or list file) and"
                        + " --candidate (one profile for every row)" + System.lineSeparator());
    }

    @Test
    void failedRowsExitWithOneAndPointToTheDeadLetters() throws IOException {
        Path csv = dir.resolve("apps.csv");
        Files.writeString(
                csv,
                "candidate,company,title\nzoe-lukasiewicz,Acme,Backend Developer\nnobody,Acme,Backend Developer\n");
        Path output = dir.resolve("out");

        int status = run(
                "--runner=DirectRunner",
                "--applications=" + csv,
                "--candidates=" + COHORT.resolve("candidates"),
                "--format=pdf",
                "--date=2026-01-15",
                "--output=" + output);

        assertThat(status).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("1 rows made 1 letters, 0 unchanged rows skipped, 1 rows failed (see dead-letters/ in "
                        + output + "); manifest: " + output.resolve("manifest.csv") + System.lineSeparator());
        assertThat(output.resolve("zoe-lukasiewicz/acme--backend-developer.pdf"))
                .isNotEmptyFile();
    }
}
