package dev.letterpress.docx;

import dev.letterpress.model.LogoImage;
import dev.letterpress.typeset.LetterDesign;
import dev.letterpress.typeset.Units;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * A brand's logo as the DOCX embeds it: the checked image ({@link LogoImage}, the one check
 * profile loading and both renderers share) and its display size, keeping the image's aspect
 * ratio in the design's logo box ({@link LetterDesign#LOGO_HEIGHT_MM} mm high, at most {@link
 * LetterDesign#LOGO_MAX_WIDTH_MM} mm wide).
 *
 * @param bytes       the image's bytes, embedded as they are
 * @param extension   {@code png} or {@code jpeg}, the media part's extension
 * @param contentType {@code image/png} or {@code image/jpeg}
 * @param widthEmu    display width in EMUs
 * @param heightEmu   display height in EMUs
 * @param crc         CRC-32 of the bytes, for storing them uncompressed in the zip
 */
record Logo(byte[] bytes, String extension, String contentType, long widthEmu, long heightEmu, long crc) {
    /**
     * Reads and checks a logo file.
     *
     * @param file the PNG or JPEG file
     * @return the logo
     * @throws dev.letterpress.model.InvalidInputException when {@link LogoImage#read(Path)} rejects it
     */
    static Logo read(Path file) {
        return of(LogoImage.read(file));
    }

    /**
     * The logo for a checked image.
     *
     * @param image the image
     * @return the logo
     */
    static Logo of(LogoImage image) {
        long height = Units.emu(LetterDesign.LOGO_HEIGHT_MM);
        long width = Math.round((double) height * image.width() / image.height());
        long maxWidth = Units.emu(LetterDesign.LOGO_MAX_WIDTH_MM);
        if (width > maxWidth) {
            height = Math.max(1, Math.round((double) maxWidth * image.height() / image.width()));
            width = maxWidth;
        }
        byte[] bytes = image.bytes();
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return new Logo(bytes, image.format().extension(), image.format().contentType(), width, height, crc.getValue());
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
