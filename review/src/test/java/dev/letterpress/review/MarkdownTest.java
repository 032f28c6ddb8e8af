package dev.letterpress.review;

import static org.assertj.core.api.Assertions.assertThat;

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
        String markdown = "# Ada\n\n[GitHub](https://github.com/ada)\n\nDear team,\n\n**I built** things.\n\nBest,\nAda\n";
        Review review = Fixtures.BACKEND.review(LetterText.markdown(markdown), null);
        assertThat(review.ruleIds()).doesNotContain("github.missing", "placeholder");
        assertThat(review.words()).isEqualTo(3);
    }
}
