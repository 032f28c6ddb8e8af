package dev.letterpress.samples;

import static dev.letterpress.samples.Console.samples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.Letterpress;
import dev.letterpress.cli.Cli;
import dev.letterpress.compose.Composer;
import dev.letterpress.compose.TemplateInfo;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Profiles;
import dev.letterpress.review.Review;
import dev.letterpress.review.RuleId;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** samples/templates/experienced.xml is a template a user could have written, and a good one. */
class CustomTemplateTest {
    private static final Path TEMPLATES = samples().resolve("templates");

    @Test
    void passesTheComposersCheck() {
        assertThat(Composer.checkTemplates(TEMPLATES)).isEmpty();
    }

    @Test
    void passesTheCommandLineCheck() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.create(Map.of(), Clock.systemUTC());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("templates", "--check", TEMPLATES.toString());

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo("ok: the templates in " + TEMPLATES + " are valid\n");
    }

    @Test
    void replacesTheBuiltInExperiencedTemplateWithItsOwnDescription() {
        TemplateInfo experienced =
                Composer.builder().templatesDirectory(TEMPLATES).date(LocalDate.EPOCH).build().templates().stream()
                        .filter(t -> t.name().equals(Composer.EXPERIENCED))
                        .findFirst()
                        .orElseThrow();

        assertThat(experienced.builtIn()).isFalse();
        assertThat(experienced.file()).isEqualTo(TEMPLATES.resolve("experienced.xml"));
        assertThat(experienced.description())
                .isEqualTo("Company first: why this company, results in the first person,"
                        + " the stack and projects as prose");
    }

    @Test
    void writesAGoodLetterForEveryCohortProfileWithoutPlaceholdersOrMissingFacts() {
        Letterpress letterpress = Letterpress.builder()
                .templatesDirectory(TEMPLATES)
                .date(LocalDate.of(2026, 11, 30))
                .build();
        JobPosting job = Profiles.readJob(samples().resolve("jobs/harbourline-bank-senior-backend-engineer.yaml"));

        for (Candidate candidate : Profiles.readCandidates(samples().resolve("cohort/candidates"))) {
            Letter letter = letterpress.compose(candidate, job, Composer.EXPERIENCED);
            Review review = letterpress.review(letter, job);
            String text = letter.toPlainText();

            assertThat(text)
                    .as(candidate.id())
                    .contains(
                            "Why Harbourline Bank",
                            "Results I can point to",
                            "I would be glad to talk about what I could take on at Harbourline Bank.")
                    .doesNotContain("null", "Acme", "github.com/ada", "  ");
            assertThat(review.has(RuleId.PLACEHOLDER)).as(candidate.id()).isFalse();
            assertThat(review.has(RuleId.TAILORING_COMPANY)).as(candidate.id()).isFalse();
            if (candidate.links() == null || candidate.links().github() == null) {
                assertThat(text).as(candidate.id()).doesNotContain("My code is at github.com");
            }
        }
    }
}
