package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Achievement;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Links;
import dev.letterpress.model.Metric;
import dev.letterpress.model.MetricKind;
import dev.letterpress.model.Project;
import dev.letterpress.model.Skill;
import dev.letterpress.model.SkillCategory;
import dev.letterpress.review.Review;
import dev.letterpress.review.Reviewer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A letter's findings are exactly what its profile lacks: a full profile gets none, the same
 * profile without one kind of evidence gets exactly that finding, and a bare profile gets the
 * findings its missing data explains. Each kind of evidence sits in one place of the profile, so
 * taking it out removes nothing else.
 */
class MissingDataFindingsTest {
    private static final Reviewer REVIEWER = Reviewer.builder().build();
    private static final JobPosting JOB = JobPosting.builder("Harbourline Bank", "Backend Engineer")
            .requiredSkills("Python", "PostgreSQL")
            .build();

    private static final Skill PYTHON =
            new Skill("Python", SkillCategory.LANGUAGE, 6.0, "the quoting and billing services of an insurer");
    private static final Skill POSTGRES = new Skill(
            "PostgreSQL", SkillCategory.DATABASE, 5.0, "the policy and claims tables behind the broker portal");
    private static final Skill DJANGO =
            new Skill("Django", SkillCategory.FRAMEWORK, 4.0, "the broker portal, its admin screens and its reports");
    private static final Skill DOCKER = new Skill("Docker", SkillCategory.TOOL, 4.0, null);
    private static final Skill PYTEST = new Skill("pytest", SkillCategory.TOOL, 5.0, null);
    private static final Achievement DESIGN = new Achievement(
            "Split the quoting monolith into event-driven services on Kafka, so that pricing and billing release on their "
                    + "own",
            List.of("Kafka", "Python"),
            List.of());
    private static final Achievement MEASURED = new Achievement(
            "Sped up the quote endpoint that brokers call " + "while a customer waits on the phone",
            List.of("Python", "PostgreSQL"),
            List.of(Metric.change(MetricKind.LATENCY, 900, 140, "ms p95")));
    private static final Achievement MENTORING = new Achievement(
            "Mentored two new colleagues through their first "
                    + "year in the billing team, pairing with each of them every week",
            List.of(),
            List.of());
    private static final Project PROJECT = new Project(
            "quotebook",
            "A small library that renders insurance quotes "
                    + "as printable documents for brokers, with templates they can edit themselves.",
            List.of("Python"),
            null,
            List.of());
    private static final Project FORMS = new Project(
            "brokerforms",
            "Fills the paper forms that brokers still send "
                    + "to smaller insurers from the data already held in the portal.",
            List.of("Python", "Django"),
            null,
            List.of());
    private static final Links GITHUB = new Links("https://github.com/rowan", null, null);

    /** The full profile, without the parts named. */
    private static Candidate profile(String... without) {
        List<String> out = List.of(without);
        Candidate.Builder b = Candidate.builder("rowan", "Rowan Ellis")
                .email("rowan@example.com")
                .yearsExperience(6.0)
                .skill(PYTHON)
                .skill(POSTGRES)
                .skill(DJANGO);
        if (!out.contains("github")) {
            b.links(GITHUB);
        }
        if (!out.contains("devops")) {
            b.skill(DOCKER);
        }
        if (!out.contains("testing")) {
            b.skill(PYTEST);
        }
        if (!out.contains("design")) {
            b.achievement(DESIGN);
        }
        if (!out.contains("metrics")) {
            b.achievement(MEASURED);
        }
        return b.achievement(MENTORING).project(PROJECT).project(FORMS).build();
    }

    private static Review review(Candidate candidate, String template) {
        return REVIEWER.review(Fixtures.composer().compose(candidate, JOB, template), JOB);
    }

    @ParameterizedTest
    @ValueSource(strings = {"experienced", "junior-to-mid", "concise"})
    void theFullProfileRaisesNothing(String template) {
        Review review = review(profile(), template);
        assertThat(review.ruleIds()).as("%d words", review.words()).isEmpty();
        assertThat(review.score()).isEqualTo(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"github", "metrics", "design", "devops", "testing"})
    void removingOneKindOfEvidenceRaisesExactlyItsFinding(String part) {
        for (String template : List.of("experienced", "junior-to-mid", "concise")) {
            assertThat(review(profile(part), template).ruleIds()).as(template).containsExactly(part + ".missing");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"experienced", "junior-to-mid", "frontend-to-backend", "concise"})
    void aBareProfileRaisesExactlyWhatItsMissingDataExplains(String template) {
        Candidate bare = Candidate.builder("min", "Min Jun")
                .email("min@example.com")
                .skill(new Skill("Python", null, null, null))
                .skill(new Skill("PostgreSQL", null, null, null))
                .build();

        Review review = review(bare, template);

        // no figures, no design, no DevOps, no tests, no code link; the posting's two required skills are
        // named, and "Python backend developer" is a primary stack. Whether so little reaches the review's
        // 80 words depends on the template's wording, so "length" may come on top (the review's own tests
        // pin its bounds).
        assertThat(withoutLength(review))
                .containsExactlyInAnyOrder(
                        "metrics.missing", "design.missing", "devops.missing", "testing.missing", "github.missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"experienced", "junior-to-mid", "frontend-to-backend", "concise"})
    void aBareProfileMissingTheRequiredSkillsAlsoRaisesTailoring(String template) {
        Candidate bare = Candidate.builder("min", "Min Jun")
                .email("min@example.com")
                .skill(new Skill("Ruby", null, null, null))
                .skill(new Skill("MySQL", null, null, null))
                .build();

        assertThat(withoutLength(review(bare, template)))
                .containsExactlyInAnyOrder(
                        "metrics.missing",
                        "design.missing",
                        "devops.missing",
                        "testing.missing",
                        "github.missing",
                        "tailoring.requirements");
    }

    private static List<String> withoutLength(Review review) {
        return review.ruleIds().stream().filter(id -> !id.equals("length")).toList();
    }
}
