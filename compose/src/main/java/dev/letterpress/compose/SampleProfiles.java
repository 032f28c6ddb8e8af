package dev.letterpress.compose;

import dev.letterpress.model.Achievement;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Links;
import dev.letterpress.model.Metric;
import dev.letterpress.model.MetricKind;
import dev.letterpress.model.Project;
import dev.letterpress.model.Seniority;
import dev.letterpress.model.Skill;
import dev.letterpress.model.SkillCategory;
import java.util.List;

/**
 * Two applications a user template must survive before a batch starts: one where every field is
 * filled, one with only what the model requires. The template check composes both.
 */
final class SampleProfiles {
    /** A candidate and posting, with a label for messages. */
    record Sample(String label, Candidate candidate, JobPosting job) {}

    private SampleProfiles() {}

    static List<Sample> all() {
        return List.of(full(), minimal());
    }

    static Sample full() {
        Candidate candidate = Candidate.builder("sample-full", "Grace Hopper")
                .email("grace@example.com")
                .phone("+1 555 0100")
                .location("Arlington, VA")
                .links(new Links(
                        "https://github.com/grace", "https://www.linkedin.com/in/grace", "https://grace.example.com"))
                .headline("Java backend specialist (9 years)")
                .seniority(Seniority.SENIOR)
                .yearsExperience(9.0)
                .transitioningFrom("frontend")
                .skill(new Skill("Java", SkillCategory.LANGUAGE, 9.0, "Spring Boot services"))
                .skill(new Skill("PostgreSQL", SkillCategory.DATABASE, 6.0, null))
                .skill(new Skill("AWS", SkillCategory.CLOUD, 4.0, null))
                .skill(new Skill("Kafka", SkillCategory.TOOL, null, "event pipelines"))
                .skill(new Skill("React", SkillCategory.FRAMEWORK, 2.0, null))
                .achievement(new Achievement(
                        "Rebuilt the billing pipeline on Kafka",
                        List.of("Kafka", "Java"),
                        List.of(
                                Metric.change(MetricKind.LATENCY, 300, 40, "ms p95"),
                                Metric.of(MetricKind.THROUGHPUT, 2_000_000, "events/day"))))
                .achievement(new Achievement(
                        "Ran the payments API", List.of("Java"), List.of(Metric.of(MetricKind.UPTIME, 99.95, "%"))))
                .achievement(new Achievement("Mentored three engineers", List.of(), List.of()))
                .project(new Project(
                        "ledger",
                        "A double-entry ledger service",
                        List.of("Java", "PostgreSQL"),
                        "https://github.com/grace/ledger",
                        List.of()))
                .project(new Project(
                        "dashboard",
                        null,
                        List.of("React"),
                        null,
                        List.of(Metric.of(MetricKind.SCALE, 40_000, "users"))))
                .build();
        JobPosting job = JobPosting.builder("Sample Corp", "Backend Engineer")
                .seniority(Seniority.SENIOR)
                .location("Remote")
                .hiringManager("Alex Doe")
                .requiredSkills("Java", "PostgreSQL")
                .niceToHave("Kafka")
                .keywords("microservices", "event-driven")
                .url("https://example.com/jobs/1")
                .reference("REF-1")
                .build();
        return new Sample("a sample profile with every field", candidate, job);
    }

    static Sample minimal() {
        return new Sample(
                "a sample profile with only a name",
                Candidate.builder("sample-minimal", "Sam Doe").build(),
                JobPosting.builder("Sample Corp", "Developer").build());
    }
}
