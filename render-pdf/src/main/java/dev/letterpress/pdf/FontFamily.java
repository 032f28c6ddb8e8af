package dev.letterpress.pdf;

import dev.letterpress.model.FontFamilies;
import dev.letterpress.typeset.FontClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The four faces a letter is set in: regular, bold, italic and bold italic. The bundled families
 * (Liberation Sans and Liberation Serif, SIL Open Font License, see
 * {@code dev/letterpress/pdf/fonts/LICENSE-LiberationFonts.txt}) are read from the class path once
 * per JVM and shared; a brand's own TrueType file serves all four styles, emboldened or slanted by
 * the renderer where the file is not bold or italic itself.
 */
final class FontFamily {
    private static final String RESOURCES = "fonts/";
    private static final String SANS = "LiberationSans";
    private static final String SERIF = "LiberationSerif";
    private static final Map<String, FontFamily> BUNDLED = new ConcurrentHashMap<>();

    private final FontFace regular;
    private final FontFace bold;
    private final FontFace italic;
    private final FontFace boldItalic;

    private FontFamily(FontFace regular, FontFace bold, FontFace italic, FontFace boldItalic) {
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
        this.boldItalic = boldItalic;
    }

    /**
     * The bundled family for a brand's font name: the one {@link FontFamilies} names for it, else
     * by its {@link FontClass} (the classification the DOCX renderer uses too): Liberation Serif
     * for serif names, Liberation Sans for every other name (monospaced included: no mono family
     * is bundled).
     *
     * @param familyName the brand's font name
     * @return the shared family
     */
    static FontFamily bundled(String familyName) {
        String bundled = FontFamilies.bundled(familyName).orElse(familyName);
        String file = bundled.equals(FontFamilies.SERIF) || FontClass.of(bundled) == FontClass.SERIF ? SERIF : SANS;
        return BUNDLED.computeIfAbsent(file, FontFamily::readBundled);
    }

    private static FontFamily readBundled(String file) {
        return new FontFamily(
                resource(file + "-Regular.ttf", false, false),
                resource(file + "-Bold.ttf", true, false),
                resource(file + "-Italic.ttf", false, true),
                resource(file + "-BoldItalic.ttf", true, true));
    }

    private static FontFace resource(String name, boolean bold, boolean italic) {
        try (InputStream in = FontFamily.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled font " + RESOURCES + name + " is missing from the jar");
            }
            return FontFace.load(in.readAllBytes(), 0, name, bold, italic);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font " + name + " cannot be read", e);
        }
    }

    /**
     * A family of one TrueType file, used for every style.
     *
     * @param file the font file
     * @return the family
     * @throws IOException when the file cannot be read or is no usable font
     */
    static FontFamily ofFile(Path file) throws IOException {
        FontFace face = FontFace.load(Files.readAllBytes(file), 0, file.toString());
        return new FontFamily(face, face, face, face);
    }

    /**
     * The face for a style.
     *
     * @param isBold   bold
     * @param isItalic italic
     * @return the face
     */
    FontFace face(boolean isBold, boolean isItalic) {
        if (isBold) {
            return isItalic ? boldItalic : bold;
        }
        return isItalic ? italic : regular;
    }
}
