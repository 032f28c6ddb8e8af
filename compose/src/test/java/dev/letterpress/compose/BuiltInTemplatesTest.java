package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Block;
import dev.letterpress.model.Inline;
import dev.letterpress.model.Letter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuiltInTemplatesTest {
    private final Composer composer = Fixtures.composer();

    private Letter compose(String candidate, String job, String template) {
        return composer.compose(Fixtures.candidate(candidate), Fixtures.job(job), template);
    }

    /** The body's shape: "p", "h2 Tech stack", "ul 6". */
    private static List<String> shape(Letter letter) {
        return letter.blocks().stream()
                .map(b -> {
                    if (b instanceof Block.Heading h) {
                        return "h2 " + h.text();
                    }
                    if (b instanceof Block.BulletList l) {
                        return "ul " + l.items().size();
                    }
                    return "p";
                })
                .toList();
    }

    private static List<Block.BulletList> lists(Letter letter) {
        return letter.blocks().stream()
                .filter(Block.BulletList.class::isInstance)
                .map(Block.BulletList.class::cast)
                .toList();
    }

    private static List<String> paragraphs(Letter letter) {
        return letter.blocks().stream()
                .filter(Block.Paragraph.class::isInstance)
                .map(b -> Letter.runs(((Block.Paragraph) b).runs()))
                .toList();
    }

    @Test
    void listsEveryBuiltInTemplateWithItsDescription() {
        assertThat(composer.templates())
                .extracting(TemplateInfo::name)
                .containsExactly("experienced", "junior-to-mid", "frontend-to-backend", "concise");
        assertThat(composer.templates()).allMatch(TemplateInfo::builtIn);
        assertThat(composer.templates().get(3).description())
                .isEqualTo("Short letter of three paragraphs without sections, for postings that ask for brevity");
    }

    @Test
    void experiencedLetterHasOpeningStackResultsProjectsAndClose() {
        Letter letter = compose("ada-senior", "acme-senior", "experienced");

        assertThat(letter.subject())
                .isEqualTo("Senior Backend Engineer | Python + AWS | Event-Driven Systems at Scale");
        assertThat(letter.salutation()).isEqualTo("Dear Maria Chen,");
        assertThat(shape(letter))
                .containsExactly(
                        "p", "h2 Tech stack", "ul 6", "h2 What I've built", "ul 4", "h2 Key projects", "ul 2", "p");
        assertThat(letter.closing())
                .as("one of the closings, chosen by variant")
                .isEqualTo("With best regards,");
        assertThat(paragraphs(letter).get(0))
                .isEqualTo("I'm writing to apply for the Backend Engineer role at Acme"
                        + " Payments. Your focus on microservices, event-driven systems and high availability matches the"
                        + " work I have done as a Python backend specialist with 8 years of experience.");
        assertThat(lists(letter).get(0).items().get(0).runs())
                .containsExactly(
                        Inline.bold("Python"), Inline.text(" (8 years): Django and FastAPI services in production"));
        assertThat(lists(letter).get(2).items().get(0).runs())
                .containsExactly(
                        Inline.bold("ledgerline"),
                        Inline.text(" ("),
                        Inline.link("github.com/ada/ledgerline", "https://github.com/ada/ledgerline"),
                        Inline.text(
                                "): An open-source double-entry ledger service with a gRPC API. Built with Python and"
                                        + " PostgreSQL."));
        assertThat(paragraphs(letter).get(1)).contains("Acme Payments").contains("github.com/ada");
    }

    @Test
    void juniorToMidLetterLeadsWithApisThenAResultWithFigures() {
        Letter letter = compose("sam-junior", "brightwave-mid", "junior-to-mid");

        assertThat(shape(letter)).containsExactly("p", "p", "h2 What I've built", "ul 2", "h2 Projects", "ul 1", "p");
        assertThat(paragraphs(letter).get(0))
                .contains("I'm a Python backend developer with 2 years of professional"
                        + " experience, and I build APIs with FastAPI, PostgreSQL and AWS.");
        assertThat(paragraphs(letter).get(1))
                .isEqualTo("I wrote the ingestion service for warehouse sensor data,"
                        + " handling 2M events/day, with 15M rows.");
        assertThat(paragraphs(letter).get(2))
                .isEqualTo("What draws me to Brightwave is the chance to grow into"
                        + " designing larger distributed systems. Thank you for your time and consideration. You can find my"
                        + " code at github.com/samrivera, and I would be glad to talk about what I could contribute.");
    }

    @Test
    void frontendToBackendLetterPutsBackendWorkFirstAndFrontendLast() {
        Letter letter = compose("lee-frontend", "northwind", "frontend-to-backend");
        String text = letter.toPlainText();

        assertThat(shape(letter)).containsExactly("p", "h2 Backend work", "ul 3", "h2 Backend stack", "ul 5", "p", "p");
        assertThat(Letter.runs(lists(letter).get(1).items().get(0).runs())).startsWith("Node.js (2 years)");
        assertThat(lists(letter).get(1).items())
                .noneMatch(i -> Letter.runs(i.runs()).matches("(React|CSS).*"));
        assertThat(text.indexOf("React")).isGreaterThan(text.indexOf("Backend stack"));
        assertThat(paragraphs(letter).get(1))
                .isEqualTo("My frontend background is a strength on the backend: after"
                        + " working with CSS and React, I design APIs with the people who consume them in mind, and I can"
                        + " work across the whole stack when a feature needs it.");
    }

    @Test
    void conciseLetterIsThreeParagraphsWithoutSections() {
        Letter letter = compose("ada-senior", "acme-senior", "concise");

        assertThat(shape(letter)).containsExactly("p", "p", "p");
        assertThat(paragraphs(letter).get(1))
                .isEqualTo("For this role I bring Python (8 years), PostgreSQL (6 years) and"
                        + " Kafka (3 years). I split the checkout monolith into 12 microservices on Kubernetes at 99.97%"
                        + " uptime. I rebuilt the order pipeline as event-driven services on Kafka, which cut p95 latency from"
                        + " 320 ms to 45 ms at 10M requests/day. I added indexing and partitioning to the orders database, with"
                        + " 120M rows. I practise TDD, and ship my code with Kubernetes and Terraform.");
        assertThat(letter.closing()).isEqualTo("With best regards,");
    }

    @ParameterizedTest
    @ValueSource(strings = {"experienced", "junior-to-mid", "frontend-to-backend", "concise"})
    void sparseProfileLosesEverySectionItCannotFill(String template) {
        Letter letter = compose("sparse", "minimal", template);

        assertThat(shape(letter)).allMatch("p"::equals);
        assertThat(letter.subject()).isEqualTo("Application for Software Engineer");
        assertThat(letter.salutation()).isEqualTo("Dear Hiring Manager,");
        assertThat(letter.sender().headline()).isNull();
        assertThat(letter.signature().link()).isNull();
        assertThat(paragraphs(letter).get(0)).contains("Software Engineer").contains("Globex");
    }

    @Test
    void careerChangerWithoutFiguresOrGithubGetsNoClaimsItCannotBack() {
        Letter letter = compose("career-changer", "brightwave-mid", null);
        String text = letter.toPlainText();

        assertThat(letter.template()).isEqualTo("junior-to-mid");
        assertThat(letter.sender().headline())
                .isEqualTo("Former logistics analyst, now building backend services in Java");
        assertThat(text).doesNotContain("github").doesNotContain("at Scale").doesNotContain("% ");
        assertThat(paragraphs(letter).get(1))
                .isEqualTo("I completed a 16-week backend bootcamp, building a booking API as the capstone project.");
    }
}
