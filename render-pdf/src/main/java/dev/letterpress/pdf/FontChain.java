package dev.letterpress.pdf;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which font draws a character: the brand's family first, then the brand's fallback fonts in
 * order, then (when enabled) the fonts installed on the system. Shared by all documents of a
 * renderer; the answers for characters outside the main font are remembered.
 */
final class FontChain {
    private final FontFamily family;
    private final List<FontFace> fallbacks;
    private final SystemFonts system;
    private final Map<Long, Optional<FontFace>> beyondFamily = new ConcurrentHashMap<>();

    /**
     * @param family    the main family
     * @param fallbacks the brand's fallback fonts, in order
     * @param system    the installed fonts, or null to use none
     */
    FontChain(FontFamily family, List<FontFace> fallbacks, SystemFonts system) {
        this.family = family;
        this.fallbacks = List.copyOf(fallbacks);
        this.system = system;
    }

    /** @return the main family's face for a style */
    FontFace main(boolean bold, boolean italic) {
        return family.face(bold, italic);
    }

    /**
     * The first font that has a character.
     *
     * @param codePoint the character
     * @param bold      whether the text is bold
     * @param italic    whether the text is italic
     * @return the font, or null when no font has it
     */
    FontFace fontFor(int codePoint, boolean bold, boolean italic) {
        FontFace main = family.face(bold, italic);
        if (main.has(codePoint)) {
            return main;
        }
        long key = ((long) codePoint << 2) | (bold ? 2 : 0) | (italic ? 1 : 0);
        return beyondFamily
                .computeIfAbsent(key, k -> search(codePoint, bold, italic))
                .orElse(null);
    }

    private Optional<FontFace> search(int codePoint, boolean bold, boolean italic) {
        for (FontFace fallback : fallbacks) {
            if (fallback.has(codePoint)) {
                return Optional.of(fallback);
            }
        }
        return system == null ? Optional.empty() : system.fontFor(codePoint, bold, italic);
    }
}
