package dev.letterpress.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.JobPosting;
import java.util.List;

/** A letter that follows all the advice, and helpers to break it one rule at a time. */
final class Fixtures {
    static final Reviewer BACKEND = Reviewer.builder().build();

    static final String HEADER = """
            Ada Lovelace
            Python backend specialist (6 years)
            ada@example.com | https://github.com/ada

            Subject: Backend Engineer | Python + AWS

            Dear Hiring Manager,

            """;
    static final String OPENING = "I am a Python backend developer with six years of experience building payment APIs, "
            + "and I would like to bring that experience to your platform team.";
    static final String DESIGN = "At Ledgerly I designed the event-driven order pipeline on Kafka, with PostgreSQL as "
            + "the system of record and the outbox pattern between them.";
    static final String FIGURES =
            "It carries 10M requests/day, and after I added a Redis cache in front of the pricing "
                    + "endpoint, its p95 latency fell from 320 ms to 45 ms.";
    static final String DEVOPS = "Our services ship in Docker images through GitHub Actions to Kubernetes on AWS.";
    static final String TESTING = "I write unit and integration tests for every change, and our main service keeps 85% "
            + "coverage without anyone having to chase it.";
    static final String CLOSING_PARAGRAPH =
            "I also maintain ledgerline, an open-source double-entry ledger with a gRPC "
                    + "API, which a few small companies now run in production. I would be glad to walk you through its design "
                    + "and the trade-offs I made along the way, and to hear about the problems your team is working on this year.";
    static final String FOOTER = """

            Kind regards,
            Ada Lovelace
            """;

    private Fixtures() {}

    /** The good letter: 163 body words, no findings. */
    static String good() {
        return letter(OPENING, DESIGN + " " + FIGURES, DEVOPS + " " + TESTING, CLOSING_PARAGRAPH);
    }

    /** A letter with the good header and footer around these paragraphs. */
    static String letter(String... paragraphs) {
        return HEADER + String.join("\n\n", paragraphs) + "\n" + FOOTER;
    }

    static Review review(String text) {
        return BACKEND.review(text, null);
    }

    static Review review(String text, JobPosting job) {
        return BACKEND.review(text, job);
    }

    /** The findings of one rule. */
    static List<Finding> findings(Review review, RuleId rule) {
        return review.findings().stream().filter(f -> f.rule() == rule).toList();
    }

    /** The only finding of a rule, asserting there is exactly one. */
    static Finding only(Review review, RuleId rule) {
        List<Finding> found = findings(review, rule);
        assertThat(found).as("findings of %s in %s", rule, review.ruleIds()).hasSize(1);
        return found.get(0);
    }

    static JobPosting backendJob() {
        return JobPosting.builder("Harbourline Bank", "Senior Backend Engineer")
                .requiredSkills("Python", "Kafka", "PostgreSQL", "Kubernetes")
                .build();
    }
}
