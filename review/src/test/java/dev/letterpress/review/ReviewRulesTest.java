package dev.letterpress.review;

import static dev.letterpress.review.Fixtures.CLOSING_PARAGRAPH;
import static dev.letterpress.review.Fixtures.DESIGN;
import static dev.letterpress.review.Fixtures.DEVOPS;
import static dev.letterpress.review.Fixtures.FIGURES;
import static dev.letterpress.review.Fixtures.OPENING;
import static dev.letterpress.review.Fixtures.TESTING;
import static dev.letterpress.review.Fixtures.findings;
import static dev.letterpress.review.Fixtures.letter;
import static dev.letterpress.review.Fixtures.only;
import static dev.letterpress.review.Fixtures.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.JobPosting;
import dev.letterpress.text.Terms;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One nested class per rule: each breaks the good letter in one way and asserts the exact finding. */
class ReviewRulesTest {

    @Test
    void theGoodLetterRaisesNothing() {
        Review review = review(Fixtures.good());
        assertThat(review.findings()).isEmpty();
        assertThat(review.score()).isEqualTo(100);
        assertThat(review.words()).isEqualTo(163);
    }

    @Nested
    class MetricsMissing {
        @Test
        void raisedWhenNoSentenceHoldsAFigure() {
            Finding f = only(
                    review(letter(
                            OPENING,
                            DESIGN,
                            DEVOPS + " I write unit and integration tests for every " + "change.",
                            CLOSING_PARAGRAPH)),
                    RuleId.METRICS_MISSING);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("No figures of scale or performance.");
            assertThat(f.suggestion())
                    .isEqualTo("Add one, e.g. 'serving 10M requests/day at 45 ms average latency' or "
                            + "'cut p95 latency from 320 ms to 45 ms'.");
            assertThat(f.quote()).isNull();
        }

        @Test
        void aFigureInsideAnAbsoluteClaimIsNoResult() {
            Review review = review(letter(
                    OPENING,
                    DESIGN + " It has run at 100% uptime.",
                    DEVOPS,
                    "I write unit and integration tests for every change.",
                    CLOSING_PARAGRAPH));
            assertThat(review.ruleIds()).contains("metrics.missing", "metrics.implausible");
        }

        @Test
        void countsUnitsAfterUpToTwoWordsPercentagesMoneyAndMultipliers() {
            for (String figure : new String[] {
                "It generates 18,000 policy documents/day.",
                "It saved £140k a year.",
                "It made the search 3x faster.",
                "Uptime is 99.95%.",
                "Builds went from 40 to 8 minutes."
            }) {
                Review review = review(letter(
                        OPENING,
                        DESIGN + " " + figure,
                        DEVOPS,
                        "I write unit and integration tests for every change.",
                        CLOSING_PARAGRAPH));
                assertThat(review.ruleIds()).as(figure).doesNotContain("metrics.missing");
            }
        }

        @Test
        void countsRatesOfAnythingAndCountsOfBookingsOrImages() {
            for (String figure : new String[] {
                "It serves 2.5M flag evaluations/day.",
                "It resizes 1.2M images a day.",
                "It takes 300 sign-ups per week.",
                "We moved 1,200 bookings from spreadsheets."
            }) {
                Review review = review(letter(
                        OPENING,
                        DESIGN + " " + figure,
                        DEVOPS,
                        "I write unit and integration tests for every change.",
                        CLOSING_PARAGRAPH));
                assertThat(review.ruleIds()).as(figure).doesNotContain("metrics.missing");
            }
        }

        @Test
        void yearsOfExperienceAndVersionNumbersAreNoResults() {
            Review review = review(letter(
                    OPENING + " I have used Python 3 and Java 17 for 6 years.",
                    DESIGN,
                    DEVOPS,
                    "I write unit and integration tests for every change.",
                    CLOSING_PARAGRAPH));
            assertThat(review.ruleIds()).contains("metrics.missing");
        }
    }

