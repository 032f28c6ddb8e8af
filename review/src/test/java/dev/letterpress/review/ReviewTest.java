package dev.letterpress.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewTest {
    private static final Finding PLACEHOLDER = new Finding(RuleId.PLACEHOLDER, Severity.ERROR,
            "Template placeholder left in the text: \"[Company]\".",
            "Replace it with the real value, or rewrite the sentence without it.", "[Company]");
    private static final Finding NO_TESTS = new Finding(RuleId.TESTING_MISSING, Severity.INFO, "No testing practice.",
            "Mention how you test.", null);

    @Test
    void bandsAreGoodFrom75FairFrom50PoorBelow() {
        assertThat(Band.of(100)).isEqualTo(Band.GOOD);
        assertThat(Band.of(75)).isEqualTo(Band.GOOD);
        assertThat(Band.of(74)).isEqualTo(Band.FAIR);
        assertThat(Band.of(50)).isEqualTo(Band.FAIR);
        assertThat(Band.of(49)).isEqualTo(Band.POOR);
        assertThat(Band.of(0)).isEqualTo(Band.POOR);
        assertThatThrownBy(() -> Band.of(101)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Band score must be between 0 and 100 (was 101)");
    }

    @Test
    void writesStableJsonWithEveryFieldInOrder() {
        Review review = new Review("backend", 62, 212, List.of(PLACEHOLDER, NO_TESTS));
        assertThat(review.toJson()).isEqualTo("""
                {
                  "format": "letterpress-review",
                  "version": 1,
                  "role": "backend",
                  "score": 62,
                  "band": "fair",
                  "words": 212,
                  "findings": [
                    {
                      "rule": "placeholder",
                      "severity": "error",
                      "message": "Template placeholder left in the text: \\"[Company]\\".",
                      "suggestion": "Replace it with the real value, or rewrite the sentence without it.",
                      "quote": "[Company]"
                    },
                    {
                      "rule": "testing.missing",
                      "severity": "info",
                      "message": "No testing practice.",
                      "suggestion": "Mention how you test.",
                      "quote": null
                    }
                  ]
                }
                """);
    }

    @Test
    void writesAnEmptyFindingsListAsEmptyBrackets() {
        assertThat(new Review("backend", 100, 300, List.of()).toJson()).endsWith("""
                  "words": 300,
                  "findings": []
                }
                """);
    }

    @Test
    void writesAHumanReportWithSuggestions() {
        assertThat(new Review("backend", 62, 212, List.of(PLACEHOLDER, NO_TESTS)).toText()).isEqualTo("""
                Score: 62/100 (fair), backend review of 212 words

                1. [error] placeholder: Template placeholder left in the text: "[Company]".
                   Suggestion: Replace it with the real value, or rewrite the sentence without it.
                2. [info] testing.missing: No testing practice.
                   Suggestion: Mention how you test.
                """);
        assertThat(new Review("backend", 100, 1, List.of()).toText()).isEqualTo("""
                Score: 100/100 (good), backend review of 1 word

                No findings: the letter follows the advice.
                """);
    }

    @Test
    void ruleIdsAreDistinctInFindingOrder() {
        Finding second = new Finding(RuleId.PLACEHOLDER, Severity.ERROR, "Template placeholder: \"XX\".", "Fill it.", "XX");
        Review review = new Review("backend", 62, 212, List.of(PLACEHOLDER, second, NO_TESTS));
        assertThat(review.ruleIds()).containsExactly("placeholder", "testing.missing");
        assertThat(review.has(RuleId.TESTING_MISSING)).isTrue();
        assertThat(review.has(RuleId.LENGTH)).isFalse();
    }

    @Test
    void rejectsAScoreOutsideTheRangeAndBlankWords() {
        assertThatThrownBy(() -> new Review("backend", 101, 0, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Review.score must be between 0 and 100 (was 101)");
        assertThatThrownBy(() -> new Review(" ", 1, 0, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Review.role must not be blank (was ' ')");
        assertThatThrownBy(() -> new Finding(RuleId.LENGTH, Severity.INFO, "", "x", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Finding.message must not be blank (was '')");
        assertThatThrownBy(() -> new Finding(RuleId.LENGTH, Severity.INFO, "m", "s", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Finding.quote must be null or not blank (was ' ')");
    }

    @Test
    void eachRuleCostsItsWeightOnceHoweverManyFindings() {
        String text = Fixtures.good().replace("your platform team", "[Company], [Team] and {{city}}");
        Review review = Fixtures.review(text);
        assertThat(review.findings()).hasSize(3);
        assertThat(review.score()).isEqualTo(70);
        assertThat(review.band()).isEqualTo(Band.FAIR);
    }

    @Test
    void theScoreNeverGoesBelowZero() {
        Review review = Fixtures.review("Dear [Name], I know Java, Python, Go, Rust, C++, Ruby, PHP, Scala, Kotlin and "
                + "React. Our platform has 100% uptime. Thanks, TODO");
        assertThat(review.score()).isZero();
        assertThat(review.band()).isEqualTo(Band.POOR);
    }

    @Test
    void findingsComeMostSevereFirstThenInThePacksRuleOrder() {
        Review review = Fixtures.review("Dear team, I like computers. [Company] Best, Ada");
        assertThat(review.findings()).extracting(Finding::severity).isSortedAccordingTo(Enum::compareTo);
        assertThat(review.ruleIds()).containsExactly("placeholder", "metrics.missing", "stack.primary",
                "design.missing", "github.missing", "length", "devops.missing", "testing.missing");
    }

    @Test
    void theBundledWeightsAreTheDocumentedOnes() {
        RolePack pack = RolePack.bundled("backend");
        assertThat(pack.rules).extracting(r -> r.id().id() + " " + r.base.severity().id() + " " + r.base.weight())
                .containsExactly("placeholder error 30", "metrics.missing error 26", "metrics.implausible warning 15",
                        "stack.breadth warning 26", "stack.primary warning 8", "design.missing warning 20",
                        "devops.missing info 8", "testing.missing info 8", "github.missing warning 10",
                        "frontend.first warning 26", "tailoring.company error 26", "tailoring.requirements warning 26",
                        "length warning 26", "style.repeated-figure warning 15", "style.punctuation warning 10");
        assertThat(pack.rules).extracting(Rule::id).containsExactlyInAnyOrder(RuleId.values());
    }
}
