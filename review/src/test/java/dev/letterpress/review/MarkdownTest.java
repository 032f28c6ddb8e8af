package dev.letterpress.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.model.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkdownTest {
    @Test
    void stripsHeadingsEmphasisCodeAndRulesKeepingLinkAddressesVisible() {
        String markdown = """
                # Ada Lovelace

                **Python backend specialist (6 years)** · [GitHub](https://github.com/ada) · <ada@example.com>

                ---

                Dear *Hiring Manager*,

                I built `ledgerline`, a __double-entry__ ledger, see [github.com/ada/ledgerline](https://github.com/ada/ledgerline).
                Mail me at [ada@example.com](mailto:ada@example.com) or read <https://ada.dev>. ~~Old~~ New.

                ## Tech stack

                * Python (6 years)
                + Kafka
                1. PostgreSQL

                > Kind regards,
                """;
        assertThat(Markdown.toPlain(markdown)).isEqualTo("""
                Ada Lovelace

                Python backend specialist (6 years) · GitHub (https://github.com/ada) · ada@example.com

                Dear Hiring Manager,

                I built ledgerline, a double-entry ledger, see https://github.com/ada/ledgerline.
                Mail me at ada@example.com or read https://ada.dev. Old New.

                Tech stack

                - Python (6 years)
                - Kafka
                - PostgreSQL

                Kind regards,
                """);
    }

    @Test
    void leavesPlaceholdersSnakeCaseAndEscapesAlone() {
        assertThat(Markdown.toPlain("Dear [Name], at <Company> we use snake_case_names and 2 \\* 3 \\[x\\]."))
                .isEqualTo("Dear [Name], at <Company> we use snake_case_names and 2 * 3 [x].");
    }

    @Test
    void aMarkdownLetterIsReviewedAsTheTextAReaderSees() {
        String markdown =
                "# Ada\n\n[GitHub](https://github.com/ada)\n\nDear team,\n\n**I built** things.\n\nBest,\nAda\n";
        Review review = Fixtures.BACKEND.review(LetterText.markdown(markdown), null);
        assertThat(review.ruleIds()).doesNotContain("github.missing", "placeholder");
        assertThat(review.words()).isEqualTo(3);
    }

    private static String hostile(String name) throws IOException {
        try (InputStream in = MarkdownTest.class.getResourceAsStream("/hostile/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aLineOfThousandsOfRuleMarksIsARuleNotAStackOverflow() throws IOException {
        assertThat(hostile("stars.md")).hasSize(3001);
        assertThat(Markdown.toPlain("Dear team,\n" + hostile("stars.md") + "Best,\n"))
                .isEqualTo("Dear team,\n\nBest,\n");
        assertThat(Markdown.toPlain("Dear team,\n" + hostile("underscores.md") + "Best,\n"))
                .isEqualTo("Dear team,\n\nBest,\n");
        assertThat(Markdown.toPlain("Dear team,\n" + hostile("dashes.md") + "Best,\n"))
                .isEqualTo("Dear team,\n\nBest,\n");
    }

    @Test
    void thousandsOfMarksInsideTextAreReadInOnePass() throws IOException {
        assertThat(Markdown.toPlain("a " + hostile("stars.md"))).isEqualTo("a " + "*".repeat(600) + "\n");
        assertThat(Markdown.toPlain("a " + hostile("underscores.md"))).isEqualTo("a " + "_".repeat(1000) + "\n");
        assertThat(Markdown.toPlain(hostile("dashes.md").replace("\n", "x"))).isEqualTo("- ".repeat(5000) + "x");
    }

    @Test
    void ninetyNineThousandOpenBracketsStayAsWritten() {
        String brackets = "[".repeat(99_000);
        assertThat(Markdown.toPlain(brackets)).isEqualTo(brackets);
        assertThat(Markdown.toPlain("[a](".repeat(20_000))).isEqualTo("[a](".repeat(20_000));
        assertThat(Markdown.toPlain("![".repeat(30_000) + "](")).isEqualTo("![".repeat(30_000) + "](");
        assertThat(Markdown.toPlain("<a".repeat(30_000) + "@b")).isEqualTo("<a".repeat(30_000) + "@b");
    }

    @Test
    void aTextLongerThanAReviewTakesIsRefusedBeforeItIsConverted() {
        String markdown = "**a** ".repeat(20_001);
        LetterText text = LetterText.markdown(markdown).withSource("long.md");

        assertThat(text.text()).isEqualTo(markdown);
        assertThatThrownBy(() -> Fixtures.BACKEND.review(text, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("long.md: too long to be a cover letter (120,006 characters; at most 100,000)");
    }
}
