package dev.letterpress.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Paper size of a letter. */
public enum PageSize {
    /** ISO A4, 210 × 297 mm. */
    A4(210, 297),
    /** US Letter, 8.5 × 11 in (215.9 × 279.4 mm). */
    LETTER(215.9, 279.4);

    private final double widthMm;
    private final double heightMm;

    PageSize(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** @return the width in millimetres */
    public double widthMm() {
        return widthMm;
    }

    /** @return the height in millimetres */
    public double heightMm() {
        return heightMm;
    }

    /**
     * Reads a size from its brand spelling ({@code A4}, {@code LETTER}), ignoring case.
     *
     * @param text the text, may be null
     * @return the size, or empty when {@code text} names none
     */
    public static Optional<PageSize> parse(String text) {
        return Enums.parse(PageSize.class, text);
    }

    /** @return the accepted spellings, {@code [A4, LETTER]} */
    public static List<String> ids() {
        return Arrays.stream(values())
                .map(p -> p.name().toUpperCase(Locale.ROOT))
                .toList();
    }
}
