package dev.letterpress.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextIndexTest {
    private final Technologies lexicon = Technologies.builtIn();

    private boolean mentions(String text, String name) {
        return lexicon.index().add(text).mentions(lexicon.term(name));
    }

    @Test
    void findsNamesWrittenInAnyOfTheirSpellings() {
        assertThat(mentions("Built a Node.js API", "Node.js")).isTrue();
        assertThat(mentions("Built a NodeJS API", "Node.js")).isTrue();
        assertThat(mentions("Built a Node JS API", "node.js")).isTrue();
        assertThat(mentions("Moved the cluster to k8s", "Kubernetes")).isTrue();
        assertThat(mentions("Tuned Postgres for 4 TB", "PostgreSQL")).isTrue();
        assertThat(mentions("Set up CI/CD for four apps", "continuous integration"))
                .isTrue();
        assertThat(mentions("Event-driven services on Kafka", "event driven")).isTrue();
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(mentions("Migrated from MongoDB", "Go")).isFalse();
        assertThat(mentions("Wrote C++ services", "C")).isFalse();
        assertThat(mentions("Wrote C# services", "C++")).isFalse();
    }

    @Test
    void ignoresShortEverydayWordsWrittenInLowerCase() {
        assertThat(mentions("Planned the go live", "Go")).isFalse();
        assertThat(mentions("Wrote the rest of the docs", "REST")).isFalse();
        assertThat(mentions("Ran a 12-node cluster", "Node.js")).isFalse();
        assertThat(mentions("Rewrote the services in Go", "Go")).isTrue();
        assertThat(mentions("Designed REST endpoints", "REST")).isTrue();
    }

    @Test
    void aCaseSensitiveNameWrittenInLowerCaseIsAnOrdinaryWordAsReviewReadsIt() {
        assertThat(mentions("Planned the spring release", "Spring")).isFalse();
        assertThat(mentions("Shipped by express courier", "Express")).isFalse();
        assertThat(mentions("Built the API in Spring Boot", "Spring")).isTrue();
        assertThat(mentions("Built the API in spring boot", "Spring Boot")).isTrue();
        assertThat(mentions("An Express API", "Express")).isTrue();
    }
}
