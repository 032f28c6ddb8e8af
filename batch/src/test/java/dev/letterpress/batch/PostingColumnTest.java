package dev.letterpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostingColumnTest {
    @TempDir
    Path dir;

    final List<RowResult> rows = Collections.synchronizedList(new ArrayList<>());

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private BatchResult run(Path csv) {
        return Batch.builder()
                .applications(csv)
                .candidates(dir.resolve("candidates"))
                .composer(new TestComposer())
                .renderer(new TestRenderer("pdf"))
                .out(dir.resolve("out"))
                .threads(1)
                .reviewer(null)
                .listener(new BatchListener() {
                    @Override
                    public void onRow(RowResult row, Throwable unexpected) {
                        rows.add(row);
                    }
                })
                .build()
                .run();
    }

    @Test
    void readsThePostingFileARowNamesAndLetsInlineColumnsOverrideIt() throws IOException {
        write("candidates/ada.yaml", "id: ada\nname: Ada Lovelace\n");
        write(
                "jobs/acme.yaml",
                "company: Acme\ntitle: Backend Engineer\nrequiredSkills: [Python, Kafka]\n" + "location: Berlin\n");
        Path csv = write(
                "apps.csv",
                "candidate,posting,company,required_skills\n"
                        + "ada,jobs/acme.yaml,,\n"
                        + "ada,jobs/acme.yaml,Globex,Go\n"
                        + "ada,jobs/missing.yaml,,\n"
                        + "ada,,,\n");

        BatchResult result = run(csv);

        assertThat(result.ok()).isEqualTo(2);
        assertThat(rows).extracting(RowResult::company).containsExactly("Acme", "Globex", "", "");
        assertThat(rows)
                .extracting(RowResult::error)
                .containsExactly(
                        null,
                        null,
                        "line 4, column \"posting\": " + dir.resolve("jobs/missing.yaml") + ": file not found",
                        "line 5, column \"company\": must not be empty; line 5, column \"title\": must not be empty");
        assertThat(Files.readString(dir.resolve("out/ada/acme--backend-engineer.pdf")))
                .contains("I am applying to Acme as Backend Engineer with Python, Kafka.");
        assertThat(Files.readString(dir.resolve("out/ada/globex--backend-engineer.pdf")))
                .contains("I am applying to Globex as Backend Engineer with Go.");
    }
}
