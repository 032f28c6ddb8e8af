package dev.letterpress.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A brand's logo, read and checked once: the one check that profile loading and both renderers
 * apply. A logo is a regular file (or bytes given in code) of at most {@value #MAX_BYTES} bytes,
 * a PNG or JPEG by its signature, whose header (read without decoding a pixel) gives a size of at
 * most {@value #MAX_PIXELS} pixels, and that then decodes. So a 400-megapixel PNG that compresses
 * to a few hundred kilobytes is turned away before anything allocates its pixels. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * LogoImage logo = LogoImage.read(Path.of("logo.png"));
 * logo.format();              // Format.PNG
 * logo.width();               // pixels, from the image header
 * }</pre>
 */
public final class LogoImage {
    /** Largest logo accepted, in bytes: a logo is shown 16 mm high, so no letter carries a huge image. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /** Most pixels a logo may have (width times height): 25 megapixels. */
    public static final long MAX_PIXELS = 25_000_000L;
    /** The field name problems carry. */
    public static final String FIELD = "logo";

    /** The image formats a logo may have. */
    public enum Format {
        /** Portable Network Graphics. */
        PNG("png", "image/png"),
        /** JPEG (JFIF or Exif). */
        JPEG("jpeg", "image/jpeg");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        /**
         * The usual file extension.
         *
         * @return {@code png} or {@code jpeg}
         */
        public String extension() {
            return extension;
        }

        /**
         * The media type.
         *
         * @return {@code image/png} or {@code image/jpeg}
         */
        public String contentType() {
            return contentType;
        }
    }

    private final byte[] bytes;
    private final Format format;
    private final int width;
    private final int height;
    private final String digest;

    private LogoImage(byte[] bytes, Format format, int width, int height) {
        this.bytes = bytes;
        this.format = format;
        this.width = width;
        this.height = height;
        this.digest = Digests.sha256Hex(bytes);
    }

    /**
     * Reads and checks a logo file, following a link to it.
     *
     * @param file the PNG or JPEG file
     * @return the logo
     * @throws InvalidInputException when the file is missing, not a regular file, too large, not
     *                               a PNG or JPEG, damaged, or has too many pixels; the problem
     *                               names the file and the field {@value #FIELD}
     */
    public static LogoImage read(Path file) {
        String problem = fileProblem(file);
        if (problem != null) {
            throw invalid(file.toString(), problem, null);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw invalid(file.toString(), "cannot read the logo: " + e.getMessage(), e);
        }
        return of(bytes, file.toString());
    }

    /**
     * Checks a logo given as bytes (kept in a database, uploaded).
     *
     * @param bytes  the PNG or JPEG content; copied
     * @param source how problems name the logo, e.g. {@code "logo.png"}
     * @return the logo
     * @throws InvalidInputException when the bytes are too many, not a PNG or JPEG, damaged, or
     *                               the image has too many pixels
     */
    public static LogoImage of(byte[] bytes, String source) {
        if (bytes.length > MAX_BYTES) {
            throw invalid(source, tooLarge(bytes.length), null);
        }
        byte[] copy = bytes.clone();
        Format format = format(copy);
        if (format == null) {
            throw invalid(source, "the logo must be a PNG or JPEG image", null);
        }
        int[] size;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(copy))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw invalid(source, damaged(format), null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                size = new int[] {reader.getWidth(0), reader.getHeight(0)};
                if (size[0] <= 0 || size[1] <= 0) {
                    throw invalid(source, damaged(format), null);
                }
                long pixels = (long) size[0] * size[1];
                if (pixels > MAX_PIXELS) {
                    throw invalid(
                            source,
                            String.format(
                                    Locale.ROOT,
                                    "the logo is %d × %d pixels (%.1f megapixels); the limit is %d megapixels"
                                            + " (a logo is shown 16 mm high: export it smaller)",
                                    size[0],
                                    size[1],
                                    pixels / 1e6,
                                    MAX_PIXELS / 1_000_000),
                            null);
                }
                reader.read(0); // only now, with the size known to be bounded: a damaged image fails here
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw invalid(
                    source, damaged(format) + " (" + e.getMessage() + "); save it again as an RGB PNG or JPEG", e);
        }
        return new LogoImage(copy, format, size[0], size[1]);
    }

    /**
     * What keeps a path from being a logo file before it is read: missing, or not a regular file
     * (a folder, a device such as {@code /dev/zero}, a pipe), or too large.
     *
     * @param file the path, links followed
     * @return the problem, or null when the file may be read
     */
    public static String fileProblem(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return "logo file not found";
        } catch (IOException e) {
            return "cannot read the logo: " + e.getMessage();
        }
        if (!attributes.isRegularFile()) {
            return "the logo is not a regular file";
        }
        if (attributes.size() > MAX_BYTES) {
            return tooLarge(attributes.size());
        }
        return null;
    }

    private static String tooLarge(long size) {
        return String.format(
                Locale.ROOT,
                "the logo is %.1f MB; the limit is %.1f MB" + " (a logo is shown 16 mm high: export it smaller)",
                size / (1024.0 * 1024.0),
                MAX_BYTES / (1024.0 * 1024.0));
    }

    private static String damaged(Format format) {
        return "the logo is a damaged or unsupported " + format.name() + " image";
    }

    private static Format format(byte[] b) {
        if (b.length >= 8
                && (b[0] & 0xFF) == 0x89
                && b[1] == 'P'
                && b[2] == 'N'
                && b[3] == 'G'
                && b[4] == '\r'
                && b[5] == '\n'
                && b[6] == 0x1A
                && b[7] == '\n') {
            return Format.PNG;
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Format.JPEG;
        }
        return null;
    }

    private static InvalidInputException invalid(String source, String message, Throwable cause) {
        return new InvalidInputException(List.of(new Problem(source, 0, 0, FIELD, message)), cause);
    }

    /**
     * The image's bytes, as they are embedded.
     *
     * @return a copy of the bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The image's bytes without a copy, for writing them out.
     *
     * @param out where to write them
     * @throws IOException when writing fails
     */
    public void writeTo(java.io.OutputStream out) throws IOException {
        out.write(bytes);
    }

    /**
     * The number of bytes.
     *
     * @return the length of {@link #bytes()}
     */
    public int size() {
        return bytes.length;
    }

    /**
     * The image format, from the file's signature.
     *
     * @return PNG or JPEG
     */
    public Format format() {
        return format;
    }

    /**
     * The width in pixels, from the image header.
     *
     * @return at least 1
     */
    public int width() {
        return width;
    }

    /**
     * The height in pixels, from the image header.
     *
     * @return at least 1
     */
    public int height() {
        return height;
    }

    /**
     * The SHA-256 digest of the bytes: what the logo contributes to a letter's identity, wherever
     * it came from.
     *
     * @return 64 lower-case hex digits
     */
    public String digest() {
        return digest;
    }

    /**
     * Equal when the bytes are equal.
     *
     * @param o another object
     * @return whether both are logos with the same bytes
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof LogoImage other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /**
     * The format, size and digest, never the bytes.
     *
     * @return e.g. {@code LogoImage[png 600x200 sha256=…]}
     */
    @Override
    public String toString() {
        return "LogoImage[" + format.extension() + " " + width + "x" + height + " sha256=" + digest + "]";
    }
}
