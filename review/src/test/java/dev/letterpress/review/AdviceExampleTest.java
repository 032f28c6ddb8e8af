package dev.letterpress.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Profiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The review is calibrated on the advice's own "real backend developer cover letter example"
 * (issue 18): a letter of its shape, in our own words ({@code corpus/33-advice-shape.txt}, about
 * 125 words, every result with a figure, no testing), is good with {@code testing.missing} as its
 * only finding, and each of the advice's mistakes made to it costs what the role pack says.
 */
class AdviceExampleTest {
    private static Review review(String name) throws IOException, URISyntaxException {
        String text = Files.readString(CorpusAccuracyTest.corpus().resolve(name), StandardCharsets.UTF_8);
        JobPosting larkspur =
                Profiles.readJob(CorpusAccuracyTest.corpus().resolve("postings/larkspur-senior-backend.yaml"));
        return Fixtures.BACKEND.review(LetterText.plain(text).withSource(name), larkspur);
    }

    @Test
    void theAdvicesExampleShapeIsGoodWithTestingMissingAsItsOnlyFinding() throws Exception {
        Review review = review("33-advice-shape.txt");

        assertThat(review.words()).isEqualTo(127);
        assertThat(review.score()).isEqualTo(92);
        assertThat(review.band()).isEqualTo(Band.GOOD);
        assertThat(review.ruleIds()).containsExactly("testing.missing");
    }

    @Test
    void withoutItsFiguresItDropsToFair() throws Exception {
        Review review = review("34-advice-shape-no-figures.txt");

        assertThat(review.ruleIds()).containsExactly("metrics.missing", "testing.missing");
        assertThat(review.score()).isEqualTo(66);
        assertThat(review.band()).isEqualTo(Band.FAIR);
    }

    @Test
    void twentyTechnologiesInOneLineAreBreadthWithoutDepth() throws Exception {
        Review review = review("35-advice-shape-twenty-technologies.txt");

        assertThat(review.ruleIds()).containsExactly("stack.breadth", "testing.missing");
        assertThat(review.findings().get(0).message()).startsWith("Names 20 technologies in one list, more than 8: ");
        assertThat(review.score()).isEqualTo(66);
        assertThat(review.band()).isEqualTo(Band.FAIR);
    }

    @Test
    void billionsOfRequestsIsAClaimNobodyCanCheck() throws Exception {
        Review review = review("36-advice-shape-billions.txt");

        assertThat(review.ruleIds()).containsExactly("metrics.implausible", "testing.missing");
        assertThat(review.findings().get(0).quote()).isEqualTo("billions of requests");
        assertThat(review.score()).isEqualTo(77);
    }

    @Test
    void itsPlaceholdersLeftInMakeItPoor() throws Exception {
        Review review = review("37-advice-shape-placeholders.txt");

        assertThat(review.ruleIds())
                .containsExactly("placeholder", "tailoring.company", "github.missing", "testing.missing");
        assertThat(Fixtures.findings(review, RuleId.PLACEHOLDER))
                .extracting(Finding::quote)
                .contains("[Hiring Manager]", "[Company]", "[Your Name]");
        assertThat(review.score()).isEqualTo(26);
        assertThat(review.band()).isEqualTo(Band.POOR);
    }
}