    @Nested
    class MetricsImplausible {
        @Test
        void quotesAVagueScaleClaimWithNothingConcreteInItsSentence() {
            Review review = review(letter(
                    OPENING,
                    DESIGN + " " + FIGURES + " In total we serve billions of requests.",
                    DEVOPS + " " + TESTING,
                    CLOSING_PARAGRAPH));
            Finding f = only(review, RuleId.METRICS_IMPLAUSIBLE);
            assertThat(f.message()).isEqualTo("Scale claim that cannot be checked: \"billions of requests\".");
            assertThat(f.quote()).isEqualTo("billions of requests");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void aConcreteFigureNextToTheClaimExcusesIt() {
            Review review = review(letter(
                    OPENING,
                    DESIGN + " " + FIGURES + " We serve billions of requests " + "(1.2B events/month).",
                    DEVOPS + " " + TESTING,
                    CLOSING_PARAGRAPH));
            assertThat(review.ruleIds()).doesNotContain("metrics.implausible");
        }

        @Test
        void absoluteClaimsAreRaisedEvenBesideFiguresOnePerPhrase() {
            Review review = review(letter(
                    OPENING,
                    DESIGN + " " + FIGURES + " It serves 2M users with 100% uptime and "
                            + "infinite scalability; 100% uptime again.",
                    DEVOPS + " " + TESTING,
                    CLOSING_PARAGRAPH));
            assertThat(findings(review, RuleId.METRICS_IMPLAUSIBLE))
                    .extracting(Finding::quote)
                    .containsExactly("100% uptime", "infinite scalability");
        }
    }

    @Nested
    class StackBreadth {
        @Test
        void raisedForMoreThanEightTechnologiesInOneSentence() {
            Review review = review(letter(
                    OPENING + " I know Java, Python, Go, Rust, C++, Ruby, PHP, Scala and Kotlin.",
                    DESIGN + " " + FIGURES,
                    DEVOPS + " " + TESTING,
                    CLOSING_PARAGRAPH));
            Finding f = only(review, RuleId.STACK_BREADTH);
            assertThat(f.message())
                    .isEqualTo("Names 9 technologies in one list, more than 8: "
                            + "\"I know Java, Python, Go, Rust, C++, Ruby, PHP, Scala and Kotlin.\".");
            assertThat(f.quote()).isEqualTo("I know Java, Python, Go, Rust, C++, Ruby, PHP, Scala and Kotlin.");
        }

        @Test
        void eightTechnologiesWithYearsAreFine() {
            Review review = review(letter(
                    OPENING + " I know Java (6 years), Go (2 years), Rust (1 year), C++ (3 years), "
                            + "Ruby (2 years), PHP (4 years), Scala (2 years) and Kotlin (3 years).",
                    DESIGN + " " + FIGURES,
                    DEVOPS + " " + TESTING,
                    CLOSING_PARAGRAPH));
            assertThat(review.ruleIds()).doesNotContain("stack.breadth");
        }

        @Test
        void raisedForALongBulletedStackList() {
            String bullets =
                    "Skills:\n- Python\n- Django\n- Flask\n- PostgreSQL\n- MongoDB\n- Redis\n- Docker\n- AWS\n- Celery";
            Finding f = only(
                    review(letter(OPENING, bullets, DESIGN + " " + FIGURES, DEVOPS + " " + TESTING, CLOSING_PARAGRAPH)),
                    RuleId.STACK_BREADTH);
            assertThat(f.quote()).isEqualTo("Python, Django, Flask, PostgreSQL, MongoDB, Redis, Docker, AWS, Celery");
        }

        @Test
        void raisedForAShortListWithoutDepth() {
            Review review = review(letter(
                    OPENING,
                    "My toolbox: Elixir, Phoenix, MySQL, RabbitMQ and Terraform.",
                    DESIGN + " " + FIGURES,
                    DEVOPS + " " + TESTING,
                    CLOSING_PARAGRAPH));
            Finding f = only(review, RuleId.STACK_BREADTH);
            assertThat(f.message())
                    .isEqualTo("Lists 5 technologies without years or evidence: "
                            + "\"My toolbox: Elixir, Phoenix, MySQL, RabbitMQ and Terraform.\".");
            assertThat(f.suggestion())
                    .isEqualTo("Give each one depth, e.g. 'Python (5 years), Django (4 years): built "
                            + "the booking API', or cut the ones you cannot back up.");
        }

