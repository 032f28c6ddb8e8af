package dev.letterpress.cli;

import static dev.letterpress.cli.CliRun.run;
import static dev.letterpress.cli.CliRun.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.review.DocxText;
import dev.letterpress.review.PdfText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private String out() {
        return dir.resolve("out").toString();
    }

    @Test
    void printsVersionAndUsage() {
        CliRun version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("letterpress ");

        CliRun bare = run();
        assertThat(bare.exit()).isEqualTo(2);
        assertThat(bare.err()).contains("Usage: letterpress", "generate", "batch", "review", "templates", "demo");
    }

    @Test
    void everySubcommandHasHelpWithExamples() {
        for (String command : List.of("generate", "batch", "review", "templates", "demo")) {
            CliRun help = run(command, "--help");
            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: letterpress " + command, "Examples:");
        }
    }

    @Test
    void generateWritesOneLetterInTheBatchLayout() throws IOException {
        CliRun run = run(
                "generate",
                "--candidate",
                sample("recruiter/candidate.yaml"),
                "--job",
                sample("jobs/brightwave-health-backend-engineer.yaml"),
                "--brand",
                sample("recruiter/brand.yaml"),
                "--out",
                out(),
                "--date",
                "2026-11-29");

        assertThat(run.exit()).as(run.err()).isZero();
        Path pdf = dir.resolve("out/elif-demir/brightwave-health--backend-engineer.pdf");
        assertThat(run.out()).contains(pdf.toString(), "Review: ");
        assertThat(PdfText.extract(pdf)).contains("Elif Demir", "Brightwave Health", "29 November 2026");
        assertThat(DocxText.extract(dir.resolve("out/elif-demir/brightwave-health--backend-engineer.docx")))
                .contains("Brightwave Health");
        assertThat(dir.resolve("out/manifest.json")).doesNotExist();
    }

    @Test
    void generateKeepsTheManifestOfTheDemoInTheSameFolder() throws IOException {
        run("demo", "--out", out(), "--date", "2026-11-29");
        List<String> before = Files.readAllLines(dir.resolve("out/manifest.csv"));

        CliRun run = run(
                "generate",
                "--candidate",
                sample("recruiter/candidate.yaml"),
                "--job",
                sample("jobs/brightwave-health-backend-engineer.yaml"),
                "--out",
                out(),
                "--date",
                "2026-11-29");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(before).hasSize(41);
        assertThat(Files.readAllLines(dir.resolve("out/manifest.csv"))).isEqualTo(before);
        assertThat(dir.resolve("out/elif-demir/brightwave-health--backend-engineer.pdf"))
                .exists();
    }

    @Test
    void generateExplainPrintsEachSentenceWithItsSources() {
        CliRun run = run(
                "generate",
                "--candidate",
                sample("recruiter/candidate.yaml"),
                "--job",
                sample("jobs/brightwave-health-backend-engineer.yaml"),
                "--format",
                "pdf",
                "--out",
                out(),
                "--date",
                "2026-11-29",
                "--explain");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("fact check");
        String out = run.out();
        assertThat(out).contains("Sources of each sentence:\n");
        String opening = out.substring(out.indexOf("\n  I'm writing") + 1);
        assertThat(opening.lines().limit(2).toList().get(1))
                .isEqualTo("      <- job.company, job.title, template:experienced/p1");
        assertThat(out).contains("<- template:experienced/closing");
    }

    @Test
    void takesTheDateFromSourceDateEpoch() throws IOException {
        CliRun run = run(
                Map.of("SOURCE_DATE_EPOCH", "1767225600"),
                "generate",
                "--candidate",
                sample("recruiter/candidate.yaml"),
                "--job",
                sample("jobs/brightwave-health-backend-engineer.yaml"),
                "--format",
                "pdf",
                "--out",
                out());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(PdfText.extract(dir.resolve("out/elif-demir/brightwave-health--backend-engineer.pdf")))
                .contains("January 1, 2026");
    }

    @Test
    void badProfileIsAnInputErrorWithLocationAndNoStackTrace() throws IOException {
        Path candidate = write("ada.yaml", "id: ada\nname: Ada\nyearsExperiance: 5\n");

        CliRun run = run(
                "generate",
                "--candidate",
                candidate.toString(),
                "--job",
                sample("jobs/brightwave-health-backend-engineer.yaml"),
                "--out",
                out());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("error: " + candidate
                        + " 3:1 yearsExperiance: unknown field, did you mean \"yearsExperience\"?\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void missingFileAndBadOptionsAreUsageErrors() {
        CliRun missing = run(
                "generate",
                "--candidate",
                dir.resolve("nobody.yaml").toString(),
                "--job",
                sample("jobs/brightwave-health-backend-engineer.yaml"));
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("error: " + dir.resolve("nobody.yaml") + ": file not found\n");

        CliRun format = run(
                "generate",
                "--candidate",
                sample("recruiter/candidate.yaml"),
                "--job",
                sample("jobs/brightwave-health-backend-engineer.yaml"),
                "--format",
                "odt");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).startsWith("Invalid value for option '--format': 'odt' (use docx, pdf or docx,pdf)");

        CliRun date = run(
                "generate",
                "--candidate",
                sample("recruiter/candidate.yaml"),
                "--job",
                sample("jobs/brightwave-health-backend-engineer.yaml"),
                "--date",
                "29/11/2026");
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).startsWith("Invalid value for option '--date': expected YYYY-MM-DD, got '29/11/2026'");

        CliRun unknown = run("batch", "x.csv", "--candidates", "c", "--colour", "red");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("Unknown options: '--colour', 'red'");
    }

    private Path cohortCsv(String... rows) throws IOException {
        StringBuilder csv = new StringBuilder("candidate,company,title,required_skills\n");
        for (String row : rows) {
            csv.append(row).append('\n');
        }
        return write("apps.csv", csv.toString());
    }

    @Test
    void batchFailsBadRowsAloneAndExitsWithThree() throws IOException {
        Path csv = cohortCsv(
                "kenji-watanabe,Acme,Backend Engineer,Python;AWS",
                "kenji-watanabe,,Platform Engineer,Go",
                "kenji-watanbe,Globex,Backend Engineer,Python");

        CliRun run = run(
                "batch",
                csv.toString(),
                "--candidates",
                sample("cohort/candidates"),
                "--out",
                out(),
                "--format",
                "pdf",
                "--date",
                "2026-11-29");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err())
                .contains(
                        "error: " + csv + " line 3, column \"company\": must not be empty\n",
                        "error: " + csv
                                + " line 4, column \"candidate\": unknown candidate \"kenji-watanbe\"; did you mean"
                                + " \"kenji-watanabe\"?\n",
                        "done: 1 ok, 2 failed, 0 skipped · 1 files");
        assertThat(run.out()).isEqualTo("Manifest: " + dir.resolve("out/manifest.csv") + "\n");
        assertThat(dir.resolve("out/kenji-watanabe/acme--backend-engineer.pdf")).exists();
        List<String> manifest = Files.readAllLines(dir.resolve("out/manifest.csv"));
        assertThat(manifest.get(2)).contains(",failed,", "line 3, column \"\"company\"\": must not be empty");
    }

    @Test
    void batchRejectsBadHeaderBeforeAnyWork() throws IOException {
        Path csv = write("apps.csv", "candidate;company;title\nkenji-watanabe;Acme;Dev\n");

        CliRun run = run("batch", csv.toString(), "--candidates", sample("cohort/candidates"), "--out", out());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("error: " + csv + " 1: missing required columns")
                .contains("--delimiter ';'");
        assertThat(dir.resolve("out")).doesNotExist();

        CliRun fixed = run(
                "batch",
                csv.toString(),
                "--candidates",
                sample("cohort/candidates"),
                "--out",
                out(),
                "--delimiter",
                ";",
                "--format",
                "docx");
        assertThat(fixed.exit()).as(fixed.err()).isZero();
    }

    @Test
    void batchRejectsBadThreadsAndDelimiter() throws IOException {
        Path csv = cohortCsv("kenji-watanabe,Acme,Dev,Go");

        CliRun threads = run("batch", csv.toString(), "--candidates", sample("cohort/candidates"), "--threads", "0");
        assertThat(threads.exit()).isEqualTo(2);
        assertThat(threads.err()).startsWith("Invalid value for option '--threads': 0 (use 1 to 256)");

        CliRun delimiter =
                run("batch", csv.toString(), "--candidates", sample("cohort/candidates"), "--delimiter", "ab");
        assertThat(delimiter.exit()).isEqualTo(2);
        assertThat(delimiter.err()).startsWith("Invalid value for option '--delimiter': 'ab'");

        CliRun both = run("batch", csv.toString(), "--candidates", "a", "--candidate", "b");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void batchKeepsHostileNamesInsideOutAndNeutralisesFormulas() throws IOException {
        Path csv = cohortCsv(
                "kenji-watanabe,../../etc,passwd,Python",
                "kenji-watanabe,=HYPERLINK(\"http://evil.example\"),CON,Python",
                "kenji-watanabe,../../etc,passwd,Python");

        CliRun run = run(
                "batch",
                csv.toString(),
                "--candidates",
                sample("cohort/candidates"),
                "--out",
                out(),
                "--format",
                "docx",
                "--date",
                "2026-11-29");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(files(dir.resolve("out")).keySet())
                .containsExactly(
                        "kenji-watanabe/etc--passwd-2.docx",
                        "kenji-watanabe/etc--passwd.docx",
                        "kenji-watanabe/hyperlink-http-evil-example--con-x.docx",
                        "manifest.csv",
                        "manifest.json");
        assertThat(Files.readString(dir.resolve("out/manifest.csv")))
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
    }

    @Test
    void aSecondBatchIntoTheSameOutFailsAtOnceWithExit2NamingTheFirst() throws IOException {
        Path csv = cohortCsv("kenji-watanabe,Acme,Backend Engineer,Python");
        try (var first = dev.letterpress.batch.LetterFolder.open(dir.resolve("out"))) {
            CliRun second = run("batch", csv.toString(), "--candidates", sample("cohort/candidates"), "--out", out());

            assertThat(second.exit()).isEqualTo(2);
            assertThat(second.err())
                    .startsWith("error: " + first.path() + ": is in use by another Letterpress run (pid "
                            + ProcessHandle.current().pid() + ", started ")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void batchResumesAfterACrashAndSkipsWhatIsDone() throws IOException {
        Path csv = cohortCsv(
                "kenji-watanabe,Acme,Backend Engineer,Python",
                "mei-lin,Globex,Node.js Developer,Node.js",
                "hamid-rezaei,Initech,Staff Engineer,Java");
        String[] args = {
            "batch",
            csv.toString(),
            "--candidates",
            sample("cohort/candidates"),
            "--out",
            out(),
            "--date",
            "2026-11-29",
            "--threads",
            "2"
        };
        assertThat(run(args).exit()).isZero();
        // a kill -9 in the middle of a later run: a half-written letter, a lost one, a torn journal, no manifest.json
        Path out = dir.resolve("out");
        String run = Files.readString(out.resolve(".letterpress.lock"))
                .lines()
                .filter(l -> l.startsWith("run "))
                .findFirst()
                .orElseThrow()
                .substring(4);
        Files.writeString(out.resolve("mei-lin/.lp-" + run + "-0123456789abcdef.tmp"), "%PDF-1.7 trunc");
        Files.delete(out.resolve("mei-lin/globex--node-js-developer.pdf"));
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var rows = json.readTree(out.resolve("manifest.json").toFile()).get("rows");
        Files.writeString(
                out.resolve(".manifest.jsonl"),
                json.writeValueAsString(rows.get(0)) + "\n" + json.writeValueAsString(rows.get(1))
                        + "\n{\"row\":3,\"line\":4,\"sta");
        Files.delete(out.resolve("manifest.json"));

        CliRun resumed = run(concat(args, "--resume"));

        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("done: 2 ok, 0 failed, 1 skipped · 4 files");
        assertThat(files(out).keySet())
                .containsExactly(
                        "hamid-rezaei/initech--staff-engineer.docx",
                        "hamid-rezaei/initech--staff-engineer.pdf",
                        "kenji-watanabe/acme--backend-engineer.docx",
                        "kenji-watanabe/acme--backend-engineer.pdf",
                        "manifest.csv",
                        "manifest.json",
                        "mei-lin/globex--node-js-developer.docx",
                        "mei-lin/globex--node-js-developer.pdf");
        assertThat(PdfText.extract(out.resolve("mei-lin/globex--node-js-developer.pdf")))
                .contains("Globex");
    }

    @Test
    void twoThreadsWriteTheSameBytesAsOne() throws IOException {
        Path csv = cohortCsv(
                "kenji-watanabe,Acme,Backend Engineer,Python",
                "mei-lin,Globex,Node.js Developer,Node.js",
                "hamid-rezaei,Initech,Staff Engineer,Java",
                "zoe-lukasiewicz,Acme,Junior Developer,Django",
                "jingyi-chen,Umbrella,Backend Engineer,Go;Kafka");
        for (String threads : List.of("1", "2")) {
            CliRun run = run(
                    "batch",
                    csv.toString(),
                    "--candidates",
                    sample("cohort/candidates"),
                    "--out",
                    dir.resolve("out-" + threads).toString(),
                    "--threads",
                    threads,
                    "--date",
                    "2026-11-29",
                    "--brand",
                    sample("cohort/brand.yaml"));
            assertThat(run.exit()).as(run.err()).isZero();
        }

        assertThat(files(dir.resolve("out-2"))).hasSize(12).isEqualTo(files(dir.resolve("out-1")));
    }

    @Test
    void dryRunWritesNothingAndZipBundles() throws IOException {
        Path csv = cohortCsv("kenji-watanabe,Acme,Backend Engineer,Python");

        CliRun dry =
                run("batch", csv.toString(), "--candidates", sample("cohort/candidates"), "--out", out(), "--dry-run");
        assertThat(dry.exit()).isZero();
        assertThat(dry.out())
                .isEqualTo("Dry run: 1 of 1 rows would make letters; 0 have errors. Nothing was written.\n");
        assertThat(dir.resolve("out")).doesNotExist();

        Path zip = dir.resolve("letters.zip");
        CliRun zipped = run(
                "batch",
                csv.toString(),
                "--candidates",
                sample("cohort/candidates"),
                "--out",
                out(),
                "--zip",
                zip.toString());
        assertThat(zipped.exit()).isZero();
        assertThat(zipped.out()).contains("Zip: " + zip);
        assertThat(zip).exists();
    }

    @Test
    void reviewsATextFileAndHonoursMinScore() throws IOException {
        Path letter = write(
                "letter.txt",
                "Dear [Name],\n\nI want to work at [Company]. I know React, Angular, Vue,"
                        + " CSS, HTML, Python, Java, Go, Rust, Kotlin, Scala and PHP.\n\nRegards,\nSam\n");

        CliRun human = run("review", letter.toString(), "--min-score", "75");
        assertThat(human.exit()).isEqualTo(4);
        assertThat(human.out()).startsWith("Score: ").contains("(poor)", "placeholder", "\"[Company]\"", "Suggestion:");

        CliRun json = run("review", letter.toString(), "--json");
        assertThat(json.exit()).isZero();
        assertThat(json.out())
                .startsWith("{\n  \"format\": \"letterpress-review\",")
                .contains("\"rule\": \"placeholder\"");
    }

    @Test
    void reviewExplainPrintsEveryRulesPointsAndWhyAndDoesNotMixWithJson() throws IOException {
        Path letter = write(
                "letter.txt",
                "Dear [Name],\n\nI want to work at [Company]. I know React, Angular, Vue,"
                        + " CSS, HTML, Python, Java, Go, Rust, Kotlin, Scala and PHP.\n\nRegards,\nSam\n");

        CliRun explain = run("review", letter.toString(), "--explain");
        assertThat(explain.exit()).as(explain.err()).isZero();
        assertThat(explain.out())
                .startsWith("Score: 0/100 (poor), backend review of 21 words\n\n"
                        + "rule                    severity  weight  points  why\n"
                        + "placeholder             error         30     -30  2 findings; the first: Template placeholder left "
                        + "in the text: \"[Name]\".\n"
                        + "metrics.missing         error         26     -26  No figures of scale or performance.\n")
                .contains(
                        "tailoring.company       error         26       0  Not checked: no posting given.\n",
                        "\nBands: good 75-100, fair 50-74, poor 0-49; fixing ");

        CliRun both = run("review", letter.toString(), "--json", "--explain");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.out()).isEmpty();
        assertThat(both.err())
                .startsWith("--json and --explain cannot be combined: the JSON form already holds the "
                        + "explanation (\"scoring\" and \"bands\")\n");
    }

    @Test
    void reviewsGeneratedPdfAndDocxWithThePosting() throws IOException {
        run(
                "generate",
                "--candidate",
                sample("recruiter/candidate.yaml"),
                "--job",
                sample("jobs/harbourline-bank-senior-backend-engineer.yaml"),
                "--out",
                out(),
                "--date",
                "2026-11-29");
        Path base = dir.resolve("out/elif-demir/harbourline-bank--senior-backend-engineer");

        CliRun docx = run(
                "review",
                base + ".docx",
                "--job",
                sample("jobs/harbourline-bank-senior-backend-engineer.yaml"),
                "--min-score",
                "75");
        assertThat(docx.exit()).as(docx.out() + docx.err()).isZero();
        assertThat(docx.out()).contains("Score: 100/100 (good)", "No findings: the letter follows the advice.");

        CliRun pdf = run(
                "review",
                base + ".pdf",
                "--job",
                sample("jobs/harbourline-bank-senior-backend-engineer.yaml"),
                "--min-score",
                "75");
        assertThat(pdf.exit()).as(pdf.out() + pdf.err()).isZero();
        assertThat(pdf.out()).contains("Score: 100/100 (good)", "No findings: the letter follows the advice.");
    }

    @Test
    void reviewRejectsFilesItCannotRead() throws IOException {
        Path fake = write("letter.docx", "this is not a zip");
        CliRun docx = run("review", fake.toString());
        assertThat(docx.exit()).isEqualTo(2);
        assertThat(docx.err()).startsWith("error: " + fake + ": ");

        Path odt = write("letter.odt", "x");
        CliRun other = run("review", odt.toString());
        assertThat(other.exit()).isEqualTo(2);
        assertThat(other.err())
                .isEqualTo("error: " + odt + ": cannot review this kind of file; use .docx, .pdf, .txt or .md\n");
    }

    @Test
    void listsTemplatesAndChecksUserTemplates() throws IOException {
        CliRun list = run("templates");
        assertThat(list.exit()).isZero();
        assertThat(list.out().lines().map(l -> l.split(" ")[0]))
                .containsExactlyInAnyOrder("concise", "experienced", "frontend-to-backend", "junior-to-mid");

        Path templates = dir.resolve("templates");
        write(
                "templates/mine.xml",
                "<letter description=\"Mine\">\n<subject th:text=\"${candidat.name}\">x</subject>\n"
                        + "<blink>no</blink>\n</letter>\n");
        CliRun check = run("templates", "--check", templates.toString());
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err())
                .contains("candidat", "did you mean", "blink")
                .contains(templates.resolve("mine.xml").toString());
    }

    @Test
    void demoWritesTheCohortAndSaysWhere() throws IOException {
        CliRun run = run("demo", "--out", out(), "--date", "2026-11-29");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("for 40 applications", "Manifest: " + dir.resolve("out/manifest.csv"), "A letter: ");
        String letter = run.out()
                .lines()
                .filter(l -> l.startsWith("A letter: "))
                .findFirst()
                .orElseThrow()
                .substring("A letter: ".length());
        assertThat(Path.of(letter)).exists();
        assertThat(Files.readAllLines(dir.resolve("out/manifest.csv"))).hasSize(41);
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            // the lock file names the run's process and start time; it is the run's, not a letter
            for (Path p : walk.filter(Files::isRegularFile)
                    .filter(p -> !p.endsWith(".letterpress.lock"))
                    .toList()) {
                files.put(
                        root.relativize(p).toString(),
                        dev.letterpress.batch.Slugs.slug(java.util.HexFormat.of()
                                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                        .digest(Files.readAllBytes(p)))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
