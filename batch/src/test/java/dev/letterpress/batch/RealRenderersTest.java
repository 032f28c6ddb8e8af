package dev.letterpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Digests;
import dev.letterpress.review.DocxText;
import dev.letterpress.review.PdfText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch with the real DOCX and PDF renderers, found by format name. */
class RealRenderersTest {
    @TempDir
    Path dir;

    private Path setUp() throws IOException {
        Path candidates = dir.resolve("candidates");
        Files.createDirectories(candidates);
        Files.writeString(
                candidates.resolve("zoe.yaml"), "id: zoe\nname: Zoë Łukasiewicz-Núñez\nemail: zoe@example.com\n");
        Files.writeString(candidates.resolve("ivan.yaml"), "id: ivan\nname: Иван Петров\n");
        StringBuilder csv = new StringBuilder("candidate,company,title,required_skills\n");
        for (int i = 0; i < 8; i++) {
            csv.append(i % 2 == 0 ? "zoe" : "ivan")
                    .append(",Company ")
                    .append(i % 3)
                    .append(",Backend Engineer,Python;SQL\n");
        }
        Path file = dir.resolve("apps.csv");
        Files.writeString(file, csv);
        return file;
    }

    private Batch.Builder batch(Path csv, Path out, int threads) {
        return Batch.builder()
                .applications(csv)
                .candidates(dir.resolve("candidates"))
                .composer(new TestComposer())
                .out(out)
                .threads(threads);
    }

    @Test
    void writesDocxAndPdfThatReadBackWithTheLettersWords() throws IOException {
        Path csv = setUp();
        Path out = dir.resolve("out");

        BatchResult result = batch(csv, out, 2).build().run();

        assertThat(result.ok()).isEqualTo(8);
        assertThat(result.files()).isEqualTo(16);
        assertThat(PdfText.extract(out.resolve("zoe/company-0--backend-engineer.pdf")))
                .contains("Zoë Łukasiewicz-Núñez", "I am applying to Company 0 as Backend Engineer with Python, SQL.");
        assertThat(DocxText.extract(out.resolve("ivan/company-1--backend-engineer.docx")))
                .contains("Иван Петров", "I am applying to Company 1 as Backend Engineer");
    }

    @Test
    void twoThreadsWriteByteIdenticalDocumentsAndManifestsToOneThread() throws IOException {
        Path csv = setUp();

        batch(csv, dir.resolve("one"), 1).build().run();
        batch(csv, dir.resolve("two"), 2).build().run();

        Map<String, String> one = tree(dir.resolve("one"));
        assertThat(one).hasSize(18);
        assertThat(tree(dir.resolve("two"))).isEqualTo(one);
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            // the lock file names the run's process and start time, so it differs by design
            for (Path p : walk.filter(Files::isRegularFile)
                    .filter(p -> !p.endsWith(LetterFolder.LOCK))
                    .toList()) {
                files.put(root.relativize(p).toString(), Digests.sha256Hex(Files.readAllBytes(p)));
            }
        }
        return files;
    }
}
