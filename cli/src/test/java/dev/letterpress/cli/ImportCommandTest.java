package dev.letterpress.cli;

import static dev.letterpress.cli.CliRun.run;
import static dev.letterpress.cli.CliRun.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheNativeYamlOfAJsonResumeWithTheOriginOfEachField() {
        CliRun run = run("import", sample("import/resume.json"), "--date", "2026-03-02");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("""
                # Imported by letterpress import from JSON Resume.
                # Each comment names where the value came from. Check the mapping, fix what is wrong, add
                # what the source could not say (years per skill, seniority), then use this file as it is.
                id: "richard-hendriks"  # made from /basics/name
                name: "Richard Hendriks"  # /basics/name (line 4)
                """)
                .contains(
                        "summary: \"Founder of a compression start-up. I wrote the first version of our lossless"
                                + " compression engine and now run the company: fundraising, hiring and product.\""
                                + "  # /basics/summary (line 10)\n",
                        "yearsExperience: 14.5  # the dates of 2 work entries up to 2026-03-02\n");
    }

    @Test
    void takesCompanyFromTheOptionForAnAdThatLacksIt() throws IOException {
        Path ad = dir.resolve("ad.md");
        Files.writeString(ad, "# Backend Developer\n\nPython and PostgreSQL.\n", StandardCharsets.UTF_8);

        CliRun without = run("import", ad.toString());
        CliRun with = run("import", ad.toString(), "--company", "Hooli");

        assertThat(without.exit()).isEqualTo(2);
        assertThat(without.err())
                .isEqualTo("error: " + ad + " 1: the posting names no company; give it with --company\n");
        assertThat(with.exit()).isZero();
        assertThat(with.out())
                .contains(
                        "company: \"Hooli\"  # --company\n",
                        "title: \"Backend Developer\"  # line 1\n",
                        "requiredSkills: [\"Python\", \"PostgreSQL\"]");
    }

    @Test
    void asksForAnIndexWhenAPageHoldsSeveralPostings() throws IOException {
        Path page = dir.resolve("jobs.html");
        Files.writeString(
                page,
                "<html><head><script type=\"application/ld+json\">[{\"@type\": \"JobPosting\", \"title\":"
                        + " \"SRE\", \"hiringOrganization\": \"Hooli\"}, {\"@type\": \"JobPosting\", \"title\": \"Go Developer\","
                        + " \"hiringOrganization\": \"Hooli\"}]</script></head></html>",
                StandardCharsets.UTF_8);

        CliRun several = run("import", page.toString());
        CliRun second = run("import", page.toString(), "--index", "2");
        CliRun zero = run("import", page.toString(), "--index", "0");

        assertThat(several.exit()).isEqualTo(2);
        assertThat(several.err())
                .isEqualTo("error: " + page + ": holds 2 job postings; choose one with --index N:"
                        + " 1 \"SRE\" at Hooli, 2 \"Go Developer\" at Hooli\n");
        assertThat(second.out()).contains("title: \"Go Developer\"", "requiredSkills: [\"Go\"]");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).startsWith("Invalid value for option '--index': 0 (use 1 for the first posting)");
    }

    @Test
    void generatesALetterFromAJsonResumeAndASavedJobPage() {
        Path out = dir.resolve("out");

        CliRun run = run(
                "generate",
                "--candidate",
                sample("import/resume.json"),
                "--job",
                sample("import/posting.html"),
                "--format",
                "pdf",
                "--out",
                out.toString(),
                "--date",
                "2026-03-02");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(out.resolve("richard-hendriks/endframe--senior-backend-engineer.pdf") + "\n");
    }

    @Test
    void batchReadsJsonResumesFromTheFolderAndPostingFilesFromTheCsv() throws IOException {
        Files.createDirectories(dir.resolve("candidates"));
        Files.copy(Path.of(sample("import/resume.json")), dir.resolve("candidates/resume.json"));
        // posting files lie beside the CSV (a path from the CSV never leaves its folder)
        Files.createDirectories(dir.resolve("postings"));
        Files.copy(Path.of(sample("import/posting.html")), dir.resolve("postings/posting.html"));
        Files.copy(Path.of(sample("import/ad.txt")), dir.resolve("postings/ad.txt"));
        Path csv = dir.resolve("apps.csv");
        Files.writeString(
                csv,
                "candidate,posting,title\n"
                        + "richard-hendriks,postings/posting.html,\n"
                        + "richard-hendriks,postings/ad.txt,Backend Engineer\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        CliRun run = run(
                "batch",
                csv.toString(),
                "--candidates",
                dir.resolve("candidates").toString(),
                "--format",
                "pdf",
                "--out",
                out.toString(),
                "--date",
                "2026-03-02");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(out.resolve("richard-hendriks/endframe--senior-backend-engineer.pdf"))
                .isRegularFile();
        assertThat(out.resolve("richard-hendriks/raviga-media--backend-engineer.pdf"))
                .isRegularFile();
    }

    @Test
    void batchRefusesAPostingFileOutsideTheCsvsFolder() throws IOException {
        Files.createDirectories(dir.resolve("candidates"));
        Files.copy(Path.of(sample("import/resume.json")), dir.resolve("candidates/resume.json"));
        Path csv = dir.resolve("apps.csv");
        Files.writeString(csv, "candidate,posting\nrichard-hendriks,../../etc/passwd\n", StandardCharsets.UTF_8);

        CliRun run = run(
                "batch",
                csv.toString(),
                "--candidates",
                dir.resolve("candidates").toString(),
                "--format",
                "pdf",
                "--out",
                dir.resolve("out").toString(),
                "--date",
                "2026-03-02");

        assertThat(run.exit()).isEqualTo(Cli.SOME_FAILED);
        assertThat(run.err())
                .contains(csv + " line 2, column \"posting\": \"../../etc/passwd\" is outside the CSV's "
                        + "folder; name a posting file in that folder or below it");
    }

    @Test
    void hasHelpWithExamples() {
        CliRun help = run("import", "--help");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: letterpress import", "--index", "--company", "--title", "Examples:");
    }
}