        @Test
        void aListOfTechnologiesTheLetterShowsElsewhereIsNotShallow() {
            Review review = review(letter(
                    OPENING,
                    "My stack: Python, Kafka, PostgreSQL, Redis and Kubernetes.",
                    DESIGN + " " + FIGURES,
                    DEVOPS + " " + TESTING,
                    CLOSING_PARAGRAPH));
            assertThat(review.ruleIds()).doesNotContain("stack.breadth");
        }

        private Review withStack(String... items) {
            return review(letter(
                    OPENING,
                    "Tech stack:\n- " + String.join("\n- ", items),
                    DESIGN + " " + FIGURES,
                    DEVOPS + " " + TESTING,
                    CLOSING_PARAGRAPH));
        }

        @Test
        void aSkillLineListingWhatASkillWithYearsWasUsedForIsItsEvidence() {
            Review review = withStack(
                    "Python (7 years): built the pricing and search APIs",
                    "AWS (6 years): ECS, EKS, RDS, DynamoDB, SQS, Lambda; AWS Solutions Architect Associate",
                    "Terraform (4 years)");
            assertThat(review.ruleIds()).doesNotContain("stack.breadth");
        }

        @Test
        void theSameListWithoutTheSkillsYearsIsShallow() {
            Finding f = only(
                    withStack(
                            "Python (7 years): built the pricing and search APIs",
                            "AWS: ECS, EKS, RDS, DynamoDB, SQS, Lambda; AWS Solutions Architect Associate",
                            "Terraform (4 years)"),
                    RuleId.STACK_BREADTH);
            assertThat(f.quote())
                    .isEqualTo("AWS: ECS, EKS, RDS, DynamoDB, SQS, Lambda; AWS Solutions Architect Associate");
        }

        @Test
        void aSkillLineWithMoreThanEightTechnologiesIsStillARun() {
            Finding f = only(
                    withStack("AWS (6 years): ECS, EKS, RDS, DynamoDB, SQS, SNS, Lambda, Kinesis, S3"),
                    RuleId.STACK_BREADTH);
            assertThat(f.message()).startsWith("Names 10 technologies in one list, more than 8:");
        }

        @Test
        void proseThatNamesFiveTechnologiesIsNoList() {
            Review review = review(letter(
                    OPENING,
                    "I ship Elixir services to Fly with Terraform, queue work in "
                            + "RabbitMQ and keep state in MySQL.",
                    DESIGN + " " + FIGURES,
                    DEVOPS + " " + TESTING,
                    CLOSING_PARAGRAPH));
            assertThat(review.ruleIds()).doesNotContain("stack.breadth");
        }
    }

    @Nested
    class StackPrimary {
        private final String headerless = """
                Ada Lovelace
                ada@example.com | https://github.com/ada

                Dear Hiring Manager,

                """;

        @Test
        void raisedWhenNoLanguageStandsNextToARoleOrYears() {
            String text = headerless
                    + String.join(
                            "\n\n",
                            "I would like to join your platform team.",
                            DESIGN + " " + FIGURES,
                            DEVOPS + " " + TESTING,
                            CLOSING_PARAGRAPH)
                    + "\n" + Fixtures.FOOTER;
            Finding f = only(review(text), RuleId.STACK_PRIMARY);
            assertThat(f.message()).isEqualTo("No primary stack stated.");
            assertThat(f.suggestion())
                    .isEqualTo("Say what you mainly work in and for how long, e.g. 'Python backend "
                            + "specialist (5 years)', in the headline or the opening sentence.");
        }

        @Test
        void satisfiedByYearsNextToTheLanguageInTheBody() {
            String text = headerless
                    + String.join(
                            "\n\n",
                            "I have written Go for 5 years.",
                            DESIGN + " " + FIGURES,
                            DEVOPS + " " + TESTING,
                            CLOSING_PARAGRAPH)
                    + "\n" + Fixtures.FOOTER;
            assertThat(review(text).ruleIds()).doesNotContain("stack.primary");
        }

