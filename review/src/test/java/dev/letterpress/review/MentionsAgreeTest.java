package dev.letterpress.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.text.Technologies;
import dev.letterpress.text.Terms;
import dev.letterpress.text.TextIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Composing asks "does this text mention X?" of a {@link TextIndex}; review asks "where does this
 * text mention X?" of {@link Terms}. Both read the one vocabulary with one hashing of words, and
 * this test holds them to one answer: over every corpus letter, for every technology and frontend
 * name, composing sees a mention exactly where review finds one.
 */
class MentionsAgreeTest {
    @Test
    void composingAndReviewSeeTheSameTechnologiesInEveryCorpusLetter() throws Exception {
        Technologies technologies = Technologies.builtIn();
        Vocabulary vocabulary = RolePack.bundled("backend").vocabulary;
        List<String> names = new ArrayList<>(technologies.technologyNames());
        technologies.frontendTechnologies().stream()
                .filter(n -> !names.contains(n))
                .forEach(names::add);
        Path corpus = Path.of(MentionsAgreeTest.class.getResource("corpus").toURI());
        List<String> disagreements = new ArrayList<>();
        int letters = 0;
        try (var files = Files.list(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(file);
                TextIndex index = technologies.index().add(text);
                letters++;
                for (String name : names) {
                    boolean composing = index.mentions(technologies.term(name));
                    boolean review = vocabulary.terms(List.of(name)).foundIn(text);
                    if (composing != review) {
                        disagreements.add(
                                file.getFileName() + ": " + name + " composing=" + composing + " review=" + review);
                    }
                }
            }
        }
        assertThat(letters).isGreaterThan(10);
        assertThat(disagreements).isEmpty();
    }
}
