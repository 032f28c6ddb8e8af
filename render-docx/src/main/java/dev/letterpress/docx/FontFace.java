package dev.letterpress.docx;

import dev.letterpress.typeset.FontClass;
import java.util.Locale;

/**
 * The font a DOCX names for a brand's family, with the fallback it declares in the font table.
 * The bundled Liberation families are metric twins of Microsoft's core fonts, so the document
 * names the core font (present on Windows and macOS, which LibreOffice maps back to Liberation)
 * and declares the Liberation family as its alternative.
 *
 * @param name    the family written in {@code w:rFonts}
 * @param altName the alternative declared in {@code fontTable.xml}
 * @param family  the generic family ({@code swiss}, {@code roman}, {@code modern})
 * @param panose  the PANOSE classification, or null when unknown
 * @param fixed   whether the font is monospaced
 */
record FontFace(String name, String altName, String family, String panose, boolean fixed) {
    private static final FontFace ARIAL =
            new FontFace("Arial", "Liberation Sans", "swiss", "020B0604020202020204", false);
    private static final FontFace TIMES =
            new FontFace("Times New Roman", "Liberation Serif", "roman", "02020603050405020304", false);
    private static final FontFace COURIER =
            new FontFace("Courier New", "Liberation Mono", "modern", "02070309020205020404", true);

    /**
     * The face to write for a brand's font family.
     *
     * @param brandFont the family name from the brand, such as {@code "Liberation Sans"}
     * @return Arial, Times New Roman or Courier New for the Liberation families (and for those
     *         names themselves); any other family as-is, falling back to the closest core font
     */
    static FontFace of(String brandFont) {
        String key = brandFont.strip().toLowerCase(Locale.ROOT);
        switch (key) {
            case "liberation sans":
            case "arial":
                return ARIAL;
            case "liberation serif":
            case "times new roman":
                return TIMES;
            case "liberation mono":
            case "courier new":
                return COURIER;
            default:
                FontFace like = closestCore(key);
                return new FontFace(brandFont.strip(), like.name, like.family, null, like.fixed);
        }
    }

    /**
     * The core font this face falls back to: itself for a core font.
     *
     * @return Arial, Times New Roman or Courier New
     */
    FontFace fallback() {
        if (isCore()) {
            return this;
        }
        return closestCore(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether this is one of the core fonts with a Liberation twin.
     *
     * @return true for Arial, Times New Roman and Courier New
     */
    boolean isCore() {
        return this.equals(ARIAL) || this.equals(TIMES) || this.equals(COURIER);
    }

    private static FontFace closestCore(String key) {
        return switch (FontClass.of(key)) {
            case MONO -> COURIER;
            case SERIF -> TIMES;
            case SANS -> ARIAL;
        };
    }
}
