package dev.letterpress.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A YAML key with nothing after it (or only a comment) is an empty value, and is reported as such. */
class EmptyYamlValueTest {
    @TempDir
    Path dir;

    @Test
    void reportsAnEmptyRequiredField() throws IOException {
        Path file = Files.writeString(dir.resolve("ada.yaml"), "id: ada\nname:\n");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Profiles.readCandidate(file));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(file + " 2:6 name: must not be empty");
    }

    @Test
    void treatsAnEmptyOptionalFieldAsAbsent() throws IOException {
        Path file =
                Files.writeString(dir.resolve("ada.yaml"), "id: ada\nname: Ada Lovelace\nemail:\nphone:   # none\n");

        Candidate ada = Profiles.readCandidate(file);

        assertThat(ada.email()).isNull();
        assertThat(ada.phone()).isNull();
    }
}
