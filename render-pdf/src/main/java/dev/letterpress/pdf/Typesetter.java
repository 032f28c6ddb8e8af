package dev.letterpress.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns text into OpenPDF chunks for one document: each run of characters goes to the first font
 * that has them ({@link FontChain}); styles a font lacks by design are imitated (stroked for bold,
 * slanted for italic); characters no font has are left out and remembered for the warning.
 * Text is always data: it is normalised to NFC and never interpreted.
 */
final class Typesetter {
    private static final float SYNTHETIC_SLANT = 12f;
    private static final float SYNTHETIC_STROKE = 1f / 30f;

    private final FontChain fonts;
    private final Set<Integer> missing = new LinkedHashSet<>();

    Typesetter(FontChain fonts) {
        this.fonts = fonts;
    }

    /**
     * The chunks that draw {@code text} in {@code style}.
     *
     * @param text  the text
     * @param style its look
     * @return the chunks, possibly empty when no character can be drawn
     */
    List<Chunk> chunks(String text, TextStyle style) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<Chunk> result = new ArrayList<>(2);
        StringBuilder run = new StringBuilder();
        FontFace current = null;
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                cp = ' ';
            } else if (Character.getType(cp) == Character.CONTROL) {
                continue;
            }
            FontFace face;
            if (current != null && (cp == ' ' || isIgnorable(cp)) && current.has(cp)) {
                face = current;
            } else {
                face = fonts.fontFor(cp, style.bold(), style.italic());
            }
            if (face == null) {
                if (!isIgnorable(cp)) {
                    missing.add(cp);
                }
                continue;
            }
            if (face != current) {
                flush(run, current, style, result);
                current = face;
            }
            run.appendCodePoint(cp);
        }
        flush(run, current, style, result);
        return result;
    }

    /**
     * A line break inside a paragraph, in the main font (OpenPDF's own {@code Chunk.NEWLINE} would
     * bring in an unembedded Helvetica).
     *
     * @param style the style of the line
     * @return the chunk
     */
    Chunk lineBreak(TextStyle style) {
        return new Chunk("\n", mainFont(style));
    }

    /**
     * The main font in a style, for what OpenPDF draws on its own: the spaces with which it makes
     * the room before and after paragraphs, line breaks.
     *
     * @param style the style
     * @return the font
     */
    Font mainFont(TextStyle style) {
        return new Font(fonts.main(style.bold(), style.italic()).base(), style.size(), Font.NORMAL, style.color());
    }

    /**
     * A phrase of {@code text}, with {@code leading}.
     *
     * @param text    the text
     * @param style   its look
     * @param leading the line height
     * @return the phrase
     */
    Phrase phrase(String text, TextStyle style, float leading) {
        Phrase phrase = new Phrase(leading);
        phrase.addAll(chunks(text, style));
        return phrase;
    }

    private static void flush(StringBuilder run, FontFace face, TextStyle style, List<Chunk> into) {
        if (run.length() == 0) {
            return;
        }
        Chunk chunk = new Chunk(run.toString(), new Font(face.base(), style.size(), Font.NORMAL, style.color()));
        if (style.bold() && !face.bold()) {
            chunk.setTextRenderMode(
                    PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, style.size() * SYNTHETIC_STROKE, style.color());
        }
        if (style.italic() && !face.italic()) {
            chunk.setSkew(0, SYNTHETIC_SLANT);
        }
        into.add(chunk);
        run.setLength(0);
    }

    /** Invisible format characters (joiners, variation selectors): dropped without a word when no font has them. */
    private static boolean isIgnorable(int cp) {
        return Character.getType(cp) == Character.FORMAT
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /**
     * The warning for the characters no font had, or null when every character was drawn.
     *
     * @return e.g. {@code no font of the brand has the characters "𓀀" (U+13000); they are missing from
     *         the PDF (give the brand a fallbackFonts font that has them)}
     */
    String missingWarning() {
        if (missing.isEmpty()) {
            return null;
        }
        StringBuilder chars = new StringBuilder();
        missing.forEach(chars::appendCodePoint);
        String codes = missing.stream()
                .map(cp -> String.format(Locale.ROOT, "U+%04X", cp))
                .collect(Collectors.joining(", "));
        return "no font of the brand has the characters \"" + chars + "\" (" + codes
                + "); they are missing from the PDF" + " (give the brand a fallbackFonts font that has them)";
    }
}
