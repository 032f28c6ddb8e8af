package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Seniority;
import dev.letterpress.model.SkillCategory;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private final Vocabulary words = Vocabulary.builtIn();

    @Test
    void findsNamesInTextOrderWithTheirSpellingLongestFirst() {
        assertThat(
                        words
                                .find(
                                        "We run Spring Boot services on Postgres and k8s; go live with the rest of REST APIs.")
                                .stream()
                                .map(m -> m.written() + "=" + m.name() + "/" + m.kind())
                                .toList())
                .containsExactly(
                        "Spring Boot=Spring Boot/TECHNOLOGY",
                        "Postgres=PostgreSQL/TECHNOLOGY",
                        "k8s=Kubernetes/TECHNOLOGY",
                        "REST=REST/TECHNOLOGY",
                        "APIs=APIs/THEME");
    }

    @Test
    void saysCategoryAndSameness() {
        assertThat(words.category("Postgres")).isEqualTo(SkillCategory.DATABASE);
        assertThat(words.category("Pied Piper")).isNull();
        assertThat(words.same("Golang", "Go")).isTrue();
        assertThat(words.same("Java", "JavaScript")).isFalse();
    }

    @Test
    void readsTheLevelOfATitle() {
        assertThat(words.levelOf("Senior Backend Engineer")).isEqualTo(Seniority.SENIOR);
        assertThat(words.levelOf("Software Engineer II")).isEqualTo(Seniority.MID);
        assertThat(words.levelOf("Graduate Developer")).isEqualTo(Seniority.JUNIOR);
        assertThat(words.levelOf("Backend Engineer")).isNull();
    }
}
