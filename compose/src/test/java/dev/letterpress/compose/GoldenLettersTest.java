package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole letters as plain text, read and approved by a person for tone and correctness. After an
 * intended change, rewrite them with {@code mvn -pl compose verify -Dletterpress.updateGolden=true},
 * read the diff, and commit it.
 */
class GoldenLettersTest {
    private static final Path GOLDEN = Fixtures.RESOURCES.resolve("golden");
    private static final boolean UPDATE = Boolean.getBoolean("letterpress.updateGolden");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "experienced--ada-acme,                 ada-senior,     acme-senior,    ''",
        "junior-to-mid--sam-brightwave,         sam-junior,     brightwave-mid, ''",
        "frontend-to-backend--lee-northwind,    lee-frontend,   northwind,      ''",
        "concise--ada-initech,                  ada-senior,     go-platform,    concise",
        "experienced--sparse-globex,            sparse,         minimal,        ''",
        "junior-to-mid--career-changer-brightwave, career-changer, brightwave-mid, ''",
    })
    void composesTheApprovedLetter(String golden, String candidate, String job, String template) throws IOException {
        String text = Fixtures.composer()
                .compose(Fixtures.candidate(candidate), Fixtures.job(job), template.isEmpty() ? null : template)
                .toPlainText();
        Path file = GOLDEN.resolve(golden + ".txt");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, text);
        }
        assertThat(file)
                .as("golden file missing; create it with -Dletterpress.updateGolden=true")
                .exists();
        assertThat(text).isEqualTo(Files.readString(file));
    }
}
