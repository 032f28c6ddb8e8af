package dev.letterpress.pdf;

import com.lowagie.text.Image;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.LogoImage;
import dev.letterpress.model.Problem;
import dev.letterpress.typeset.LetterDesign;
import dev.letterpress.typeset.Units;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;

/**
 * A brand's logo as the PDF draws it: the checked image ({@link LogoImage}, the one check profile
 * loading and both renderers share), decoded and compressed once per renderer. JPEG data is
 * embedded as it is, PNG pixels (with their transparency as a soft mask) are compressed here, not
 * for every document. Each document draws a light copy that shares the decoded data, sized to the
 * design's logo box: {@link LetterDesign#LOGO_HEIGHT_MM} mm high, at most {@link
 * LetterDesign#LOGO_MAX_WIDTH_MM} mm wide, keeping its proportions.
 */
final class Logo {
    private final Image image;
    private final String digest;
    private final float width;
    private final float height;

    private Logo(Image image, String digest) {
        this.image = image;
        this.digest = digest;
        float h = Units.points(LetterDesign.LOGO_HEIGHT_MM);
        float w = h * image.getWidth() / image.getHeight();
        float maxW = Units.points(LetterDesign.LOGO_MAX_WIDTH_MM);
        if (w > maxW) {
            h = h * maxW / w;
            w = maxW;
        }
        this.width = w;
        this.height = h;
    }

    /**
     * @return the SHA-256 digest of the logo's bytes, in hex: what the logo contributes to a
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
     * @throws InvalidInputException when {@link LogoImage#read(Path)} rejects the file, or OpenPDF
     *                               cannot decode it
     */
    static Logo read(Path file) {
        return of(LogoImage.read(file), file.toString());
    }

    /**
     * Decodes a checked logo.
     *
     * @param checked the image
     * @param source  how problems name it
     * @return the logo
     * @throws InvalidInputException when OpenPDF cannot decode it
     */
    static Logo of(LogoImage checked, String source) {
        Image image;
        try {
            image = predeflated(Image.getInstance(checked.bytes()));
        } catch (IOException | RuntimeException e) { // BadElementException is unchecked
            throw new InvalidInputException(
                    List.of(new Problem(
                            source,
                            0,
                            0,
                            LogoImage.FIELD,
                            "the logo cannot be decoded as a PNG or JPEG image (" + e.getMessage() + ")")),
                    e);
        }
        if (image.getWidth() <= 0 || image.getHeight() <= 0) {
            throw new InvalidInputException(new Problem(source, 0, 0, LogoImage.FIELD, "the logo has no pixels"));
        }
        return new Logo(image, checked.digest());
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
        Image result = Image.getInstance(
                (int) image.getWidth(),
                (int) image.getHeight(),
                image.getColorspace(),
                image.getBpc(),
                deflate(image.getRawData()),
                image.getTransparency());
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
