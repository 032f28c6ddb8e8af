package dev.letterpress.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.text.Technologies;
import dev.letterpress.text.Terms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The term engine against the regular expression its syntax describes, at the size of a real
 * pack: every technology and frontend name of the backend pack, with its synonyms and case rules,
 * over the corpus letters as written, in upper case and in lower case.
 */
class TermsPackTest {
    @Test
    void findsWhatOneAlternationOfTheBackendPacksNamesFindsInEveryCorpusLetter() throws Exception {
        Vocabulary vocabulary = RolePack.bundled("backend").vocabulary;
        List<String> names = new ArrayList<>(Technologies.builtIn().technologyNames());
        names.addAll(Technologies.builtIn().frontendTechnologies());
        Map<String, List<String>> synonyms = vocabulary.synonyms();
        Set<String> matchCase = vocabulary.matchCase();
        Terms terms = vocabulary.terms(names);
        Pattern reference = reference(names, synonyms, matchCase);

        List<String> texts = new ArrayList<>();
        Path corpus = Path.of(TermsPackTest.class.getResource("corpus").toURI());
        try (var files = Files.list(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(file);
                texts.add(text);
                texts.add(text.toUpperCase(Locale.ROOT));
                texts.add(text.toLowerCase(Locale.ROOT));
            }
        }
        for (String text : texts) {
            assertThat(spans(terms, text)).containsExactlyElementsOf(spans(reference, text));
        }
    }

    private static List<String> spans(Terms terms, String text) {
        return terms.findAll(text).stream()
                .map(t -> t.start() + "-" + t.end() + " " + text.substring(t.start(), t.end()))
                .toList();
    }

    private static List<String> spans(Pattern reference, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = reference.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end() + " " + m.group());
        }
        return found;
    }

    /** One alternation of the names and their aliases, longest first, as the syntax describes the terms. */
    private static Pattern reference(List<String> names, Map<String, List<String>> synonyms, Set<String> matchCase) {
        Set<String> lowerNames = new HashSet<>();
        names.forEach(n -> lowerNames.add(n.toLowerCase(Locale.ROOT)));
        List<String> spellings = new ArrayList<>(names);
        synonyms.forEach((name, aliases) -> {
            if (lowerNames.contains(name.toLowerCase(Locale.ROOT))) {
                spellings.addAll(aliases);
            }
        });
        spellings.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder(Terms.BEFORE).append("(?:");
        for (int i = 0; i < spellings.size(); i++) {
            String spelling = spellings.get(i);
            regex.append(i == 0 ? "" : "|").append(Terms.termRegex(spelling, matchCase.contains(spelling)));
        }
        return Pattern.compile(regex.append(')').append(Terms.AFTER).toString());
    }
}
