package dev.letterpress.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 items 5 and 16: hostile logos end in a clear problem, in bounded memory. */
class LogoImageTest {
    private static final String TOO_MANY_PIXELS = " logo: the logo is 20000 × 20000 pixels (400.0 megapixels);"
            + " the limit is 25 megapixels (a logo is shown 16 mm high: export it smaller)";

    @TempDir
    Path dir;

    /**
     * A real, complete 20000 × 20000 grey PNG, written row by row: its pixels would take 400 MB
     * (1.6 GB as ARGB) but the file is a few hundred kilobytes.
     */
    static Path hugePng(Path file, int width, int height) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream header = new DataOutputStream(ihdr);
            header.writeInt(width);
            header.writeInt(height);
            header.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit greyscale, deflate, no filter, no interlace
            chunk(out, "IHDR", ihdr.toByteArray());
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            byte[] row = new byte[width + 1];
            try (OutputStream deflate = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
                for (int y = 0; y < height; y++) {
                    deflate.write(row);
                }
            }
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
        return file;
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    static Path hostile(String name) throws URISyntaxException {
        return Path.of(LogoImageTest.class.getResource("/hostile/" + name).toURI());
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void rejectsA400MegapixelPngFromItsHeaderBeforeDecodingAPixel() throws IOException {
        Path png = hugePng(dir.resolve("huge.png"), 20_000, 20_000);
        assertThat(Files.size(png)).as("a small file").isLessThan(LogoImage.MAX_BYTES);

        assertThatThrownBy(() -> LogoImage.read(png))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(png + TOO_MANY_PIXELS)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).field())
                        .isEqualTo("logo"));
    }

    @Test
    void rejectsAHeaderThatClaims400MegapixelsWithoutTheirData() throws URISyntaxException {
        Path png = hostile("header-claims-400-megapixels.png");

        assertThatThrownBy(() -> LogoImage.read(png)).hasMessage(png + TOO_MANY_PIXELS);
    }

    @Test
    void rejectsAFileOverTheByteLimitWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.png");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(6L * 1024 * 1024);
        }

        assertThatThrownBy(() -> LogoImage.read(big))
                .hasMessage(big + " logo: the logo is 6.0 MB; the limit is 5.0 MB"
                        + " (a logo is shown 16 mm high: export it smaller)");
    }

    @Test
    void aLinkToDevZeroIsNotARegularFile() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("logo.png"), Path.of("/dev/zero"));

        assertThatThrownBy(() -> LogoImage.read(link)).hasMessage(link + " logo: the logo is not a regular file");
    }

    @Test
    void aFolderIsNotARegularFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("logo.png"));

        assertThatThrownBy(() -> LogoImage.read(folder)).hasMessage(folder + " logo: the logo is not a regular file");
    }

    @Test
    void rejectsAJpegSignatureFollowedByText() {
        byte[] bytes = {
            (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 'n', 'o', 't', ' ', 'a', ' ', 'J', 'P', 'E', 'G'
        };

        assertThatThrownBy(() -> LogoImage.of(bytes, "upload.jpg"))
                .hasMessageStartingWith("upload.jpg logo: the logo is a damaged or unsupported JPEG image (");
    }

    @Test
    void readsTheSizeAndFormatOfAGoodLogoFromBytes() throws IOException {
        byte[] bytes = png(300, 100);

        LogoImage logo = LogoImage.of(bytes, "logo.png");

        assertThat(logo.format()).isEqualTo(LogoImage.Format.PNG);
        assertThat(logo.width()).isEqualTo(300);
        assertThat(logo.height()).isEqualTo(100);
        assertThat(logo.bytes()).isEqualTo(bytes);
        assertThat(logo).isEqualTo(LogoImage.of(bytes.clone(), "another name"));
        assertThat(logo.toString()).isEqualTo("LogoImage[png 300x100 sha256=" + Digests.sha256Hex(bytes) + "]");
    }

    @Test
    void aBrandTakesItsLogoAsBytesAndKeepsItWithoutItsFiles() throws IOException {
        byte[] bytes = png(40, 20);

        Brand brand = Brand.defaults().toBuilder().logo(bytes).build();

        assertThat(brand.logo()).isNull();
        assertThat(brand.logoImage().width()).isEqualTo(40);
        assertThat(brand.withoutFiles().logoImage()).isEqualTo(brand.logoImage());
        assertThat(brand.toBuilder().logo(Path.of("logo.png")).build().logoImage())
                .isNull();
    }

    @Test
    void aBrandRejectsLogoBytesThatAreNoImageAtOnce() {
        assertThatThrownBy(() ->
                        Brand.defaults().toBuilder().logo("<svg/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Brand.logo(byte[]) logo: the logo must be a PNG or JPEG image");
    }
}
