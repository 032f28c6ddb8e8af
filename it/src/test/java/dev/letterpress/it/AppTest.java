package dev.letterpress.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.Letterpress;
import dev.letterpress.model.Candidate;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppTest {
    @TempDir
    Path dir;

    @Test
    void generatesReviewsAndBatchesInMemory() {
        String summary = App.run(dir);

        assertThat(summary).matches("score (\\d+), docx \\1, pdf \\1, batch 2 of 2 ok, 4 files");
        assertThat(dir.resolve("ada/acme--backend-engineer.pdf")).isRegularFile();
        assertThat(dir.resolve("ada/globex--platform-engineer.docx")).isRegularFile();
    }

    @Test
    void runsQuietlyWithoutALoggingBinding() throws IOException, InterruptedException {
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), App.class.getName())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();

        assertThat(app.waitFor()).isZero();
        assertThat(Files.readString(dir.resolve("out.txt"))).startsWith("score ");
        // no Log4j noise from POI or PDFBox, and no SLF4J notice although no binding is chosen
        assertThat(Files.readAllLines(dir.resolve("err.txt"), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void publishedJarsCarryModuleNamesSourcesAndJavadoc() throws IOException, URISyntaxException {
        assertThat(moduleName(Letterpress.class)).isEqualTo("dev.letterpress");
        assertThat(moduleName(Candidate.class)).isEqualTo("dev.letterpress.model");
        Path jar = Path.of(Candidate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String name = jar.getFileName().toString();
        assertThat(jar.resolveSibling(name.replace(".jar", "-sources.jar"))).isRegularFile();
        assertThat(jar.resolveSibling(name.replace(".jar", "-javadoc.jar"))).isRegularFile();
    }

    private static String moduleName(Class<?> type) throws IOException, URISyntaxException {
        Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
        }
    }
}
