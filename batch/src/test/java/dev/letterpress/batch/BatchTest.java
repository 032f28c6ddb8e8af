package dev.letterpress.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.model.Brand;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.Digests;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
    @TempDir
    Path dir;

    Path candidates;
    Path out;
    final List<RowResult> rows = Collections.synchronizedList(new ArrayList<>());
    final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    static final String HEADER = "candidate,company,title,hiring_manager,required_skills\n";

    @BeforeEach
    void profiles() throws IOException {
        candidates = dir.resolve("candidates");
        Files.createDirectories(candidates);
        Files.writeString(candidates.resolve("ada.yaml"), "id: ada\nname: Ada Lovelace\nemail: ada@example.com\n");
        Files.writeString(candidates.resolve("bob.yaml"), "id: bob\nname: Bob Stone\n");
        Files.writeString(candidates.resolve("snow.yaml"), "id: snow\nname: Snow \u2603 Man\n");
        out = dir.resolve("out");
    }

    private Path csv(String content) throws IOException {
        Path file = dir.resolve("apps.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Batch.Builder batch(Path csv) {
        return Batch.builder()
                .applications(csv)
                .candidates(candidates)
                .composer(new TestComposer())
                .renderer(new TestRenderer("docx"))
                .renderer(new TestRenderer("pdf"))
                .out(out)
                .threads(2)
                .reviewer(null)
                .listener(new RowRecorder(rows, warnings));
    }

    private List<String> letters() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> out.relativize(p).toString())
                    .filter(p -> p.contains("/"))
                    .sorted()
                    .toList();
        }
    }

    private List<String> manifestCsv() throws IOException {
        return Files.readAllLines(out.resolve("manifest.csv"));
    }

    @Test
    void writesOneLetterPerFormatAndRowInTheLayout() throws IOException {
        Path csv = csv(HEADER + "ada,Acme GmbH,Backend Engineer,Dr. Amara Obi,Python;Postgres\n"
                + "bob,Brightwave Health,Junior Python Developer,,\n");

        BatchResult result = batch(csv).build().run();

        assertThat(letters())
                .containsExactly(
                        "ada/acme-gmbh--backend-engineer.docx",
                        "ada/acme-gmbh--backend-engineer.pdf",
                        "bob/brightwave-health--junior-python-developer.docx",
                        "bob/brightwave-health--junior-python-developer.pdf");
        assertThat(Files.readString(out.resolve("ada/acme-gmbh--backend-engineer.pdf")))
                .contains("Dear Dr. Amara Obi,", "with Python, Postgres.");
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.ok()).isEqualTo(2);
        assertThat(result.files()).isEqualTo(4);
        assertThat(result.manifestJson()).exists();
        assertThat(manifestCsv())
                .hasSize(3)
                .first()
                .isEqualTo(
                        "row,line,candidate,company,title,status,files,score,findings,error,template,warnings,input_hash");
        assertThat(manifestCsv().get(1))
                .startsWith("1,2,ada,Acme GmbH,Backend Engineer,ok,"
                        + "ada/acme-gmbh--backend-engineer.docx;ada/acme-gmbh--backend-engineer.pdf,,,,experienced,,");
    }

    @Test
    void recordsTheReviewScoreAndFindingsOfEveryLetter() throws IOException {
        Path csv = csv(HEADER + "ada,Acme,Backend Engineer,,Python\n");

        batch(csv)
                .reviewer(dev.letterpress.review.Reviewer.builder().build())
                .build()
                .run();

        RowResult row = rows.get(0);
        assertThat(row.score()).isBetween(0, 49);
        assertThat(row.findings()).contains("metrics.missing", "length", "github.missing");
        assertThat(manifestCsv().get(1)).contains("," + row.score() + "," + String.join(";", row.findings()) + ",");
    }

    @Test
    void badRowFailsAloneWithLineAndColumn() throws IOException {
        Path csv = csv(HEADER + "ada,Acme,Backend Engineer,,\n"
                + "bob,,Platform Engineer,,\n"
                + "adda,Fernhill,Data Engineer,,\n"
                + "bob,Globex,SRE,,Python;;Go\n"
                + "ada,Initech,Developer,,\n");

        BatchResult result = batch(csv).build().run();

        assertThat(result.ok()).isEqualTo(2);
        assertThat(result.failed()).isEqualTo(3);
        assertThat(rows)
                .extracting(RowResult::error)
                .containsExactly(
                        null,
                        "line 3, column \"company\": must not be empty",
                        "line 4, column \"candidate\": unknown candidate \"adda\"; did you mean \"ada\"?",
                        "line 5, column \"required_skills\": malformed list \"Python;;Go\": item 2 is empty (items are separated by ';')",
                        null);
        assertThat(letters())
                .containsExactly(
                        "ada/acme--backend-engineer.docx",
                        "ada/acme--backend-engineer.pdf",
                        "ada/initech--developer.docx",
                        "ada/initech--developer.pdf");
    }

    @Test
    void reportsEveryProblemOfARow() throws IOException {
        Path csv = csv("candidate,company,title,seniority,template,formats\nnobody,, ,guru,fancy,odt\n");

        batch(csv).build().run();

        assertThat(rows)
                .singleElement()
                .extracting(RowResult::error)
                .isEqualTo("line 2, column \"candidate\": unknown candidate \"nobody\"; "
                        + "line 2, column \"company\": must not be empty; "
                        + "line 2, column \"title\": must not be empty; "
                        + "line 2, column \"seniority\": expected one of junior, mid, senior, staff, lead, got \"guru\"; "
                        + "line 2, column \"template\": unknown template \"fancy\"; known templates: concise, experienced, junior-to-mid; "
                        + "line 2, column \"formats\": unknown format \"odt\"; use docx or pdf");
    }

    @Test
    void rendererExceptionFailsOnlyItsRow() throws IOException {
        Path csv = csv(HEADER + "ada,Explode Inc,Engineer,,\nbob,Acme,Engineer,,\n");
        List<Throwable> unexpected = new ArrayList<>();

        BatchResult result = batch(csv)
                .listener(new BatchListener() {
                    @Override
                    public void onRow(RowResult row, Throwable cause) {
                        rows.add(row);
                        if (cause != null) {
                            unexpected.add(cause);
                        }
                    }
                })
                .build()
                .run();

        assertThat(result.failed()).isEqualTo(1);
        assertThat(rows.get(0).error())
                .isEqualTo("line 2: internal error: java.lang.IllegalStateException: renderer bug for Explode Inc");
        assertThat(unexpected).singleElement().isInstanceOf(IllegalStateException.class);
        assertThat(letters()).containsExactly("bob/acme--engineer.docx", "bob/acme--engineer.pdf");
    }

    @Test
    void readsRfc4180WithBomCrlfAndQuotedCommasNewlinesAndQuotes() throws IOException {
        Path csv = csv("\uFEFFCandidate,Company,Title,Hiring Manager,Required-Skills\r\n"
                + "ada,\"Acme, Inc.\",\"Senior \"\"Backend\"\" Engineer\",,\"Python;\r\nGo\"\r\n"
                + "bob,,Broken,,\r\n");

        batch(csv).build().run();

        assertThat(rows.get(0).company()).isEqualTo("Acme, Inc.");
        assertThat(rows.get(0).title()).isEqualTo("Senior \"Backend\" Engineer");
        assertThat(Files.readString(out.resolve("ada/acme-inc--senior-backend-engineer.pdf")))
                .contains("with Python, Go.");
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).error()).isEqualTo("line 4, column \"Company\": must not be empty");
    }

    @Test
    void warnsOnceAboutUnknownColumns() throws IOException {
        Path csv = csv("candidate,company,title,salary,Notes\nada,Acme,Dev,100k,hi\nbob,Acme,Dev,90k,yo\n");

        batch(csv).build().run();

        assertThat(warnings)
                .containsExactly(csv + " line 1: unknown columns \"salary\", \"Notes\" ignored (known: candidate,"
                        + " company, title, hiring_manager, required_skills, nice_to_have, keywords, seniority, location, url,"
                        + " reference, template, formats, posting)");
        assertThat(rows).extracting(RowResult::status).containsOnly(RowResult.Status.OK);
    }

    private List<String> inputProblems(Batch batch) {
        try {
            batch.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void rejectsHeaderWithoutRequiredColumnBeforeAnyWork() throws IOException {
        Path csv = csv("candidate,employer,title\nada,Acme,Dev\n");

        assertThat(inputProblems(batch(csv).build()))
                .containsExactly(
                        csv + " 1: missing required column \"company\" (the header has: candidate, employer, title)");
        assertThat(out).doesNotExist();
    }

    @Test
    void saysWhenTheFileLooksSemicolonSeparated() throws IOException {
        Path csv = csv("candidate;company;title\nada;Acme;Dev\n");

        assertThat(inputProblems(batch(csv).build()))
                .containsExactly(csv + " 1: missing required columns \"candidate\","
                        + " \"company\", \"title\" (the header has: candidate;company;title); the file looks semicolon-separated:"
                        + " set the delimiter to ';' (--delimiter ';')");

        batch(csv).delimiter(';').build().run();
        assertThat(rows).singleElement().extracting(RowResult::status).isEqualTo(RowResult.Status.OK);
    }

    @Test
    void rejectsEmptyAndUndecodableFiles() throws IOException {
        Path empty = csv("");
        assertThat(inputProblems(batch(empty).build()))
                .containsExactly(
                        empty + ": file is empty; expected a header row with the columns candidate, company, title, …");

        Path latin1 = dir.resolve("latin1.csv");
        Files.write(
                latin1,
                "candidate,company,title\nada,Acme,Dev\nada,Caf\u00e9 Oz,Dev\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(inputProblems(batch(latin1).build()))
                .containsExactly(latin1 + " 3: not valid UTF-8 (byte 0xE9 at offset 44); save the file as UTF-8");
    }

    @Test
    void rejectsUnknownCandidatesFolderBeforeAnyWork() throws IOException {
        Path csv = csv(HEADER + "ada,Acme,Dev,,\n");
        Files.writeString(candidates.resolve("bad.yaml"), "id: bad\nname: Bad\nseniority: guru\n");

        assertThat(inputProblems(batch(csv).build()))
                .containsExactly(candidates.resolve("bad.yaml")
                        + " 3:12 seniority: expected one of junior, mid, senior, staff, lead, got \"guru\"");
    }

    @Test
    void keepsEveryPathInsideOut() throws IOException {
        Path csv = csv("candidate,company,title\n"
                + "ada,../../etc,passwd\n"
                + "ada,/etc/cron.d,x\n"
                + "ada,CON,AUX\n"
                + "ada,Acme," + "Very Long Title ".repeat(32) + "\n"
                + "ada,..,..\n");

        batch(csv).build().run();

        assertThat(letters())
                .allSatisfy(f -> {
                    assertThat(out.resolve(f).normalize()).startsWith(out);
                    assertThat(f).matches("ada/[a-z0-9-]+\\.(docx|pdf)");
                })
                .containsExactly(
                        "ada/acme--very-long-title-very-long-title-very-long-title-very-long.docx",
                        "ada/acme--very-long-title-very-long-title-very-long-title-very-long.pdf",
                        "ada/con-x--aux-x.docx",
                        "ada/con-x--aux-x.pdf",
                        "ada/etc--passwd.docx",
                        "ada/etc--passwd.pdf",
                        "ada/etc-cron-d--x.docx",
                        "ada/etc-cron-d--x.pdf",
                        "ada/untitled--untitled.docx",
                        "ada/untitled--untitled.pdf");
    }

    @Test
    void namesCollisionsInRowOrderWhateverTheThreadTiming() throws IOException {
        StringBuilder content = new StringBuilder("candidate,company,title\n");
        for (int i = 0; i < 12; i++) {
            content.append("ada,Acme,Backend Engineer\n");
        }
        Path csv = csv(content.toString());

        batch(csv).threads(4).build().run();

        assertThat(rows)
                .extracting(r -> r.files().get(0))
                .containsExactly(
                        "ada/acme--backend-engineer.docx",
                        "ada/acme--backend-engineer-2.docx",
                        "ada/acme--backend-engineer-3.docx",
                        "ada/acme--backend-engineer-4.docx",
                        "ada/acme--backend-engineer-5.docx",
                        "ada/acme--backend-engineer-6.docx",
                        "ada/acme--backend-engineer-7.docx",
                        "ada/acme--backend-engineer-8.docx",
                        "ada/acme--backend-engineer-9.docx",
                        "ada/acme--backend-engineer-10.docx",
                        "ada/acme--backend-engineer-11.docx",
                        "ada/acme--backend-engineer-12.docx");
    }

    @Test
    void neutralisesFormulasInManifestCsv() throws IOException {
        Path csv =
                csv("candidate,company,title\nada,=HYPERLINK(\"http://evil\"),+cmd|' /C calc'!A0\nada,@SUM(A1),-2+3\n");

        batch(csv).build().run();

        List<String> lines = manifestCsv();
        assertThat(lines.get(1)).startsWith("1,2,ada,\"'=HYPERLINK(\"\"http://evil\"\")\",'+cmd|' /C calc'!A0,ok,");
        assertThat(lines.get(2)).startsWith("2,3,ada,'@SUM(A1),'-2+3,ok,");
        assertThat(Files.readString(out.resolve("manifest.json")))
                .contains("\"company\" : \"=HYPERLINK(\\\"http://evil\\\")\"");
    }

    @Test
    void resumesAfterACrashWithoutDuplicatesOrTemporaryFiles() throws IOException {
        Path csv = csv(HEADER + "ada,Acme,Dev,,\nbob,Globex,SRE,,\nada,Initech,Analyst,,\n");
        batch(csv).build().run();
        String firstJson = Files.readString(out.resolve("manifest.json"));
        // simulate kill -9 during a second run: a half-written letter, a journal with a torn line, no manifest.json
        Files.writeString(out.resolve("ada/" + temporaryOfLastRun()), "%PDF-1.7 half");
        Files.delete(out.resolve("manifest.json"));
        Files.delete(out.resolve("bob/globex--sre.pdf"));
        Files.writeString(
                out.resolve(".manifest.jsonl"),
                firstJson.contains("\"row\" : 1") ? lineOf(1) + "\n{\"row\":2,\"li" : "",
                StandardCharsets.UTF_8);
        rows.clear();

        BatchResult result = batch(csv).resume(true).build().run();

        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.ok()).isEqualTo(2);
        assertThat(rows)
                .extracting(RowResult::status)
                .containsExactly(RowResult.Status.SKIPPED, RowResult.Status.OK, RowResult.Status.OK);
        assertThat(letters())
                .containsExactly(
                        "ada/acme--dev.docx",
                        "ada/acme--dev.pdf",
                        "ada/initech--analyst.docx",
                        "ada/initech--analyst.pdf",
                        "bob/globex--sre.docx",
                        "bob/globex--sre.pdf");
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".tmp"))
                    .doesNotContain(".manifest.jsonl");
        }
        assertThat(manifestCsv()).hasSize(4);
    }

    /** A temporary name the last run could have left behind (its run id is recorded in the lock file). */
    private String temporaryOfLastRun() throws IOException {
        String lock = Files.readString(out.resolve(LetterFolder.LOCK));
        String run = lock.lines()
                .filter(l -> l.startsWith("run "))
                .findFirst()
                .orElseThrow()
                .substring(4);
        return ".lp-" + run + "-0123456789abcdef.tmp";
    }

    /** The journal line the first run wrote for a row, taken from the test's own row events. */
    private String lineOf(int row) throws IOException {
        return Manifest.json(rows.get(row - 1));
    }

    @Test
    void resumeRedoesRowsWhoseInputsChanged() throws IOException {
        Path csv = csv(HEADER + "ada,Acme,Dev,,\nbob,Globex,SRE,,\n");
        batch(csv).build().run();
        rows.clear();
        Files.writeString(candidates.resolve("bob.yaml"), "id: bob\nname: Bob Stone-Smith\n");

        batch(csv).resume(true).build().run();

        assertThat(rows).extracting(RowResult::status).containsExactly(RowResult.Status.SKIPPED, RowResult.Status.OK);
        assertThat(Files.readString(out.resolve("bob/globex--sre.pdf"))).contains("Bob Stone-Smith");
    }

    @Test
    void resumeSkipsRowsWhenTheBrandMovedButRedoesThemWhenItsLogoChanged() throws IOException {
        Path csv = csv(HEADER + "ada,Acme,Dev,,\n");
        Path here =
                Files.write(Files.createDirectories(dir.resolve("brand-a")).resolve("logo.png"), new byte[] {1, 2, 3});
        Path there = Files.write(
                Files.createDirectories(dir.resolve("elsewhere/brand")).resolve("logo.png"), new byte[] {1, 2, 3});
        batch(csv)
                .brand(Brand.defaults().toBuilder().logo(here).build())
                .build()
                .run();
        rows.clear();

        batch(csv)
                .brand(Brand.defaults().toBuilder().logo(there).build())
                .resume(true)
                .build()
                .run();
        assertThat(rows).extracting(RowResult::status).containsExactly(RowResult.Status.SKIPPED);

        rows.clear();
        Files.write(there, new byte[] {1, 2, 4});
        batch(csv)
                .brand(Brand.defaults().toBuilder().logo(there).build())
                .resume(true)
                .build()
                .run();
        assertThat(rows).extracting(RowResult::status).containsExactly(RowResult.Status.OK);
    }

    @Test
    void failFastStopsAtTheFirstFailureAndRecordsTheRest() throws IOException {
        StringBuilder content = new StringBuilder(HEADER + "ada,,Dev,,\n");
        for (int i = 0; i < 30; i++) {
            content.append("ada,Acme,Dev ").append(i).append(",,\n");
        }
        Path csv = csv(content.toString());

        BatchResult result = batch(csv).threads(1).failFast(true).build().run();

        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.rows()).isEqualTo(31);
        assertThat(result.skipped()).isGreaterThan(20);
        assertThat(rows.get(30).error()).isEqualTo("not processed: the run stopped at the first failure (fail-fast)");
    }

    @Test
    void dryRunComposesEverythingAndWritesNothing() throws IOException {
        Path csv = csv(HEADER + "ada,Acme,Dev,,\nbob,,SRE,,\n");

        BatchResult result = batch(csv).dryRun(true).build().run();

        assertThat(result.ok()).isEqualTo(1);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.manifestCsv()).isNull();
        assertThat(out).doesNotExist();
    }

    @Test
    void bundlesTheOutputIntoAZip() throws IOException {
        Path csv = csv(HEADER + "ada,Acme,Dev,,\n");
        Path zip = dir.resolve("letters.zip");

        BatchResult result = batch(csv).zip(zip).build().run();

        assertThat(result.zip()).isEqualTo(zip);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.stream().map(e -> e.getName()))
                    .containsExactly("ada/acme--dev.docx", "ada/acme--dev.pdf", "manifest.csv", "manifest.json");
        }
    }

    @Test
    void twoThreadsWriteTheSameBytesAsOne() throws IOException {
        StringBuilder content = new StringBuilder(HEADER);
        for (int i = 0; i < 40; i++) {
            content.append(i % 2 == 0 ? "ada" : "bob")
                    .append(",Company ")
                    .append(i % 7)
                    .append(",Role,,Go\n");
        }
        Path csv = csv(content.toString());
        batch(csv).threads(1).out(dir.resolve("one")).build().run();
        batch(csv).threads(2).out(dir.resolve("two")).build().run();

        assertThat(tree(dir.resolve("two"))).isEqualTo(tree(dir.resolve("one")));
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

    @Test
    void passesRendererWarningsOnWithTheLine() throws IOException {
        Path csv = csv(HEADER + "snow,Acme,Dev,,\n");

        batch(csv).formats(List.of("pdf")).build().run();

        assertThat(warnings).containsExactly(csv + " line 2: pdf: no font has \"\u2603\" (U+2603)");
        assertThat(rows.get(0).warnings()).containsExactly("pdf: no font has \"\u2603\" (U+2603)");
    }

    @Test
    void passesFactCheckFindingsOnAsWarningsInTheManifest() throws IOException {
        Path csv = csv(HEADER + "ada,Acme,Dev,,\n");
        LetterComposer finding = new TestComposer() {
            @Override
            public List<String> factCheck(Letter letter, Candidate candidate, JobPosting job) {
                return List.of("figure \"9\" traces to no input value");
            }
        };

        batch(csv).composer(finding).formats(List.of("pdf")).build().run();

        assertThat(warnings).containsExactly(csv + " line 2: fact check: figure \"9\" traces to no input value");
        assertThat(rows.get(0).warnings()).containsExactly("fact check: figure \"9\" traces to no input value");
        assertThat(String.join("\n", Files.readAllLines(out.resolve("manifest.json"))))
                .contains("fact check: figure \\\"9\\\" traces to no input value");
    }

    @Test
    void rejectsAnOutputFolderThatCannotBeWritten() throws IOException {
        Path csv = csv(HEADER + "ada,Acme,Dev,,\n");
        Path blocker = dir.resolve("file-not-folder");
        Files.writeString(blocker, "x");

        assertThat(inputProblems(batch(csv).out(blocker.resolve("out")).build()))
                .singleElement()
                .asString()
                .startsWith(blocker.resolve("out") + ": output folder cannot be written: ");
    }

    @Test
    void stopsWithClearErrorWhenOutStopsTakingFilesAndClaimsNoSuccess() throws IOException {
        Path csv = csv(HEADER + "bob,Acme,Dev,,\nada,Globex,SRE,,\nbob,Initech,Dev,,\n");
        Files.createDirectories(out);
        Files.writeString(out.resolve("ada"), "a file where ada's folder should go");

        assertThatThrownBy(() -> batch(csv).threads(1).build().run())
                .isInstanceOf(OutputException.class)
                .hasMessageStartingWith("cannot write " + out.resolve("ada/globex--sre.docx") + ": ");
        assertThat(out.resolve("manifest.json")).doesNotExist();
        assertThat(manifestCsv()).noneMatch(line -> line.contains("Globex"));
    }

    @Test
    void oneCandidateForEveryRowWithoutCandidateColumn() throws IOException {
        Path csv = csv("company,title\nAcme,Dev\nGlobex,SRE\n");

        batch(csv)
                .candidate(candidates.resolve("ada.yaml"))
                .candidates(null)
                .build()
                .run();

        assertThat(letters())
                .containsExactly(
                        "ada/acme--dev.docx", "ada/acme--dev.pdf", "ada/globex--sre.docx", "ada/globex--sre.pdf");
    }

    @Test
    void makesOneLetterFromAPostingInMemoryIntoTheSameLayout() throws IOException {
        var ada = dev.letterpress.model.Profiles.readCandidate(candidates.resolve("ada.yaml"));
        var job = dev.letterpress.model.JobPosting.builder("Acme", "Backend Engineer")
                .requiredSkills("Go", "SQL")
                .build();

        BatchResult result = Batch.builder()
                .requests(List.of(new LetterRequest(ada, job, "concise", List.of())))
                .composer(new TestComposer())
                .renderer(new TestRenderer("pdf"))
                .formats(List.of("pdf"))
                .out(out)
                .reviewer(null)
                .build()
                .run();

        assertThat(result.ok()).isEqualTo(1);
        assertThat(letters()).containsExactly("ada/acme--backend-engineer.pdf");
        assertThat(Files.readString(out.resolve("ada/acme--backend-engineer.pdf")))
                .contains("with Go, SQL.");
        assertThat(manifestCsv().get(1))
                .startsWith("1,2,ada,Acme,Backend Engineer,ok,ada/acme--backend-engineer.pdf,,,,concise,");
    }

    @Test
    void rejectsMissingOptionsAtBuild() {
        assertThatThrownBy(() -> Batch.builder()
                        .candidates(candidates)
                        .composer(new TestComposer())
                        .build())
                .hasMessage("Batch needs exactly one of applications (a CSV) and requests");
        assertThatThrownBy(() -> Batch.builder()
                        .applications(dir)
                        .candidates(candidates)
                        .composer(new TestComposer())
                        .threads(0)
                        .build())
                .hasMessage("Batch.threads must be between 1 and 256 (was 0)");
    }
}
