package dev.letterpress.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.model.Brand;
import dev.letterpress.model.InvalidInputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 items 5 and 16: the PDF renderer applies the shared logo check. */
class HostileLogoTest {
    private static Path resource(String name) throws URISyntaxException {
        return Path.of(HostileLogoTest.class.getResource("/" + name).toURI());
    }

    @Test
    void rejectsALogoWhoseHeaderClaims400Megapixels() throws URISyntaxException {
        Path png = resource("hostile/header-claims-400-megapixels.png");

        assertThatThrownBy(() -> PdfRenderer.create(
                        Brand.defaults().toBuilder().logo(png).build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(png + " logo: the logo is 20000 × 20000 pixels (400.0 megapixels); the limit is 25"
                        + " megapixels (a logo is shown 16 mm high: export it smaller)");
    }

    @Test
    void rejectsALogoOverTheByteLimitAsTheDocxDoes(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.png");
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(6L * 1024 * 1024);
        }

        assertThatThrownBy(() -> PdfRenderer.create(
                        Brand.defaults().toBuilder().logo(big).build()))
                .hasMessage(big + " logo: the logo is 6.0 MB; the limit is 5.0 MB (a logo is shown 16 mm high:"
                        + " export it smaller)");
    }

    @Test
    void rejectsALogoLinkedToDevZeroAsNotARegularFile(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("logo.png"), Path.of("/dev/zero"));

        assertThatThrownBy(() -> PdfRenderer.create(
                        Brand.defaults().toBuilder().logo(link).build()))
                .hasMessage(link + " logo: the logo is not a regular file");
    }

    @Test
    void doesNotTakeEveryFileStartingFfD8ForAJpeg() throws URISyntaxException {
        Path jpeg = resource("hostile/soi-then-text.jpg");

        assertThatThrownBy(() -> PdfRenderer.create(
                        Brand.defaults().toBuilder().logo(jpeg).build()))
                .hasMessageStartingWith(jpeg + " logo: the logo is a damaged or unsupported JPEG image (");
    }

    @Test
    void drawsALogoGivenAsBytesAsTheSameFileWould() throws Exception {
        Path file = resource("logo.png");
        Brand fromFile = Brand.defaults().toBuilder().logo(file).build();
        Brand fromBytes =
                Brand.defaults().toBuilder().logo(Files.readAllBytes(file)).build();

        assertThat(Pdfs.render(PdfRenderer.create(fromBytes), Letters.typical()).text())
                .isEqualTo(Pdfs.render(PdfRenderer.create(fromFile), Letters.typical())
                        .text());
        assertThat(PdfRenderer.create(fromBytes)
                        .render(Letters.typical(), java.io.OutputStream.nullOutputStream())
                        .warnings())
                .isEmpty();
    }
}
