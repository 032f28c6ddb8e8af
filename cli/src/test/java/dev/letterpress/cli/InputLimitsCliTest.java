package dev.letterpress.cli;

import static dev.letterpress.cli.CliRun.run;
import static dev.letterpress.cli.CliRun.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile templates and review inputs end in a clear error and exit 2, never a stack trace. */
class InputLimitsCliTest {
    @TempDir
    Path dir;

    private static String template(String body) {
        return """
                <letter xmlns:th="http://www.thymeleaf.org" description="A hostile template">
                  <subject th:text="${subject}">Subject</subject>
                  <salutation th:text="${salutation}">Dear Hiring Manager,</salutation>
                %s
                  <closing>Kind regards,</closing>
                </letter>
                """.formatted(body);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void templatesCheckRefusesAnUnboundedSequenceWithExit2() throws IOException {
        Path file = write(
                "templates/hostile.xml",
                template("  <p th:each=\"i : ${#numbers.sequence(1,200000000)}\" th:text=\"${i}\">n</p>"));

        CliRun run = run("templates", "--check", dir.resolve("templates").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("error: " + file + " 4:6 sequence(): sequence(…) is not allowed in templates:"
                        + " it builds a list or a text of any size; loop over the profile's own lists instead\n"
                        + "1 problem in " + dir.resolve("templates") + "\n");
    }

    @Test
    void generateStopsATemplateThatWritesWithoutEndWithExit2() throws IOException {
        StringBuilder loops = new StringBuilder("  <p>\n");
        for (int i = 1; i <= 8; i++) {
            loops.append("  <th:block th:each=\"s").append(i).append(" : ${skills}\">\n");
        }
        loops.append("    <th:block th:text=\"${s8.name}\">x</th:block>\n");
        loops.append("  </th:block>\n".repeat(8)).append("  </p>");
        Path file = write("templates/loops.xml", template(loops.toString()));

        CliRun run = run(
                "generate",
                "--candidate",
                sample("recruiter/candidate.yaml"),
                "--job",
                sample("jobs/brightwave-health-backend-engineer.yaml"),
                "--templates",
                dir.resolve("templates").toString(),
                "--template",
                "loops",
                "--out",
                dir.resolve("out").toString(),
                "--date",
                "2026-11-29");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("error: " + file + " 13: with a sample profile with every field, the template"
                        + " was stopped: it wrote more than 200000 characters for one letter (a letter is a few thousand);"
                        + " look for loops inside loops\n");
    }

    @Test
    void reviewReadsAMarkdownLetterFullOfMarksWithoutAStackOverflow() throws IOException {
        Path letter = write(
                "letter.md",
                "Dear team,\n\n" + "*".repeat(3000) + "\n" + "_".repeat(5000) + "\n" + "- ".repeat(5000)
                        + "\n\nI built " + "[".repeat(80_000) + " things.\n\nBest,\nAda\n");

        CliRun run = run("review", letter.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Score: ");
    }

    @Test
    void reviewRefusesATooLongMarkdownLetterBeforeConvertingIt() throws IOException {
        Path letter = write("letter.md", "[".repeat(500_000));

        CliRun run = run("review", letter.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("error: " + letter + ": too long to be a cover letter (500,000 characters;"
                        + " at most 100,000)\n");
    }

    @Test
    void reviewRefusesAPdfOfTenThousandPagesWithExit2() throws IOException {
        Path pdf = dir.resolve("pages.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 10_000; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(pdf.toFile());
        }

        CliRun run = run("review", pdf.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("error: " + pdf + ": has 10000 pages; a letter has one or two (at most 20 are" + " read)\n");
    }
}
