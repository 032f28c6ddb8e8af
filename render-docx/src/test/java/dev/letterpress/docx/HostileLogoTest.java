package dev.letterpress.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.model.Brand;
import dev.letterpress.model.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 items 5 and 16: the DOCX renderer applies the shared logo check. */
class HostileLogoTest {
    @Test
    void rejectsALogoWhoseHeaderClaims400Megapixels() {
        Path png = SampleLetters.resource("hostile/header-claims-400-megapixels.png");

        assertThatThrownBy(() -> DocxRenderer.create(
                        Brand.defaults().toBuilder().logo(png).build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(png + " logo: the logo is 20000 × 20000 pixels (400.0 megapixels); the limit is 25"
                        + " megapixels (a logo is shown 16 mm high: export it smaller)");
    }

    @Test
    void rejectsALogoLinkedToDevZeroAsNotARegularFile(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("logo.png"), Path.of("/dev/zero"));

        assertThatThrownBy(() -> DocxRenderer.create(
                        Brand.defaults().toBuilder().logo(link).build()))
                .hasMessage(link + " logo: the logo is not a regular file");
    }

    @Test
    void rejectsAJpegSignatureFollowedByText() {
        Path jpeg = SampleLetters.resource("hostile/soi-then-text.jpg");

        assertThatThrownBy(() -> DocxRenderer.create(
                        Brand.defaults().toBuilder().logo(jpeg).build()))
                .hasMessageStartingWith(jpeg + " logo: the logo is a damaged or unsupported JPEG image (");
    }

    @Test
    void embedsALogoGivenAsBytesAsTheSameFileWould() throws IOException {
        Path file = SampleLetters.resource("logo.png");
        byte[] bytes = Files.readAllBytes(file);
        Brand fromFile = SampleLetters.brand().toBuilder().logo(file).build();
        Brand fromBytes = fromFile.toBuilder().logo(bytes).build();

        assertThat(DocxParts.render(DocxRenderer.create(fromBytes), SampleLetters.standard()))
                .isEqualTo(DocxParts.render(DocxRenderer.create(fromFile), SampleLetters.standard()));
    }
}
