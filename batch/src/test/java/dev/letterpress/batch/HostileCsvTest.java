package dev.letterpress.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.model.InvalidInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, items 9, 10, 11, 14 and 16: a CSV cannot exhaust the machine nor smuggle bad input into outputs. */
class HostileCsvTest {
    @TempDir
    Path dir;

    Path candidates;
    Path out;
    final List<RowResult> rows = Collections.synchronizedList(new ArrayList<>());
    final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void setUp() throws IOException {
        candidates = Files.createDirectories(dir.resolve("candidates"));
        Files.writeString(candidates.resolve("ada.yaml"), "id: ada\nname: Ada Lovelace\n");
        Files.writeString(candidates.resolve("bob.yaml"), "id: bob\nname: Bob Stone\n");
        out = dir.resolve("out");
    }

    private Batch.Builder batch(Path csv) {
        return Batch.builder()
                .applications(csv)
                .candidates(candidates)
                .composer(new TestComposer())
                .renderer(new TestRenderer("docx"))
                .renderer(new TestRenderer("pdf"))
                .reviewer(null)
                .out(out)
                .threads(2)
                .listener(new RowRecorder(rows, warnings));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void aFieldOverTheLimitFailsItsRowAtReadTimeAndIsNeverCopied() throws IOException {
        Path csv = write(
                "big.csv",
                "candidate,company,title\n"
                        + "ada," + "A".repeat(100_000) + ",Dev\n"
                        + "bob,Globex,\"" + "\"\"".repeat(70_000) + "\"\n"
                        + "ada,Initech,Dev\n");

        BatchResult result = batch(csv).build().run();

        assertThat(result.failed()).isEqualTo(2);
        assertThat(result.ok()).isEqualTo(1);
        assertThat(rows)
                .extracting(RowResult::error)
                .containsExactly(
                        "line 2, column \"company\": is longer than 65,536 characters (the most a field may hold)",
                        "line 3, column \"title\": is longer than 65,536 characters (the most a field may hold)",
                        null);
        assertThat(rows.get(0).company()).hasSizeLessThan(300).endsWith("… (65,336 more characters)");
        assertThat(Files.size(out.resolve("manifest.csv"))).isLessThan(2_000);
        assertThat(Files.size(out.resolve("manifest.json"))).isLessThan(3_000);
    }

    @Test
    void aHeaderOfAMillionColumnsFailsAtOnceWithAShortMessage() throws IOException {
        StringBuilder header = new StringBuilder("candidate,company,title");
        for (int i = 0; i < 1_000_000; i++) {
            header.append(",x").append(i);
        }
        Path csv = write("wide.csv", header.append("\nada,Acme,Dev\n").toString());

        assertThatThrownBy(() -> batch(csv).build().run())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(csv + " 1: the header has more than 1,000 columns");
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownColumnsAreNamedUpToTenThenCounted() throws IOException {
        List<String> extra = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            extra.add("u" + i);
        }
        Path csv = write("extra.csv", "candidate,company,title," + String.join(",", extra) + "\nada,Acme,Dev\n");

        batch(csv).build().run();

        assertThat(warnings)
                .singleElement()
                .asString()
                .startsWith(
                        csv + " line 1: unknown columns \"u1\", \"u2\", \"u3\","
                                + " \"u4\", \"u5\", \"u6\", \"u7\", \"u8\", \"u9\", \"u10\" … and 20 more ignored (known: candidate,");
    }

    @Test
    void aRowOfTooManyValuesFailsAlone() throws IOException {
        String[] many = new String[1_500];
        Arrays.fill(many, "v");
        Path csv =
                write("row.csv", "candidate,company,title\nada,Acme," + String.join(",", many) + "\nbob,Globex,SRE\n");

        BatchResult result = batch(csv).build().run();

        assertThat(result.ok()).isEqualTo(1);
        assertThat(rows.get(0).error()).isEqualTo("line 2: the row has more than 1,000 columns");
    }

    @Test
    void resumeTreatsALineCutInsideAMultiByteCharacterAsTorn() throws IOException {
        Path csv = write("apps.csv", "candidate,company,title\nada,Acme,Dev\nbob,Café Olé,Barista\n");
        batch(csv).build().run();
        byte[] first = (Manifest.json(rows.get(0)) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] second = Manifest.json(rows.get(1)).getBytes(StandardCharsets.UTF_8);
        int cut = indexOf(second, "Caf".getBytes(StandardCharsets.UTF_8)) + 4; // after the first byte of "é"
        try (OutputStream journal = Files.newOutputStream(out.resolve(".manifest.jsonl"))) {
            journal.write(first);
            journal.write(second, 0, cut);
        }
        Files.delete(out.resolve("manifest.json"));
        rows.clear();

        BatchResult result = batch(csv).resume(true).build().run();

        assertThat(rows).extracting(RowResult::status).containsExactly(RowResult.Status.SKIPPED, RowResult.Status.OK);
        assertThat(result.ok()).isEqualTo(1);
        assertThat(rows.get(1).company()).isEqualTo("Café Olé");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    @Test
    void controlCharactersAreStrippedFromEverythingEchoed() throws IOException {
        Path csv = dir.resolve("control-characters.csv");
        try (var in = HostileCsvTest.class.getResourceAsStream("/hostile/control-characters.csv")) {
            Files.copy(in, csv);
        }

        batch(csv).build().run();

        assertThat(rows.get(0).company()).isEqualTo("AcmeCorp[31m");
        assertThat(rows.get(0).title()).isEqualTo("Developer");
        assertThat(rows.get(1).error())
                .isEqualTo("line 3, column \"candidate\": unknown candidate \"bob\"; did you mean" + " \"bob\"?");
        for (String file : List.of("manifest.csv", "manifest.json")) {
            String text = Files.readString(out.resolve(file));
            assertThat(text).as(file).doesNotContain("\u0000", "\u001b", "\u0007", "\\u0000", "\\u001B", "\\u0007");
        }
    }

    @Test
    void readsApplicationsFromANamedPipe() throws Exception {
        Path fifo = dir.resolve("applications.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString())
                        .inheritIO()
                        .start()
                        .waitFor())
                .isZero();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (Writer w = Files.newBufferedWriter(fifo, StandardCharsets.UTF_8)) {
                w.write("candidate,company,title\nada,Acme,Dev\nbob,Globex,SRE\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        BatchResult result = batch(fifo).build().run();

        writer.join();
        assertThat(result.ok()).isEqualTo(2);
        assertThat(out.resolve("bob/globex--sre.pdf")).exists();
        assertThat(Files.readAllLines(out.resolve("manifest.csv")).get(1)).startsWith("1,2,ada,Acme,Dev,ok,");
    }
}