        @Test
        void javaScriptIsNotJavaAndGoogleIsNotGo() {
            String text = headerless
                    + String.join(
                            "\n\n",
                            "I am a JavaScript fan who once worked at Google and " + "will go far.",
                            DESIGN + " " + FIGURES,
                            DEVOPS + " " + TESTING,
                            CLOSING_PARAGRAPH)
                    + "\n" + Fixtures.FOOTER;
            assertThat(Terms.compile(java.util.List.of("Java", "Go"), java.util.Map.of(), java.util.Set.of("Go"))
                            .findAll("JavaScript at Google, go going"))
                    .isEmpty();
            // JavaScript is a primary term, but nothing here says it is the writer's stack
            assertThat(review(text).ruleIds()).contains("stack.primary");
        }
    }

    @Nested
    class PresenceRules {
        @Test
        void designMissingWhenNoArchitectureIsDescribed() {
            Review review = review(letter(
                    OPENING,
                    "At Ledgerly I worked on the order pipeline. "
                            + FIGURES.replace("a Redis cache in front of", "a fix to"),
                    DEVOPS + " " + TESTING,
                    CLOSING_PARAGRAPH.replace(" with a gRPC API", "")));
            Finding f = only(review, RuleId.DESIGN_MISSING);
            assertThat(f.message()).isEqualTo("No system design or architecture.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void devopsMissingWhenNothingSaysHowCodeReachesProduction() {
            String text = letter(OPENING, DESIGN + " " + FIGURES, TESTING, CLOSING_PARAGRAPH);
            Finding f = only(review(text.replace("Python + AWS", "Python")), RuleId.DEVOPS_MISSING);
            assertThat(f.message()).isEqualTo("No deployment, DevOps or cloud experience.");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        }

        @Test
        void testingMissingWhenNoTestingPracticeIsNamed() {
            Finding f = only(
                    review(letter(OPENING, DESIGN + " " + FIGURES, DEVOPS, CLOSING_PARAGRAPH)), RuleId.TESTING_MISSING);
            assertThat(f.message()).isEqualTo("No testing practice.");
            assertThat(f.suggestion())
                    .isEqualTo("Mention how you test, e.g. 'unit and integration tests with "
                            + "Testcontainers at 85% coverage' or 'TDD on the payments service'.");
        }

        @Test
        void testedTestFirstAndTestShardsAreTestingPractice() {
            for (String testing : new String[] {
                "I load-tested the ledger API with k6.",
                "Every endpoint was written test-first.",
                "I split CI into parallel test shards."
            }) {
                Review review =
                        review(letter(OPENING, DESIGN + " " + FIGURES, DEVOPS + " " + testing, CLOSING_PARAGRAPH));
                assertThat(review.ruleIds()).as(testing).doesNotContain("testing.missing");
            }
        }

        @Test
        void aWishShowsNoPractice() {
            Review review = review(letter(
                            OPENING,
                            DESIGN + " " + FIGURES,
                            TESTING + " I am eager to learn Docker and " + "Kubernetes.",
                            CLOSING_PARAGRAPH)
                    .replace("Python + AWS", "Python"));
            assertThat(review.ruleIds()).containsExactly("devops.missing");
        }

        @Test
        void synonymsCountK8sIsKubernetes() {
            Review review =
                    review(letter(OPENING, DESIGN + " " + FIGURES, "We run on k8s. " + TESTING, CLOSING_PARAGRAPH));
            assertThat(review.ruleIds()).doesNotContain("devops.missing");
        }

        @Test
        void namesInABareListOfTechnologiesShowNoPractice() {
            Review review = review(letter(
                            OPENING + " I have used Kafka, Redis, Docker, Kubernetes, JUnit and AWS.",
                            FIGURES.replace("a Redis cache in front of", "a fix to"),
                            CLOSING_PARAGRAPH.replace(" with a gRPC API", ""))
                    .replace("Python + AWS", "Python"));
            assertThat(review.ruleIds()).contains("design.missing", "devops.missing", "testing.missing");
        }
    }

    @Nested
    class GithubMissing {
        private String withContact(String contact) {
            return Fixtures.good().replace("ada@example.com | https://github.com/ada", contact);
        }

        @Test
        void raisedWithoutAnyLinkToCode() {
            Finding f = only(
                    review(withContact("ada@example.com | https://www.linkedin.com/in/ada")), RuleId.GITHUB_MISSING);
            assertThat(f.message()).isEqualTo("No link to code: no GitHub, GitLab or portfolio address.");
        }

