package dev.letterpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers in profiles are checked where they are born, with the usual located message. */
class NumericBoundsTest {
    @TempDir
    Path dir;

    private List<String> problems(String name, String content, boolean brand) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        try {
            if (brand) {
                Profiles.readBrand(file);
            } else {
                Profiles.readCandidate(file);
            }
        } catch (InvalidInputException e) {
            return e.problems().stream()
                    .map(p -> p.toString().replace(dir + "/", ""))
                    .toList();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void rejectsHugeYearsExperienceWithItsLocation() throws IOException {
        assertThat(problems("ada.yaml", """
                id: ada
                name: Ada
                yearsExperience: 1e999
                skills:
                  - { name: Go, years: -1e999 }
                  - { name: Rust, years: .inf }
                """, false))
                .containsExactly(
                        "ada.yaml 3:18 yearsExperience: must be at most 60 (was 1e999)",
                        "ada.yaml 5:24 skills[0].years: must not be negative (was -1e999)",
                        "ada.yaml 6:26 skills[1].years: expected a number, got .inf");
    }

    @Test
    void rejectsMetricFiguresALetterCannotPrintWithTheirLocation() throws IOException {
        assertThat(problems("ada.json", """
                {"id": "ada", "name": "Ada", "achievements": [{"text": "Scaled it", "metrics": [
                  {"kind": "scale", "value": 1e300, "unit": "users"},
                  {"kind": "latency", "unit": "ms", "before": 320, "after": 1e-300},
                  {"kind": "latency", "unit": "ms", "before": 1e999, "after": 2}
                ]}]}
                """, false))
                .containsExactly(
                        "ada.json 2:30 achievements[0].metrics[0].value: must be at most 1,000,000,000,000,000 in size;"
                                + " use a larger unit (was 1e300)",
                        "ada.json 3:61 achievements[0].metrics[1].after: must be 0 or at least 0.01 in size;"
                                + " use a smaller unit (was 1e-300)",
                        "ada.json 4:47 achievements[0].metrics[2].before: must be a finite number (was 1e999)");
    }

    @Test
    void rejectsInfiniteMarginWithoutFailing() throws IOException {
        assertThat(problems("brand.yaml", """
                name: Northwind
                margins: 1e999
                """, true))
                .containsExactly("brand.yaml 2:10 margins: must be between 0 and 100 mm (was Infinity)");
    }
}
