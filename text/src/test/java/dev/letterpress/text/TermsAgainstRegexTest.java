package dev.letterpress.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hashed engine against the regular expression the term syntax describes, on texts made of
 * the terms' own pieces in every case, glued by spaces, hyphens, punctuation and word characters,
 * so that near-misses (a letter after a term, an underscore before it, a doubled separator) come
 * up as often as matches.
 */
class TermsAgainstRegexTest {
    private static final List<String> NAMES = List.of(
            "Spring Boot",
            "Spring",
            "REST APIs",
            "REST",
            "Node.js",
            ".NET",
            "C++",
            "C#",
            "C",
            "Go",
            "S3",
            "event-driven",
            "microservice*",
            "unit test*",
            "CI/CD",
            "Élixir",
            "k8s");
    private static final Map<String, List<String>> SYNONYMS =
            Map.of("Node.js", List.of("Node", "NodeJS"), "Go", List.of("Golang"), "k8s", List.of("Kubernetes"));
    private static final Set<String> MATCH_CASE = Set.of("Go", "C", "REST", "S3", "Spring");
    private static final List<String> PIECES = List.of(
            "Node",
            ".",
            "js",
            "JS",
            "NET",
            "net",
            "C",
            "c",
            "#",
            "+",
            "++",
            "Go",
            "go",
            "GO",
            "lang",
            "Spring",
            "spring",
            "Boot",
            "event",
            "driven",
            "micro",
            "service",
            "services",
            "unit",
            "test",
            "tests",
            "tested",
            "CI",
            "CD",
            "/",
            "REST",
            "rest",
            "APIs",
            "S3",
            "s3",
            "Élixir",
            "ÉLIXIR",
            "élixir",
            "k8s",
            "K8S",
            "Kubernetes",
            "_",
            "&",
            "-",
            "--",
            " ",
            "  ",
            "\t",
            "\n",
            ",",
            "x",
            "2",
            "²",
            "ſ");

    @Test
    void findsWhatTheAlternationFindsOnTenThousandTexts() {
        Terms terms = Terms.compile(NAMES, SYNONYMS, MATCH_CASE);
        Pattern reference = reference();
        Random random = new Random(12);
        for (int n = 0; n < 10_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String t = text.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = reference.matcher(t);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            assertThat(terms.findAll(t).stream().map(x -> x.start() + "-" + x.end()))
                    .as("in \"%s\"", t)
                    .containsExactlyElementsOf(expected);
        }
    }

    private static Pattern reference() {
        List<String> spellings = new ArrayList<>(NAMES);
        SYNONYMS.values().forEach(spellings::addAll);
        spellings.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder(Terms.BEFORE).append("(?:");
        for (int i = 0; i < spellings.size(); i++) {
            String s = spellings.get(i);
            regex.append(i == 0 ? "" : "|").append(Terms.termRegex(s, MATCH_CASE.contains(s)));
        }
        return Pattern.compile(regex.append(')').append(Terms.AFTER).toString());
    }
}
