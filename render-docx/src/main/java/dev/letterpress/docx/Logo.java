package dev.letterpress.docx;

import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Problem;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A brand's logo, read and checked once: its bytes, format and display size. The size keeps the
 * image's aspect ratio at {@value #HEIGHT_MM} mm high, narrowed to at most {@value #MAX_WIDTH_MM}
 * mm wide for very wide logos.
 *
 * @param bytes       the file's bytes, embedded as they are
 * @param extension   {@code png} or {@code jpeg}, the media part's extension
 * @param contentType {@code image/png} or {@code image/jpeg}
 * @param widthEmu    display width in EMUs
 * @param heightEmu   display height in EMUs
 * @param crc         CRC-32 of the bytes, for storing them uncompressed in the zip
 */
record Logo(byte[] bytes, String extension, String contentType, long widthEmu, long heightEmu, long crc) {
    /** Display height of the logo. */
    static final double HEIGHT_MM = 16;
    /** Widest the logo is shown. */
    static final double MAX_WIDTH_MM = 45;
    /** Largest logo file accepted, so that no letter carries a huge image. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    /**
     * Reads and checks a logo file.
     *
     * @param file the PNG or JPEG file
     * @return the logo
     * @throws InvalidInputException when the file is missing, too large, not a PNG or JPEG, or
     *                               cannot be decoded; the problem names the file
     */
    static Logo read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw invalid(file, "the logo is " + megabytes(size) + "; the limit is "
                        + megabytes(MAX_BYTES) + " (a logo is shown 16 mm high: export it smaller)", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw invalid(file, "logo file not found", e);
        } catch (IOException e) {
            throw invalid(file, "cannot read the logo: " + e.getMessage(), e);
        }
        String extension;
        String contentType;
        if (Magic.startsWith(bytes, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) {
            extension = "png";
            contentType = "image/png";
        } else if (Magic.startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            extension = "jpeg";
            contentType = "image/jpeg";
        } else {
            throw invalid(file, "the logo must be a PNG or JPEG image", null);
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException | RuntimeException e) {
            throw invalid(file, "the logo is a damaged or unsupported " + extension.toUpperCase(Locale.ROOT)
                    + " image (" + e.getMessage() + "); save it again as an RGB PNG or JPEG", e);
        }
        if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
            throw invalid(file, "the logo is a damaged " + extension.toUpperCase(Locale.ROOT) + " image", null);
        }
        long height = Units.emu(HEIGHT_MM);
        long width = Math.round((double) height * image.getWidth() / image.getHeight());
        long maxWidth = Units.emu(MAX_WIDTH_MM);
        if (width > maxWidth) {
            height = Math.max(1, Math.round((double) maxWidth * image.getHeight() / image.getWidth()));
            width = maxWidth;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return new Logo(bytes, extension, contentType, width, height, crc.getValue());
    }


    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static InvalidInputException invalid(Path file, String message, Throwable cause) {
        return new InvalidInputException(List.of(new Problem(file.toString(), 0, 0, "logo", message)), cause);
    }

    /**
     * The media part's name inside the package.
     *
     * @return e.g. {@code media/logo.png}, relative to {@code word/}
     */
    String partName() {
        return "media/logo." + extension;
    }
}
