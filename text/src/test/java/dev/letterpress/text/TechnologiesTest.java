package dev.letterpress.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.SkillCategory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TechnologiesTest {
    private final Technologies words = Technologies.builtIn();

    @Test
    void everyFrontendTechnologyIsAFrontendSkillForComposing() {
        assertThat(words.frontendTechnologies())
                .contains("React", "Backbone", "Flutter", "MobX", "Babel")
                .allMatch(words::isFrontend);
    }

    @Test
    void frontendWordsAreFrontendSkillsButNoTechnologyALetterCanLeadWith() {
        assertThat(words.isFrontend("UI")).isTrue();
        assertThat(words.isFrontend("accessibility")).isTrue();
        assertThat(words.frontendTechnologies()).doesNotContain("UI", "UX", "frontend", "accessibility");
        assertThat(words.technologyNames()).doesNotContain("UI", "frontend", "Microservices", "unit testing");
    }

    @Test
    void aTestToolIsNoFrontendTechnology() {
        assertThat(words.isFrontend("Cypress")).isFalse();
        assertThat(words.isTesting("Cypress")).isTrue();
    }

    @Test
    void technologyNamesHoldOneNamePerSynonymGroup() {
        Set<String> keys = new HashSet<>();
        List<String> names = words.technologyNames();
        assertThat(names).contains("AWS", "Kubernetes", "PostgreSQL", "Go").doesNotContain("Amazon Web Services");
        names.forEach(n ->
                assertThat(keys.add(words.synonyms().canonicalKey(n))).as(n).isTrue());
    }

    @Test
    void namesThatAreEverydayWordsMustKeepTheirCase() {
        assertThat(words.matchCase()).contains("Go", "REST", "Spring", "R").doesNotContain("Kubernetes");
    }

    @Test
    void categoriesComeFromAreasThroughSynonyms() {
        assertThat(words.category("Postgres")).isEqualTo(SkillCategory.DATABASE);
        assertThat(words.category("k8s")).isEqualTo(SkillCategory.TOOL);
        assertThat(words.category("Golang")).isEqualTo(SkillCategory.LANGUAGE);
        assertThat(words.category("Quux")).isNull();
    }
}
