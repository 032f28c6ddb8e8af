package dev.letterpress.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.review.RuleScore.Outcome;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewTest {
    private static final Finding PLACEHOLDER = new Finding(
            RuleId.PLACEHOLDER,
            Severity.ERROR,
            "Template placeholder left in the text: \"[Company]\".",
            "Replace it with the real value, or rewrite the sentence without it.",
            "[Company]");
    private static final Finding NO_TESTS =
            new Finding(RuleId.TESTING_MISSING, Severity.INFO, "No testing practice.", "Mention how you test.", null);
    /** A pack of four rules: placeholder and testing.missing raised, one passed, one not checked. */
    private static final List<RuleScore> SCORING = List.of(
            new RuleScore(
                    RuleId.PLACEHOLDER,
                    Severity.ERROR,
                    30,
                    Outcome.RAISED,
                    1,
                    "Template placeholder left in the text: \"[Company]\"."),
            new RuleScore(RuleId.METRICS_MISSING, Severity.ERROR, 26, Outcome.PASSED, 0, "No finding."),
            new RuleScore(
                    RuleId.TAILORING_COMPANY,
                    Severity.ERROR,
                    26,
                    Outcome.NOT_CHECKED,
                    0,
                    "Not checked: no posting given."),
            new RuleScore(RuleId.TESTING_MISSING, Severity.INFO, 8, Outcome.RAISED, 1, "No testing practice."));

    private static final Review FAIR = new Review("backend", 62, 212, List.of(PLACEHOLDER, NO_TESTS), SCORING);
    private static final List<RuleScore> ALL_PASSED =
            List.of(new RuleScore(RuleId.PLACEHOLDER, Severity.ERROR, 30, Outcome.PASSED, 0, "No finding."));

    @Test
    void bandsAreGoodFrom75FairFrom50PoorBelow() {
        assertThat(Band.of(100)).isEqualTo(Band.GOOD);
        assertThat(Band.of(75)).isEqualTo(Band.GOOD);
        assertThat(Band.of(74)).isEqualTo(Band.FAIR);
        assertThat(Band.of(50)).isEqualTo(Band.FAIR);
        assertThat(Band.of(49)).isEqualTo(Band.POOR);
        assertThat(Band.of(0)).isEqualTo(Band.POOR);
        assertThatThrownBy(() -> Band.of(101))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Band score must be between 0 and 100 (was 101)");
    }

    @Test
    void writesStableJsonWithEveryFieldInOrderAndEveryRulesPoints() {
        assertThat(FAIR.toJson()).isEqualTo("""
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
                  ],
                  "bands": {
                    "good": 75,
                    "fair": 50,
                    "poor": 0
                  },
                  "scoring": [
                    {
                      "rule": "placeholder",
                      "severity": "error",
                      "weight": 30,
                      "points": 30,
                      "outcome": "raised",
                      "findings": 1,
                      "why": "Template placeholder left in the text: \\"[Company]\\"."
                    },
                    {
                      "rule": "metrics.missing",
                      "severity": "error",
                      "weight": 26,
                      "points": 0,
                      "outcome": "passed",
                      "findings": 0,
                      "why": "No finding."
                    },
                    {
                      "rule": "tailoring.company",
                      "severity": "error",
                      "weight": 26,
                      "points": 0,
                      "outcome": "not-checked",
                      "findings": 0,
                      "why": "Not checked: no posting given."
                    },
                    {
                      "rule": "testing.missing",
                      "severity": "info",
                      "weight": 8,
                      "points": 8,
                      "outcome": "raised",
                      "findings": 1,
                      "why": "No testing practice."
                    }
                  ]
                }
                """);
    }

    @Test
    void theExampleInReviewJsonMdIsWhatAReviewWrites() throws Exception {
        String doc;
        try (InputStream in = Review.class.getResourceAsStream("REVIEW-JSON.md")) {
            doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```\n", start));
        String letter = Files.readString(
                        CorpusAccuracyTest.corpus().resolve("33-advice-shape.txt"), StandardCharsets.UTF_8)
                .replace("Larkspur is", "[Company] is");

        assertThat(Fixtures.review(letter).toJson())
                .as("the example in REVIEW-JSON.md")
                .isEqualTo(example);
    }

    @Test
    void writesAnEmptyFindingsListAsEmptyBrackets() {
        assertThat(new Review("backend", 100, 300, List.of(), ALL_PASSED).toJson())
                .contains("""
                  "words": 300,
                  "findings": [],
                  "bands": {
                """);
    }

    @Test
    void writesAHumanReportWithThePointsTheBandsAndTheFixThatReachesTheNextBand() {
        assertThat(FAIR.toText()).isEqualTo("""
                Score: 62/100 (fair), backend review of 212 words
                Points: 100 - 30 placeholder - 8 testing.missing = 62
                Bands: good 75-100, fair 50-74, poor 0-49; fixing placeholder (+30) reaches good

                1. [error] placeholder: Template placeholder left in the text: "[Company]".
                   Suggestion: Replace it with the real value, or rewrite the sentence without it.
                2. [info] testing.missing: No testing practice.
                   Suggestion: Mention how you test.
                """);
        assertThat(new Review("backend", 100, 1, List.of(), ALL_PASSED).toText())
                .isEqualTo("""
                Score: 100/100 (good), backend review of 1 word
                Points: 100, no rule took any
                Bands: good 75-100, fair 50-74, poor 0-49

                No findings: the letter follows the advice.
                """);
    }

    @Test
    void explainsEveryRulesWeightPointsAndWhyInATable() {
        assertThat(FAIR.explain()).isEqualTo("""
                Score: 62/100 (fair), backend review of 212 words

                rule               severity  weight  points  why
                placeholder        error         30     -30  Template placeholder left in the text: "[Company]".
                metrics.missing    error         26       0  No finding.
                tailoring.company  error         26       0  Not checked: no posting given.
                testing.missing    info           8      -8  No testing practice.
                total                                   -38  100 - 38 = 62

                Bands: good 75-100, fair 50-74, poor 0-49; fixing placeholder (+30) reaches good
                """);
    }

    @Test
    void theFewestFixesThatReachTheNextBandComeLargestFirst() {
        List<RuleScore> scoring = List.of(
                new RuleScore(RuleId.METRICS_MISSING, Severity.ERROR, 26, Outcome.RAISED, 1, "No figures."),
                new RuleScore(RuleId.DESIGN_MISSING, Severity.WARNING, 20, Outcome.RAISED, 1, "No design."),
                new RuleScore(RuleId.LENGTH, Severity.WARNING, 26, Outcome.RAISED, 1, "Too short."),
                new RuleScore(RuleId.TESTING_MISSING, Severity.INFO, 8, Outcome.RAISED, 1, "No tests."));
        List<Finding> findings = scoring.stream()
                .map(r -> new Finding(r.rule(), r.severity(), r.why(), "Fix it.", null))
                .toList();

        Review review = new Review("backend", 20, 60, findings, scoring);

        assertThat(review.toText()).startsWith("""
                Score: 20/100 (poor), backend review of 60 words
                Points: 100 - 26 metrics.missing - 20 design.missing - 26 length - 8 testing.missing = 20
                Bands: good 75-100, fair 50-74, poor 0-49; fixing metrics.missing (+26) and length (+26) reaches fair
                """);
    }

    @Test
    void aScoreHeldAtZeroSaysSo() {
        List<RuleScore> scoring = List.of(
                new RuleScore(RuleId.PLACEHOLDER, Severity.ERROR, 60, Outcome.RAISED, 1, "Placeholder."),
                new RuleScore(RuleId.METRICS_MISSING, Severity.ERROR, 50, Outcome.RAISED, 1, "No figures."));
        List<Finding> findings = scoring.stream()
                .map(r -> new Finding(r.rule(), r.severity(), r.why(), "Fix it.", null))
                .toList();

        Review review = new Review("backend", 0, 90, findings, scoring);

        assertThat(review.toText())
                .contains("Points: 100 - 60 placeholder - 50 metrics.missing = -10, so 0\n"
                        + "Bands: good 75-100, fair 50-74, poor 0-49; fixing placeholder (+60) reaches fair\n");
        assertThat(review.explain()).contains("total                                -110  100 - 110 = -10, so 0\n");
    }

    @Test
    void ruleIdsAreDistinctInFindingOrder() {
        Finding second =
                new Finding(RuleId.PLACEHOLDER, Severity.ERROR, "Template placeholder: \"XX\".", "Fill it.", "XX");
        List<RuleScore> scoring = List.of(
                new RuleScore(RuleId.PLACEHOLDER, Severity.ERROR, 30, Outcome.RAISED, 2, "2 findings; the first: …"),
                new RuleScore(RuleId.TESTING_MISSING, Severity.INFO, 8, Outcome.RAISED, 1, "No testing practice."));
        Review review = new Review("backend", 62, 212, List.of(PLACEHOLDER, second, NO_TESTS), scoring);
        assertThat(review.ruleIds()).containsExactly("placeholder", "testing.missing");
        assertThat(review.has(RuleId.TESTING_MISSING)).isTrue();
        assertThat(review.has(RuleId.LENGTH)).isFalse();
    }

    @Test
    void rejectsAScoreThatIsNotWhatTheScoringGivesAndBlankWords() {
        assertThatThrownBy(() -> new Review("backend", 70, 212, List.of(PLACEHOLDER, NO_TESTS), SCORING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Review.score must be 100 less the points of scoring, never below 0 (was 70; scoring "
                        + "takes 38)");
        assertThatThrownBy(() -> new Review("backend", 62, 212, List.of(PLACEHOLDER), SCORING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Review.scoring counts 1 findings of testing.missing but findings has 0");
        assertThatThrownBy(() -> new Review("backend", 100, 212, List.of(NO_TESTS), ALL_PASSED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Review.findings has a finding of testing.missing, a rule that scoring does not list");
        assertThatThrownBy(() -> new Review(" ", 100, 0, List.of(), ALL_PASSED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Review.role must not be blank (was ' ')");
        assertThatThrownBy(() -> new Finding(RuleId.LENGTH, Severity.INFO, "", "x", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Finding.message must not be blank (was '')");
        assertThatThrownBy(() -> new Finding(RuleId.LENGTH, Severity.INFO, "m", "s", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Finding.quote must be null or not blank (was ' ')");
    }

    @Test
    void aRuleScoreTakesItsWeightOnlyWhenRaisedAndCountsMatchTheOutcome() {
        assertThat(new RuleScore(RuleId.LENGTH, Severity.WARNING, 26, Outcome.RAISED, 2, "Too long.").points())
                .isEqualTo(26);
        assertThat(new RuleScore(RuleId.LENGTH, Severity.WARNING, 26, Outcome.PASSED, 0, "No finding.").points())
                .isZero();
        assertThatThrownBy(() -> new RuleScore(RuleId.LENGTH, Severity.WARNING, 26, Outcome.RAISED, 0, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RuleScore.findings must be at least 1 for a rule that is raised (was 0)");
        assertThatThrownBy(() -> new RuleScore(RuleId.LENGTH, Severity.WARNING, 26, Outcome.NOT_CHECKED, 1, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RuleScore.findings must be 0 for a rule that is not-checked (was 1)");
        assertThatThrownBy(() -> new RuleScore(RuleId.LENGTH, Severity.WARNING, 101, Outcome.PASSED, 0, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RuleScore.weight must be between 0 and 100 (was 101)");
        assertThatThrownBy(() -> new RuleScore(RuleId.LENGTH, Severity.WARNING, 26, Outcome.PASSED, 0, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RuleScore.why must not be blank (was ' ')");
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
        assertThat(review.ruleIds())
                .containsExactly(
                        "placeholder",
                        "metrics.missing",
                        "stack.primary",
                        "design.missing",
                        "github.missing",
                        "length",
                        "devops.missing",
                        "testing.missing");
    }

    @Test
    void theBundledWeightsAreTheDocumentedOnes() {
        RolePack pack = RolePack.bundled("backend");
        assertThat(pack.rules)
                .extracting(r -> r.id().id() + " " + r.base.severity().id() + " " + r.base.weight())
                .containsExactly(
                        "placeholder error 30",
                        "metrics.missing error 26",
                        "metrics.implausible warning 15",
                        "stack.breadth warning 26",
                        "stack.primary warning 8",
                        "design.missing warning 20",
                        "devops.missing info 8",
                        "testing.missing info 8",
                        "github.missing warning 10",
                        "frontend.first warning 26",
                        "tailoring.company error 26",
                        "tailoring.requirements warning 26",
                        "length warning 26",
                        "style.repeated-figure warning 15",
                        "style.punctuation warning 10");
        assertThat(pack.rules).extracting(Rule::id).containsExactlyInAnyOrder(RuleId.values());
    }
}
