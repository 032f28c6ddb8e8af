package dev.letterpress.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermsTest {
    private static List<String> names(Terms terms, String text) {
        return terms.findAll(text).stream().map(Terms.Match::name).toList();
    }

    @Test
    void matchesWholeWordsOnly() {
        Terms terms = Terms.compile(List.of("Java", "C", "C++", "C#", "R"), Map.of(), Set.of("C", "R"));
        assertThat(names(terms, "JavaScript, Java's, C, C++, C#, R&D, R, java"))
                .containsExactly("Java", "C", "C++", "C#", "R", "Java");
    }

    @Test
    void aNameAfterAFullStopGluedToAWordIsPartOfThatWord() {
        Terms js = Terms.compile(List.of("JavaScript"), Map.of("JavaScript", List.of("JS")), Set.of());
        assertThat(names(js, "Node.js, Vue.js and Next.JS")).isEmpty();
        assertThat(names(js, "Node and JS. JS, .js files")).containsExactly("JavaScript", "JavaScript", "JavaScript");
    }

    @Test
    void aMatchCaseTermKeepsItsCapitalAndNeverMatchesInsideWords() {
        Terms go = Terms.compile(List.of("Go"), Map.of("Go", List.of("Golang")), Set.of("Go"));
        assertThat(names(go, "Google, going, go home, Go-based, Go, golang")).containsExactly("Go", "Go", "Go");
    }

    @Test
    void spacesAndHyphensAreInterchangeableAndAStarMatchesWordEndings() {
        Terms terms = Terms.compile(List.of("event-driven", "back end", "microservice*"), Map.of(), Set.of());
        assertThat(names(terms, "event driven, eventdriven, Event-Driven, backend, back-end, microservices"))
                .containsExactly(
                        "event-driven", "event-driven", "event-driven", "back end", "back end", "microservice*");
    }

    @Test
    void synonymsReportTheCanonicalNameAndTheLongestTermWins() {
        Terms terms = Terms.compile(
                List.of("Kubernetes", "Spring", "Spring Boot"), Map.of("kubernetes", List.of("k8s")), Set.of("Spring"));
        assertThat(terms.findAll("K8s and Spring Boot, then spring"))
                .containsExactly(new Terms.Match("Kubernetes", 0, 3), new Terms.Match("Spring Boot", 8, 19));
    }
}
