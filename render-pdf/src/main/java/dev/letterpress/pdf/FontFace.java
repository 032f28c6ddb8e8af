package dev.letterpress.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfStream;
import java.io.IOException;
import java.util.Locale;

/**
 * One font ready to draw with: an OpenPDF font created once from bytes read once, embedded as a
 * subset with Identity-H encoding, and whether it is bold or italic by design (else the renderer
 * emboldens or slants it). OpenPDF fonts keep no per-document state (the glyphs a document uses are
 * tracked by its writer), so one instance serves every document on every thread.
 */
final class FontFace {
    private final BaseFont base;
    private final boolean bold;
    private final boolean italic;
    private final String label;

    private FontFace(BaseFont base, boolean bold, boolean italic, String label) {
        this.base = base;
        this.bold = bold;
        this.italic = italic;
        this.label = label;
    }

    /**
     * Creates a font from the bytes of a TrueType (.ttf), OpenType (.otf) or collection (.ttc) file.
     *
     * @param bytes    the file's content
     * @param ttcIndex which font of a collection; ignored for other files
     * @param label    how messages name the font (its path or resource)
     * @return the font, with its style read from the font itself
     * @throws IOException when the bytes are not a usable font (unknown format, broken tables,
     *                     or a licence that forbids embedding)
     */
    static FontFace load(byte[] bytes, int ttcIndex, String label) throws IOException {
        return load(bytes, ttcIndex, label, null, null);
    }

    static FontFace load(byte[] bytes, int ttcIndex, String label, Boolean bold, Boolean italic) throws IOException {
        String name = openPdfName(bytes, ttcIndex, label);
        BaseFont base;
        try {
            base = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (RuntimeException e) { // OpenPDF's DocumentException is unchecked
            throw new IOException("not a usable TrueType/OpenType font: " + reason(e), e);
        }
        base.setSubset(true);
        base.setCompressionLevel(PdfStream.DEFAULT_COMPRESSION); // level 9 saves ~30 bytes a letter for twice the time
        base.setSecureRandom(SubsetTags.INSTANCE);
        String ps = base.getPostscriptFontName().toLowerCase(Locale.ROOT);
        boolean isBold = bold != null
                ? bold
                : ps.contains("bold") || ps.contains("black") || ps.contains("heavy") || ps.contains("semibold");
        boolean isItalic = italic != null
                ? italic
                : base.getFontDescriptor(BaseFont.ITALICANGLE, 1000) != 0
                        || ps.contains("italic")
                        || ps.contains("oblique");
        return new FontFace(base, isBold, isItalic, label);
    }

    /** OpenPDF tells the format from the name's extension; the name is taken from the bytes. */
    private static String openPdfName(byte[] bytes, int ttcIndex, String label) throws IOException {
        if (bytes.length < 12) {
            throw new IOException("not a TrueType/OpenType font: the file is too short");
        }
        int tag = ((bytes[0] & 0xFF) << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF);
        switch (tag) {
            case 0x00010000:
            case 0x74727565: // 'true'
                return "font.ttf";
            case 0x4F54544F: // 'OTTO'
                return "font.otf";
            case 0x74746366: // 'ttcf'
                return "font.ttc," + ttcIndex;
            default:
                throw new IOException("not a TrueType/OpenType font (" + label + " starts with neither a TrueType, "
                        + "OpenType nor collection header)");
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** @return whether the font draws {@code codePoint} */
    boolean has(int codePoint) {
        return base.charExists(codePoint);
    }

    /** @return the OpenPDF font */
    BaseFont base() {
        return base;
    }

    /** @return whether the font is bold by design */
    boolean bold() {
        return bold;
    }

    /** @return whether the font is italic by design */
    boolean italic() {
        return italic;
    }

    @Override
    public String toString() {
        return label;
    }
}
