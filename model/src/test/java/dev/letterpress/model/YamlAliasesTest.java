package dev.letterpress.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML aliases stand for their anchor's value, never for the anchor's name; nested ones are bounded. */
class YamlAliasesTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static List<String> problems(Path file) {
        try {
            Profiles.readCandidate(file);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void aScalarAliasIsTheAnchorsValueNotItsName() throws IOException {
        Candidate ada = Profiles.readCandidate(write("ada.yaml", """
                id: ada
                name: &n Real Name
                email: ada@example.com
                headline: *n
                skills: [Python]
                """));

        assertThat(ada.headline()).isEqualTo("Real Name");
        assertThat(ada.name()).isEqualTo("Real Name");
    }

    @Test
    void anAliasedSkillIsTheSkillNotTheAnchorsName() throws IOException {
        Candidate ada = Profiles.readCandidate(write("ada.yaml", """
                id: ada
                name: Ada
                email: ada@example.com
                skills:
                  - { name: &py Python, category: language, years: 6 }
                  - PostgreSQL
                achievements:
                  - text: Rebuilt the order pipeline
                    skills: [*py]
                """));

        assertThat(ada.skills()).extracting(Skill::name).containsExactly("Python", "PostgreSQL");
        assertThat(ada.achievements().get(0).skills()).containsExactly("Python");
    }

    @Test
    void aListAliasIsTheList() throws IOException {
        Candidate ada = Profiles.readCandidate(write("ada.yaml", """
                id: ada
                name: Ada
                email: ada@example.com
                skills: &stack [Python, Kafka]
                projects:
                  - name: ledgerline
                    summary: A ledger.
                    skills: *stack
                """));

        assertThat(ada.projects().get(0).skills()).containsExactly("Python", "Kafka");
    }

    @Test
    void nestedAliasesThatMultiplyAreRefusedWithFileAndLine() throws IOException {
        Path file = dir.resolve("billion-laughs.yaml");
        try (InputStream in = YamlAliasesTest.class.getResourceAsStream("/hostile/billion-laughs.yaml")) {
            Files.write(file, in.readAllBytes());
        }

        assertThat(problems(file))
                .containsExactly(file + " 8:45 l4[7]: YAML aliases stand for more than 10,000 values"
                        + " here; a profile needs far fewer (write the values out)");
    }

    @Test
    void anAliasInsideItsOwnAnchorIsRefused() throws IOException {
        Path file = write("loop.yaml", """
                id: ada
                name: Ada
                email: ada@example.com
                skills: &s [Python, *s]
                """);

        assertThatThrownBy(() -> Profiles.readCandidate(file)).isInstanceOf(InvalidInputException.class);
        assertThat(problems(file))
                .containsExactly(file + " 4:21 skills[1]: the alias *s stands for a value that is"
                        + " not complete where it is used; write the value out");
    }
}
