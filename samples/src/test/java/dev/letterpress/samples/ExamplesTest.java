package dev.letterpress.samples;

import static dev.letterpress.samples.Console.run;
import static dev.letterpress.samples.Console.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.Letterpress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example runs as a newcomer would run it, and writes or prints what its Javadoc promises. */
class ExamplesTest {
    private static final String HAMID = "cohort/candidates/hamid-rezaei.yaml";
    private static final String HARBOURLINE = "jobs/harbourline-bank-senior-backend-engineer.yaml";
    private static final String BRAND = "cohort/brand.yaml";

    @TempDir
    Path out;

    @Test
    void generateLetterWritesDocxAndPdfNamingTheCandidateAndTheCompany() throws Exception {
        String printed = run(GenerateLetter::main, out.toString(), sample(HAMID), sample(HARBOURLINE), sample(BRAND));

        for (String file : List.of("letter.docx", "letter.pdf")) {
            String text = Letterpress.letterText(out.resolve(file)).text();
            assertThat(text).as(file).contains("Hamid Rezaei", "Harbourline Bank", "Dear Dr. Eleanor Vance,");
        }
        assertThat(Letterpress.letterText(out.resolve("letter.pdf")).text())
                .as("the brand's footer")
                .contains("Kestrel Code Academy");
        assertThat(printed)
                .containsPattern("Review: \\d{1,3}/100 \\((good|fair|poor)\\)")
                .contains("Wrote " + out.resolve("letter.docx") + " and " + out.resolve("letter.pdf"));
    }

    @Test
    void runCohortBatchWritesEveryApplicationAndPrintsProgress() throws Exception {
        String printed = run(
                RunCohortBatch::main,
                out.toString(),
                sample("cohort/applications.csv"),
                sample("cohort/candidates"),
                sample(BRAND));

        assertThat(printed)
                .startsWith("Writing letters for 40 applications")
                .contains(
                        "[ 1/40] ok      zoe-lukasiewicz → Larkspur Learning, Backend Developer: score ",
                        "[40/40] ok ",
                        "40 of 40 letters written (79 files)",
                        "; 0 failed",
                        "Manifest: " + out.toAbsolutePath().resolve("manifest.csv"));
        Path letter = out.resolve("hamid-rezaei/harbourline-bank--senior-backend-engineer.pdf");
        assertThat(Letterpress.letterText(letter).text()).contains("Hamid Rezaei", "Harbourline Bank");
        assertThat(Files.readAllLines(out.resolve("manifest.csv"))).hasSize(41);
    }

    @Test
    void reviewLetterPrintsScoreBandFindingsAndSuggestionsOfTheFirstDraft() throws Exception {
        String printed = run(
                ReviewLetter::main,
                sample("letters/zoe-first-draft.docx"),
                sample("jobs/fernhill-logistics-junior-backend-engineer.yaml"));

        assertThat(printed)
                .containsPattern("zoe-first-draft\\.docx for Fernhill Logistics: \\d{1,2}/100, (fair|poor)"
                        + " \\(185 words\\)");
        assertThat(printed)
                .contains(
                        "- [error] metrics.missing: No figures of scale or performance.",
                        "  Suggestion: Add one, e.g. 'serving 10M requests/day",
                        "- [warning] github.missing: No link to code",
                        "- [info] testing.missing: No testing practice.",
                        "  Suggestion: Mention how you test");
    }

    @Test
    void reviewLetterReadsALetterGeneratedAsDocx() throws Exception {
        run(GenerateLetter::main, out.toString(), sample(HAMID), sample(HARBOURLINE), sample(BRAND));

        String printed = run(ReviewLetter::main, out.resolve("letter.docx").toString(), sample(HARBOURLINE));

        assertThat(printed)
                .containsPattern("letter\\.docx for Harbourline Bank: \\d{1,3}/100, (good|fair|poor) \\(\\d+ words\\)");
    }

    @Test
    void customTemplateReplacesExperiencedWithAWhyTheCompanySection() throws Exception {
        String printed = run(
                CustomTemplate::main,
                out.toString(),
                sample("templates"),
                sample(HAMID),
                sample(HARBOURLINE),
                sample(BRAND));

        assertThat(printed)
                .contains(
                        "experienced (" + sample("templates/experienced.xml") + "): Company first:",
                        "concise (built in): ",
                        "Template: experienced");
        for (String file : List.of("letter.docx", "letter.pdf")) {
            String text = Letterpress.letterText(out.resolve(file)).text();
            assertThat(text)
                    .as(file)
                    .contains(
                            "Why Harbourline Bank",
                            "Results I can point to",
                            "How I work",
                            "From the skills you ask for, I bring Java (8 years)",
                            "With best regards,")
                    .doesNotContain("Tech stack");
        }
    }
}
