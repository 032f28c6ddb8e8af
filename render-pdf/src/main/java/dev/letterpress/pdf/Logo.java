package dev.letterpress.pdf;

import com.lowagie.text.Image;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;

/**
 * A brand's logo, decoded and compressed once per renderer: JPEG data is embedded as it is, PNG
 * pixels (with their transparency as a soft mask) are compressed here, not for every document. Each document draws a light copy that shares the
 * decoded data, sized to the letterhead: {@value #HEIGHT_MM} mm high, at most {@value #MAX_WIDTH_MM}
 * mm wide, keeping its proportions.
 */
final class Logo {
    static final float HEIGHT_MM = 16;
    static final float MAX_WIDTH_MM = 45;

    private final Image image;
    private final String digest;
    private final float width;
    private final float height;

    private Logo(Image image, String digest) {
        this.image = image;
        this.digest = digest;
        float h = Units.mm(HEIGHT_MM);
        float w = h * image.getWidth() / image.getHeight();
        float maxW = Units.mm(MAX_WIDTH_MM);
        if (w > maxW) {
            h = h * maxW / w;
            w = maxW;
        }
        this.width = w;
        this.height = h;
    }

    /**
     * @return the SHA-256 digest of the logo file's bytes, in hex: what the logo contributes to a
     *         letter's identity, whatever folder the file lies in
     */
    String digest() {
        return digest;
    }

    /**
     * Reads and decodes a logo file.
     *
     * @param file the PNG or JPEG file
     * @return the logo
     * @throws InvalidInputException when the file cannot be read or is not a PNG or JPEG image
     */
    static Logo read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Problem(file.toString(), 0, 0, "logo",
                    "cannot read the logo (" + e.getMessage() + ")")), e);
        }
        String problem = null;
        Image image = null;
        if (!isPng(bytes) && !isJpeg(bytes)) {
            problem = "the logo must be a PNG or JPEG image";
        } else {
            try {
                image = predeflated(Image.getInstance(bytes));
            } catch (IOException | RuntimeException e) { // BadElementException is unchecked
                problem = "the logo cannot be decoded as a PNG or JPEG image (" + e.getMessage() + ")";
            }
        }
        if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
            throw new InvalidInputException(new Problem(file.toString(), 0, 0, "logo",
                    problem == null ? "the logo has no pixels" : problem));
        }
        return new Logo(image, HexFormat.of().formatHex(Reproducible.digest("SHA-256", bytes)));
    }

    /**
     * OpenPDF decodes a PNG into raw pixels (and a soft mask for its transparency) and would
     * compress them again for every document; compressing them once here takes that cost (more
     * than the rest of a letter's layout) out of rendering.
     */
    private static Image predeflated(Image image) {
        if (image.getRawData() == null || image.isDeflated() || image.type() != Image.IMGRAW) {
            return image; // JPEG data is embedded as it is
        }
        Image result = Image.getInstance((int) image.getWidth(), (int) image.getHeight(), image.getColorspace(),
                image.getBpc(), deflate(image.getRawData()), image.getTransparency());
        result.setDeflated(true);
        Image mask = image.getImageMask();
        if (mask != null) {
            Image deflatedMask = predeflated(mask);
            deflatedMask.makeMask();
            result.setImageMask(deflatedMask);
        }
        return result;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8;
    }

    /** @return a copy for one document, scaled to the letterhead */
    Image copy() {
        Image copy = Image.getInstance(image);
        copy.scaleAbsolute(width, height);
        return copy;
    }

    /** @return the drawn width in points */
    float width() {
        return width;
    }

    /** @return the drawn height in points */
    float height() {
        return height;
    }
}
