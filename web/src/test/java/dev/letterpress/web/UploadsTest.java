package dev.letterpress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadsTest {
    @TempDir
    Path dir;

    @Test
    void keepsOnlyTheLastSegmentOfAnUploadedName() {
        assertThat(Uploads.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Uploads.safeName("C:\\Users\\zoe\\cohort.csv")).isEqualTo("cohort.csv");
        assertThat(Uploads.safeName("Zoë Łukasiewicz.yaml")).isEqualTo("Zo---ukasiewicz.yaml");
    }

    @Test
    void refusesNamesThatAreNothingButDotsOrHidden() {
        assertThatThrownBy(() -> Uploads.safeName(".."))
                .isInstanceOf(WebInputException.class)
                .hasMessage("The file name \"..\" cannot be used; name it with letters, digits, '.', '_' and '-'.");
        assertThatThrownBy(() -> Uploads.safeName("x/.hidden")).isInstanceOf(WebInputException.class);
        assertThatThrownBy(() -> Uploads.safeName("a..b.yaml")).isInstanceOf(WebInputException.class);
        assertThatThrownBy(() -> Uploads.safeName(null)).isInstanceOf(WebInputException.class);
    }

    @Test
    void unpacksAZipFlatAndDeletesIt() throws Exception {
        Path zip = dir.resolve("people.zip");
        Files.write(zip, WebSecurityTest.zipOf("deep/../../ada.yaml", "id: ada\n".getBytes(StandardCharsets.UTF_8)));
        Path into = Files.createDirectories(dir.resolve("candidates"));

        assertThat(new Uploads(Limits.DEFAULTS).unzip(zip, into)).containsExactly(into.resolve("ada.yaml"));
        assertThat(into.resolve("ada.yaml")).hasContent("id: ada");
        assertThat(zip).doesNotExist();
    }
}