        @Test
        void aBareCodeHostAddressOrAPortfolioCounts() {
            assertThat(review(withContact("ada@example.com | gitlab.com/ada")).ruleIds())
                    .doesNotContain("github.missing");
            assertThat(review(withContact("ada@example.com | https://ada.dev")).ruleIds())
                    .doesNotContain("github.missing");
        }

        @Test
        void anEmailAddressOrThePostingsOwnAddressDoesNotCount() {
            JobPosting job = JobPosting.builder("Acme", "Backend Engineer")
                    .url("https://jobs.acme.example/42")
                    .build();
            Review review = review(withContact("ada@ada.dev | https://jobs.acme.example/42"), job);
            assertThat(review.ruleIds()).contains("github.missing");
        }
    }

    @Nested
    class Placeholder {
        @Test
        void quotesEveryDistinctPlaceholderInReadingOrder() {
            String text = Fixtures.good()
                    .replace("Dear Hiring Manager,", "Dear [Hiring Manager Name],")
                    .replace(
                            "your platform team",
                            "the team at {{company}}, <Company Name> and [Company], with X years "
                                    + "of XX, TODO and TBD and {Company}");
            assertThat(findings(review(text), RuleId.PLACEHOLDER))
                    .extracting(Finding::quote)
                    .containsExactly(
                            "[Hiring Manager Name]",
                            "{{company}}",
                            "<Company Name>",
                            "[Company]",
                            "X",
                            "XX",
                            "TODO",
                            "TBD",
                            "{Company}");
        }

