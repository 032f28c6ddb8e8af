package dev.letterpress.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.model.Block;
import dev.letterpress.model.Inline;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Links;
import dev.letterpress.model.Recipient;
import dev.letterpress.model.Sender;
import dev.letterpress.model.Signature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ReviewerTest {
    /** A composed letter as the composer builds it: headline, subject, paragraphs, a stack list, GitHub link. */
    static Letter composed(String headline, Links links, String subject) {
        return Letter.builder()
                .sender(new Sender("Ada Lovelace", headline, "ada@example.com", null, "London", links))
                .recipient(new Recipient("Claire Osei", "Harbourline Bank", "Senior Backend Engineer", "London", null))
                .date(LocalDate.of(2026, 3, 14))
                .subject(subject)
                .salutation("Dear Ms Osei,")
                .block(Block.Paragraph.of(Inline.text("Harbourline Bank's move to real-time payments is the work I "
                        + "want to do next, and I would like to bring six years of building payment services to it. I have "
                        + "spent those years on the parts of a payments platform that must never lose a message.")))
                .block(Block.Paragraph.of(
                        Inline.text("At Ledgerly I "),
                        Inline.bold("designed the event-driven order " + "pipeline on Kafka"),
                        Inline.text(", with PostgreSQL as the system of record. It carries 10M "
                                + "requests/day, and a Redis cache cut p95 latency from 320 ms to 45 ms.")))
                .block(new Block.Heading("Tech stack"))
                .block(new Block.BulletList(List.of(
                        Block.ListItem.of(Inline.text("Python (6 years): Django and FastAPI services")),
                        Block.ListItem.of(Inline.text("PostgreSQL (5 years): tuned a 4 TB orders cluster")),
                        Block.ListItem.of(Inline.text("Kafka (3 years): event-driven order pipeline")),
                        Block.ListItem.of(Inline.text("Kubernetes (3 years) on AWS, shipped through GitHub Actions")))))
                .block(Block.Paragraph.of(Inline.text("Every service I own has unit and integration tests, and I keep "
                        + "the main one at 85% coverage. I would be glad to walk you through the ledger and the "
                        + "trade-offs behind it, and to hear what your team is building this year.")))
                .closing("Kind regards,")
                .signature(new Signature("Ada Lovelace", "ada@example.com", null, links.code()))
                .build();
    }

    private static final Links GITHUB = new Links("https://github.com/ada", null, null);

    @Test
    void aComposedLetterIsReviewedByItsStructure() {
        Review review = Fixtures.BACKEND.review(
                composed(
                        "Python backend specialist (6 years)",
                        GITHUB,
                        "Senior Backend Engineer | Python + Kafka | Payments at scale"),
                Fixtures.backendJob());
        assertThat(review.findings()).isEmpty();
        assertThat(review.score()).isEqualTo(100);
    }

    @Test
    void theHeadlineStatesThePrimaryStackAndTheSenderLinksCountAsCode() {
        Letter noHeadline = composed(null, Links.NONE, "Senior Backend Engineer | Payments at scale");
        Review review = Fixtures.BACKEND.review(noHeadline, null);
        // the stack list still states Python (6 years): a primary stack with years
        assertThat(review.ruleIds()).containsExactly("github.missing");
        Review withWebsite = Fixtures.BACKEND.review(
                composed(null, new Links(null, null, "https://ada.dev"), "Senior Backend Engineer"), null);
        assertThat(withWebsite.ruleIds()).doesNotContain("github.missing");
    }

    @Test
    void theSubjectCountsForTailoring() {
        JobPosting job = JobPosting.builder("Harbourline Bank", "Senior Backend Engineer")
                .requiredSkills("Go", "gRPC", "Python", "Terraform")
                .build();
        Review withoutSubject = Fixtures.BACKEND.review(composed("Backend engineer", GITHUB, "Application"), job);
        assertThat(withoutSubject.ruleIds()).contains("tailoring.requirements");
        Review withSubject = Fixtures.BACKEND.review(
                composed("Backend engineer", GITHUB, "Senior Backend Engineer | Go + gRPC"), job);
        assertThat(withSubject.ruleIds()).doesNotContain("tailoring.requirements");
    }

    @Test
    void aBlankLetterIsAnInputError() {
        assertThatThrownBy(
                        () -> Fixtures.BACKEND.review(LetterText.plain(" \n ").withSource("empty.pdf"), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("empty.pdf: the letter has no text to review");
    }

    @Test
    void aTextFarLongerThanALetterIsAnInputError() {
        String huge = "word ".repeat(30_000);
        assertThatThrownBy(() -> Fixtures.BACKEND.review(huge, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("letter: too long to be a cover letter (150,000 characters; at most 100,000)");
    }

    @Test
    void aPathologicalLetterJustUnderTheLimitIsReviewedQuickly() {
        // one sentence, no spaces to split on, many near-matches for every pattern
        String text = "Dear x, " + "[[[{{<<X1,".repeat(9_000);
        Review review = Fixtures.BACKEND.review(text, Fixtures.backendJob());
        assertThat(review.band()).isEqualTo(Band.POOR);
    }

    @Test
    void oneReviewerIsSafeToShareBetweenThreads() throws Exception {
        Review expected = Fixtures.BACKEND.review(Fixtures.good(), Fixtures.backendJob());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Review>> reviews = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                reviews.add(pool.submit(() -> Fixtures.BACKEND.review(Fixtures.good(), Fixtures.backendJob())));
            }
            for (Future<Review> f : reviews) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void listsTheBundledRolesAndTheRulesItRuns() {
        assertThat(Reviewer.roles()).containsExactly("backend");
        assertThat(Fixtures.BACKEND.role()).isEqualTo("backend");
        assertThat(Fixtures.BACKEND.rules()).hasSize(RuleId.values().length);
        assertThat(RuleId.byId("stack.breadth")).contains(RuleId.STACK_BREADTH);
        assertThat(RuleId.ids())
                .containsExactly(
                        "metrics.missing",
                        "metrics.implausible",
                        "stack.breadth",
                        "stack.primary",
                        "design.missing",
                        "devops.missing",
                        "testing.missing",
                        "github.missing",
                        "placeholder",
                        "frontend.first",
                        "tailoring.company",
                        "tailoring.requirements",
                        "length",
                        "style.repeated-figure",
                        "style.punctuation");
    }

    @Test
    void everyRuleOfThePackIsScoredInItsOrderAndTheTailoringRulesSayWhyTheyDidNotRun() {
        Review review = Fixtures.review(Fixtures.letter(
                Fixtures.OPENING,
                Fixtures.DESIGN + " " + Fixtures.FIGURES,
                Fixtures.DEVOPS,
                Fixtures.CLOSING_PARAGRAPH));

        assertThat(review.scoring()).extracting(RuleScore::rule).containsExactlyElementsOf(Fixtures.BACKEND.rules());
        assertThat(review.scoring())
                .filteredOn(r -> r.points() > 0)
                .extracting(r -> r.rule() + " " + r.points() + " " + r.why())
                .containsExactly("testing.missing 8 No testing practice.");
        assertThat(review.scoring())
                .filteredOn(r -> r.outcome() == RuleScore.Outcome.NOT_CHECKED)
                .extracting(r -> r.rule() + ": " + r.why())
                .containsExactly(
                        "tailoring.company: Not checked: no posting given.",
                        "tailoring.requirements: Not checked: no posting given.");
        assertThat(review.scoring())
                .filteredOn(r -> r.outcome() == RuleScore.Outcome.PASSED)
                .allSatisfy(r -> assertThat(r.why()).isEqualTo("No finding."));
        assertThat(review.score()).isEqualTo(92);
        assertThat(review.explain())
                .contains(
                        "testing.missing         info           8      -8  No testing practice.\n",
                        "tailoring.requirements  warning       26       0  Not checked: no posting given.\n",
                        "total                                         -8  100 - 8 = 92\n");
    }

    @Test
    void aPostingWithoutRequiredSkillsLeavesOnlyTheRequirementsUnchecked() {
        JobPosting job = JobPosting.builder("Harbourline Bank", "Senior Backend Engineer")
                .build();

        Review review = Fixtures.review(Fixtures.good().replace("your platform team", "Harbourline Bank"), job);

        assertThat(review.scoring())
                .filteredOn(r -> r.outcome() != RuleScore.Outcome.PASSED)
                .extracting(r -> r.rule() + ": " + r.why())
                .containsExactly("tailoring.requirements: Not checked: the posting lists no required skills.");
        assertThat(review.score()).isEqualTo(100);
    }

    @Test
    void severalFindingsOfOneRuleCostItsWeightOnceAndAreCountedInTheWhy() {
        Review review = Fixtures.review(Fixtures.good().replace("your platform team", "[Company] and [Team]"));

        RuleScore placeholder = review.scoring().get(0);
        assertThat(placeholder.rule()).isEqualTo(RuleId.PLACEHOLDER);
        assertThat(placeholder.findings()).isEqualTo(2);
        assertThat(placeholder.points()).isEqualTo(30);
        assertThat(placeholder.why())
                .isEqualTo("2 findings; the first: Template placeholder left in the text: " + "\"[Company]\".");
    }
}
