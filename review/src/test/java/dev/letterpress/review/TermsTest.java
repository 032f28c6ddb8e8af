package dev.letterpress.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TermsTest {
    private static List<String> names(Terms terms, String text) {
        return terms.findAll(text).stream().map(Terms.Match::name).toList();
    }

    @Test
    void matchesWholeWordsOnly() {
        Terms terms = Terms.compile(List.of("Java", "C", "C++", "C#", "R"), Map.of(), Set.of("C", "R"));
        assertThat(names(terms, "JavaScript, Java's, C, C++, C#, R&D, R, java")).containsExactly("Java", "C", "C++",
                "C#", "R", "Java");
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
                .containsExactly("event-driven", "event-driven", "event-driven", "back end", "back end", "microservice*");
    }

    @Test
    void synonymsReportTheCanonicalNameAndTheLongestTermWins() {
        Terms terms = Terms.compile(List.of("Kubernetes", "Spring", "Spring Boot"),
                Map.of("kubernetes", List.of("k8s")), Set.of("Spring"));
        assertThat(terms.findAll("K8s and Spring Boot, then spring")).containsExactly(
                new Terms.Match("Kubernetes", 0, 3), new Terms.Match("Spring Boot", 8, 19));
    }

    @Test
    void findsWhatOneAlternationOfAllTermsFindsInEveryCorpusLetter() throws Exception {
        List<String> names = List.of(".NET", "Node.js", "C#", "C++", "C", "Go", "Java", "JavaScript", "Kubernetes",
                "PostgreSQL", "event-driven", "microservice*", "CI/CD", "gRPC", "Élixir", "Ångström", "REST APIs", "REST",
                "AWS", "S3", "k6", "unit test*", "TDD", "Docker", "SQL", "NoSQL", "Kafka", "API design", "caching");
        Map<String, List<String>> synonyms = Map.of("Kubernetes", List.of("k8s"), "PostgreSQL", List.of("Postgres"),
                "Node.js", List.of("Node", "NodeJS"), "Go", List.of("Golang"));
        Set<String> matchCase = Set.of("Go", "C", "REST", "S3");
        Terms terms = Terms.compile(names, synonyms, matchCase);
        Pattern reference = reference(names, synonyms, matchCase);

        List<String> texts = new ArrayList<>(List.of("ÉLIXIR and élixir, ångström, .NET/.net, node.JS, K8S, "
                + "postgres-based, Go-to, golang, C/C++/C#, REST APIs over REST, unit-tested, unit tests, CI/CD, k6"));
        Path corpus = Path.of(TermsTest.class.getResource("corpus").toURI());
        try (var files = Files.list(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            Matcher m = reference.matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end() + " " + m.group());
            }
            assertThat(terms.findAll(text).stream().map(t -> t.start() + "-" + t.end() + " " + text.substring(t.start(), t.end())))
                    .containsExactlyElementsOf(expected);
        }
    }

    /** The whole alternation, longest alias first, as the terms were matched before buckets. */
    private static Pattern reference(List<String> names, Map<String, List<String>> synonyms,
            Set<String> matchCase) {
        List<String> aliases = new ArrayList<>(names);
        synonyms.values().forEach(aliases::addAll);
        aliases.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder(Terms.BEFORE).append("(?:");
        for (int i = 0; i < aliases.size(); i++) {
            regex.append(i == 0 ? "" : "|").append(Terms.termRegex(aliases.get(i), matchCase.contains(aliases.get(i))));
        }
        return Pattern.compile(regex.append(')').append(Terms.AFTER).toString());
    }
}
