package dev.letterpress.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.text.Terms;
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

/** The shared term engine on the review's corpus of real letters. */
class TermsCorpusTest {
    @Test
    void findsWhatOneAlternationOfAllTermsFindsInEveryCorpusLetter() throws Exception {
        List<String> names = List.of(
                ".NET",
                "Node.js",
                "C#",
                "C++",
                "C",
                "Go",
                "Java",
                "JavaScript",
                "Kubernetes",
                "PostgreSQL",
                "event-driven",
                "microservice*",
                "CI/CD",
                "gRPC",
                "Élixir",
                "Ångström",
                "REST APIs",
                "REST",
                "AWS",
                "S3",
                "k6",
                "unit test*",
                "TDD",
                "Docker",
                "SQL",
                "NoSQL",
                "Kafka",
                "API design",
                "caching");
        Map<String, List<String>> synonyms = Map.of(
                "Kubernetes",
                List.of("k8s"),
                "PostgreSQL",
                List.of("Postgres"),
                "Node.js",
                List.of("Node", "NodeJS"),
                "Go",
                List.of("Golang"));
        Set<String> matchCase = Set.of("Go", "C", "REST", "S3");
        Terms terms = Terms.compile(names, synonyms, matchCase);
        Pattern reference = reference(names, synonyms, matchCase);

        List<String> texts = new ArrayList<>(List.of("ÉLIXIR and élixir, ångström, .NET/.net, node.JS, K8S, "
                + "postgres-based, Go-to, golang, C/C++/C#, REST APIs over REST, unit-tested, unit tests, CI/CD, k6"));
        Path corpus = Path.of(TermsCorpusTest.class.getResource("corpus").toURI());
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
            assertThat(terms.findAll(text).stream()
                            .map(t -> t.start() + "-" + t.end() + " " + text.substring(t.start(), t.end())))
                    .containsExactlyElementsOf(expected);
        }
    }

    /** The whole alternation, longest alias first, as the terms were matched before buckets. */
    private static Pattern reference(List<String> names, Map<String, List<String>> synonyms, Set<String> matchCase) {
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