        @Test
        void theMessageQuotesThePlaceholder() {
            Finding f = only(review(Fixtures.good().replace("your platform team", "[Company]")), RuleId.PLACEHOLDER);
            assertThat(f.message()).isEqualTo("Template placeholder left in the text: \"[Company]\".");
            assertThat(f.suggestion()).isEqualTo("Replace it with the real value, or rewrite the sentence without it.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        }

        @Test
        void emailsUrlsInAngleBracketsFootnotesAndMarkdownLinksAreNotPlaceholders() {
            String text = Fixtures.good()
                    .replace(
                            "your platform team",
                            "your team <ada@example.com> <https://ada.dev> [1] [my talk](https://ada.dev/talk) in Lisbon");
            assertThat(review(text).ruleIds()).doesNotContain("placeholder");
        }

        @Test
        void flagsWhatLooksLikeAPlaceholderInAngleBracketsNotEveryWordInThem() {
            String text = Fixtures.good()
                    .replace(
                            "your platform team",
                            "your team, with tests & <fixtures>, List<String> and <Your Name>, <NAME> and <company_name>");
            assertThat(findings(review(text), RuleId.PLACEHOLDER))
                    .extracting(Finding::quote)
                    .containsExactly("<Your Name>", "<NAME>", "<company_name>");
        }

        @Test
        void lowerCaseWordsAndRomanLooksAreNotPlaceholders() {
            String text = Fixtures.good().replace("your platform team", "your team, things to do, an x-ray and Xbox");
            assertThat(review(text).ruleIds()).doesNotContain("placeholder");
        }
    }

    @Nested
    class RepeatedFigure {
        @Test
        void quotesTheSentenceThatStatesAFigureTwice() {
            String text = Fixtures.good()
                    .replace(
                            "your platform team",
                            "your team. I cut p99 latency from 820 ms to "
                                    + "95 ms with Redis caching, which cut latency from 820 ms to 95 ms");
            Finding f = only(review(text), RuleId.STYLE_REPEATED_FIGURE);
            assertThat(f.message())
                    .isEqualTo(
                            "The figure \"820 ms\" is stated twice in one sentence: \"I cut p99 "
                                    + "latency from 820 ms to 95 ms with Redis caching, which cut latency from 820 ms to 95 ms.\"");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void oneFigureInTwoNotationsIsStatedTwice() {
            String text = Fixtures.good()
                    .replace(
                            "your platform team",
                            "your team. The queue carried 1.2M messages/day, handling 1.2 million messages/day");
            assertThat(only(review(text), RuleId.STYLE_REPEATED_FIGURE).quote()).startsWith("The queue carried");
        }

        @Test
        void yearsOfExperienceMayRepeat() {
            String text = Fixtures.good()
                    .replace(
                            "your platform team",
                            "your team. I bring Python (3 years), Go (3 years) and 3 years of on-call");
            assertThat(review(text).ruleIds()).doesNotContain("style.repeated-figure");
        }
    }

    @Nested
    class Punctuation {
        @Test
        void quotesDoubledAndStrayPunctuation() {
            String text = Fixtures.good()
                    .replace(
                            "your platform team",
                            "the team at Shopwave Inc.. and Yahoo!. " + "with tea ,coffee ,, and cake");
            assertThat(findings(review(text), RuleId.STYLE_PUNCTUATION))
                    .extracting(Finding::quote)
                    .containsExactly("Inc..", "Yahoo!.", ",,");
        }

        @Test
        void anEllipsisANameStartingWithAStopAndAbbreviationsAreFine() {
            String text = Fixtures.good()
                    .replace(
                            "your platform team",
                            "your team... with C#, .NET, e.g., Node.js and Kite & Co., a partner");
            assertThat(review(text).ruleIds()).doesNotContain("style.punctuation");
        }
    }

    @Nested
    class FrontendFirst {
        private final String frontendOpening =
                "I am a React developer with a love for clean CSS, and I now build " + "backend services in Python.";

        @Test
        void raisedForABackendPostingWhenTheFirstTechnologyIsFrontend() {
            Review review = review(
                    letter(frontendOpening, DESIGN + " " + FIGURES, DEVOPS + " " + TESTING, CLOSING_PARAGRAPH),
                    Fixtures.backendJob());
            Finding f = only(review, RuleId.FRONTEND_FIRST);
            assertThat(f.message())
                    .isEqualTo("A backend letter that leads with frontend skills: the first technology "
                            + "named is React, in \"" + frontendOpening + "\".");
            assertThat(f.quote()).isEqualTo(frontendOpening);
        }

        @Test
        void notRaisedForAFrontendOrFullStackPosting() {
            String text = letter(frontendOpening, DESIGN + " " + FIGURES, DEVOPS + " " + TESTING, CLOSING_PARAGRAPH);
            assertThat(review(
                                    text,
                                    JobPosting.builder("Acme", "Full-Stack Engineer")
                                            .build())
                            .ruleIds())
                    .doesNotContain("frontend.first");
            assertThat(review(
                                    text,
                                    JobPosting.builder("Acme", "Frontend Developer")
                                            .requiredSkills("React")
                                            .build())
                            .ruleIds())
                    .doesNotContain("frontend.first");
        }

        @Test
        void withoutAPostingALetterThatSaysBackendIsABackendLetter() {
            assertThat(review(letter(
                                    frontendOpening, DESIGN + " " + FIGURES, DEVOPS + " " + TESTING, CLOSING_PARAGRAPH))
                            .ruleIds())
                    .contains("frontend.first");
        }

        @Test
        void raisedWhenTheStackListLeadsWithAFrontendTechnology() {
            Review review = review(
                    letter(
                            OPENING,
                            "My stack:\n- React (4 years)\n- Python (6 years)\n- Kafka (3 years)",
                            DESIGN + " " + FIGURES,
                            DEVOPS + " " + TESTING,
                            CLOSING_PARAGRAPH),
                    Fixtures.backendJob());
            Finding f = only(review, RuleId.FRONTEND_FIRST);
            assertThat(f.quote()).isEqualTo("React (4 years)");
        }

        @Test
        void notRaisedWhenTheLetterLeadsWithItsBackendStack() {
            Review review = review(
                    letter(
                            OPENING + " Before that I wrote React for four years.",
                            DESIGN + " " + FIGURES,
                            DEVOPS + " " + TESTING,
                            CLOSING_PARAGRAPH),
                    Fixtures.backendJob());
            assertThat(review.ruleIds()).doesNotContain("frontend.first");
        }
    }

    @Nested
    class Tailoring {
        @Test
        void companyRaisedWhenThePostingsCompanyIsNeverNamed() {
            Finding f = only(review(Fixtures.good(), Fixtures.backendJob()), RuleId.TAILORING_COMPANY);
            assertThat(f.message()).isEqualTo("The letter never names Harbourline Bank.");
            assertThat(f.suggestion())
                    .isEqualTo("Name Harbourline Bank and say in one sentence why this company: what it "
                            + "builds that you want to work on.");
        }

        @Test
        void theDistinctiveFirstWordOrTheNameWithoutItsSuffixCounts() {
            String text = Fixtures.good().replace("your platform team", "Harbourline's platform team");
            assertThat(review(text, Fixtures.backendJob()).ruleIds()).doesNotContain("tailoring.company");
            JobPosting ltd = JobPosting.builder("Northwind Retail Ltd", "Backend Engineer")
                    .build();
            String named = Fixtures.good().replace("your platform team", "the platform team at Northwind Retail");
            assertThat(review(named, ltd).ruleIds()).doesNotContain("tailoring.company");
        }

        @Test
        void withoutAPostingNeitherTailoringRuleRuns() {
            assertThat(review(Fixtures.good()).ruleIds()).doesNotContain("tailoring.company", "tailoring.requirements");
        }

        @Test
        void requirementsRaisedWhenFewerThanHalfAreAddressed() {
            JobPosting job = JobPosting.builder("Acme", "Backend Engineer")
                    .requiredSkills("Go", "gRPC", "Cassandra", "Kubernetes", "Terraform")
                    .build();
            Review review = review(Fixtures.good().replace("your platform team", "Acme"), job);
            Finding f = only(review, RuleId.TAILORING_REQUIREMENTS);
            assertThat(f.message())
                    .isEqualTo("Addresses 2 of the 5 required skills; missing: Go, Cassandra, Terraform.");
        }

        @Test
        void synonymsAndSeveralWordSkillsCountAsAddressed() {
            JobPosting job = JobPosting.builder("Acme", "Backend Engineer")
                    .requiredSkills("Postgres", "k8s", "REST API design", "Amazon Web Services")
                    .build();
            String text = Fixtures.good().replace("your platform team", "Acme, where I designed REST APIs");
            assertThat(review(text, job).ruleIds()).doesNotContain("tailoring.requirements");
        }
    }

    @Nested
    class Length {
        @Test
        void tooShortUnder80WordsSaysHowManyWords() {
            Review review = review(letter(
                    OPENING,
                    FIGURES,
                    DEVOPS + " I write unit and integration tests for every " + "change, and keep 85% coverage."));
            Finding f = only(review, RuleId.LENGTH);
            assertThat(f.message()).isEqualTo("Too short: 79 words; a cover letter needs 80 to 450 to make its case.");
            assertThat(review.ruleIds()).containsExactly("length");
        }

        @Test
        void eightyWordsIsLongEnoughAsTheAdvicesOwnExampleIsAbout125() {
            Review review = review(letter(
                    OPENING,
                    FIGURES,
                    DEVOPS + " I write unit and integration tests for every " + "change, and we keep 85% coverage."));
            assertThat(review.words()).isEqualTo(80);
            assertThat(review.findings()).isEmpty();
        }

        @Test
        void tooLongSaysHowManyWords() {
            String padding = String.join(" ", java.util.Collections.nCopies(300, "word"));
            Finding f = only(
                    review(letter(OPENING, DESIGN + " " + FIGURES, DEVOPS + " " + TESTING, CLOSING_PARAGRAPH, padding)),
                    RuleId.LENGTH);
            assertThat(f.message()).isEqualTo("Too long: 463 words; keep it under 450.");
        }

        @Test
        void moreThanOnePageWhenThePageCountIsKnown() {
            Review review =
                    Fixtures.BACKEND.review(LetterText.plain(Fixtures.good()).withPages(2), null);
            Finding f = only(review, RuleId.LENGTH);
            assertThat(f.message()).isEqualTo("Runs to 2 pages; a cover letter fits on 1.");
            assertThat(Fixtures.BACKEND
                            .review(LetterText.plain(Fixtures.good()).withPages(1), null)
                            .findings())
                    .isEmpty();
        }
    }
}
