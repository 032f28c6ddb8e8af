package dev.letterpress.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.model.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan of a run, for running its rows elsewhere, against a local run of the same rows. */
class RowPlanTest {
    @TempDir
    Path dir;

    Path candidates;
    LetterMaker letters;

    @BeforeEach
    void setUp() throws IOException {
        candidates = dir.resolve("candidates");
        Files.createDirectories(candidates);
        Files.writeString(candidates.resolve("ada.yaml"), "id: ada\nname: Ada Lovelace\n");
        letters = LetterMaker.builder()
                .composer(new TestComposer())
                .renderer(new TestRenderer("docx"))
                .renderer(new TestRenderer("pdf"))
                .reviewer(null)
                .build();
    }

    private BatchOptions.Csv csv(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return new BatchOptions.Csv(file, ',', candidates, null, null);
    }

    private static List<RowPlan.Row> rows(RowPlan plan) {
        List<RowPlan.Row> rows = new ArrayList<>();
        plan.forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void numbersRowsOnAndNamesOutputsAcrossFilesAsOneRun() throws IOException {
        BatchOptions.Csv first = csv("a.csv", "candidate,company,title\nada,Acme,Dev\nada,,Dev\n");
        BatchOptions.Csv second = csv("b.csv", "candidate,company,title,extra\nada,Acme,Dev,x\n");

        try (RowPlan plan = RowPlan.open(List.of(first, second), letters)) {
            List<RowPlan.Row> rows = rows(plan);

            assertThat(plan.warnings())
                    .containsExactly(second.file() + " line 1: unknown column \"extra\" ignored (known: candidate,"
                            + " company, title, hiring_manager, required_skills, nice_to_have, keywords, seniority,"
                            + " location, url, reference, template, formats, posting)");
            assertThat(rows)
                    .extracting(RowPlan.Row::source, RowPlan.Row::row, RowPlan.Row::line, RowPlan.Row::stem)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(first.file().toString(), 1, 2, "ada/acme--dev"),
                            org.assertj.core.groups.Tuple.tuple(first.file().toString(), 2, 3, null),
                            org.assertj.core.groups.Tuple.tuple(second.file().toString(), 3, 2, "ada/acme--dev-2"));
            assertThat(rows.get(1).error()).isEqualTo("line 3, column \"company\": must not be empty");
            assertThat(rows.get(0).formats()).containsExactly("docx", "pdf");
            assertThat(rows.get(0).inputHash())
                    .hasSize(64)
                    .isEqualTo(rows.get(2).inputHash());
        }
    }

    @Test
    void rowsMadeThroughThePlanGiveTheLocalRunsFilesAndManifests() throws IOException {
        BatchOptions.Csv input =
                csv("apps.csv", "candidate,company,title\nada,Acme,Dev\nada,=cmd,Dev\nnobody,Acme,Dev\nada,Acme,Dev\n");
        Path out = dir.resolve("out");
        Batch.builder()
                .letters(letters)
                .applications(input.file())
                .candidates(candidates)
                .out(out)
                .threads(2)
                .build()
                .run();
        Map<String, byte[]> written = new LinkedHashMap<>();
        List<RowResult> entries = new ArrayList<>();

        try (RowPlan plan = RowPlan.open(List.of(input), letters)) {
            for (RowPlan.Row row : rows(plan)) {
                entries.add(row.make(letters, written::put));
            }
        }

        assertThat(written.keySet())
                .containsExactly(
                        "ada/acme--dev.docx",
                        "ada/acme--dev.pdf",
                        "ada/cmd--dev.docx",
                        "ada/cmd--dev.pdf",
                        "ada/acme--dev-2.docx",
                        "ada/acme--dev-2.pdf");
        for (Map.Entry<String, byte[]> file : written.entrySet()) {
            assertThat(file.getValue()).isEqualTo(Files.readAllBytes(out.resolve(file.getKey())));
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ManifestFiles.writeCsv(entries, csv);
        assertThat(csv.toByteArray()).isEqualTo(Files.readAllBytes(out.resolve(ManifestFiles.CSV)));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ManifestFiles.writeJson(entries, json);
        assertThat(json.toByteArray()).isEqualTo(Files.readAllBytes(out.resolve(ManifestFiles.JSON)));
        assertThat(ManifestFiles.readJson(Files.newInputStream(out.resolve(ManifestFiles.JSON))))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(1, entries.get(0), 2, entries.get(1), 3, entries.get(2), 4, entries.get(3)));
        assertThat(entries.stream().map(e -> ManifestFiles.fromJsonLine(ManifestFiles.toJsonLine(e))))
                .containsExactlyElementsOf(entries);
    }

    @Test
    void aRowFromTheSameInputsIsSkippedWithTheEarlierFiles() throws IOException {
        BatchOptions.Csv input = csv("apps.csv", "candidate,company,title\nada,Acme,Dev\n");
        try (RowPlan plan = RowPlan.open(List.of(input), letters)) {
            RowPlan.Row row = plan.next();
            RowResult made = row.make(letters, (name, bytes) -> {});
            RowResult changed = new RowResult(
                    1,
                    2,
                    "ada",
                    "Acme",
                    "Dev",
                    RowResult.Status.OK,
                    made.files(),
                    null,
                    List.of(),
                    null,
                    "experienced",
                    List.of(),
                    "0".repeat(64));

            assertThat(row.sameInputs(made)).isTrue();
            assertThat(row.sameInputs(changed)).isFalse();
            assertThat(row.skipped(made).status()).isEqualTo(RowResult.Status.SKIPPED);
            assertThat(row.skipped(made).files()).containsExactly("ada/acme--dev.docx", "ada/acme--dev.pdf");
        }
    }

    @Test
    void checksEveryFileWholeBeforeAnyRow() throws IOException {
        BatchOptions.Csv good = csv("good.csv", "candidate,company,title\nada,Acme,Dev\n");
        BatchOptions.Csv bad = csv("bad.csv", "candidate,company\nada,Acme\n");

        assertThatThrownBy(() -> RowPlan.open(List.of(good, bad), letters))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(bad.file() + " 1: missing required column \"title\" (the header has: candidate, company)");
    }

    @Test
    void aSinkThatFailsStopsTheRowWithItsError() throws IOException {
        BatchOptions.Csv input = csv("apps.csv", "candidate,company,title\nada,Acme,Dev\n");
        try (RowPlan plan = RowPlan.open(List.of(input), letters)) {
            RowPlan.Row row = plan.next();

            assertThatThrownBy(() -> row.make(letters, (name, bytes) -> {
                        throw new IOException("disk full");
                    }))
                    .isInstanceOf(IOException.class)
                    .hasMessage("disk full");
        }
    }
}
