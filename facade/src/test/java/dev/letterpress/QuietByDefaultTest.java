package dev.letterpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain application on the library's classpath, which holds SLF4J but no binding (Thymeleaf,
 * POI and PDFBox all log through it): nothing reaches stderr, unless the application asks SLF4J
 * to speak.
 */
class QuietByDefaultTest {
    @TempDir
    Path dir;

    @Test
    void printsNothingOnStderrWithoutALoggingBinding() throws IOException, InterruptedException {
        assertThat(run()).isEmpty();
        assertThat(Files.readString(dir.resolve("out.txt"))).matches("score (\\d+), docx \\1, pdf \\1\\R");
    }

    @Test
    void leavesSlf4jItsSayWhenTheApplicationSetsItsVerbosity() throws IOException, InterruptedException {
        assertThat(run("-Dslf4j.internal.verbosity=WARN"))
                .containsExactly(
                        "SLF4J(W): No SLF4J providers were found.",
                        "SLF4J(W): Defaulting to no-operation (NOP) logger implementation",
                        "SLF4J(W): See https://www.slf4j.org/codes.html#noProviders for further details.");
    }

    /** Runs {@link QuietApp} in its own JVM and returns the lines of its stderr. */
    private List<String> run(String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), QuietApp.class.getName()));
        Process app = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();

        assertThat(app.waitFor()).isZero();
        return Files.readAllLines(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    }
}
