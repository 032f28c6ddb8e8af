package dev.letterpress.typeset;

import dev.letterpress.model.Brand;
import dev.letterpress.model.Letter;
import java.util.Objects;

/**
 * How tightly a letter is set: its body font size and the space between its parts. Both
 * renderers ask {@link #of(Letter, Brand)} once per letter and set it with the answer's values,
 * so the DOCX and the PDF of a letter always make the same choice and look alike.
 *
 * <pre>{@code
 * Density density = Density.of(letter, brand);   // NORMAL, or tighter when that saves a second page
 * float body = density.bodySize();                // 10.5 pt, 10 pt or 9.5 pt
 * }</pre>
 *
 * <p>A letter that would run a little past the first page at {@link #NORMAL} density is set
 * {@link #COMPACT} or {@link #TIGHT}, the first that fits it on one page; a letter too long for
 * either stays {@link #NORMAL} and flows onto a second page. The decision is an estimate made
 * from the letter's text and the brand's paper, margins and logo, wrapping every line with the
 * metrics of the bundled sans font (see {@link #fitsOnePage(Letter, Brand)}); it is
 * deterministic and takes microseconds. All sizes are in points.
 */
public enum Density {
    /** The letter as designed: 10.5 pt body text with generous spacing. */
    NORMAL(10.5f, 6f, 2f, 10f, 3f, 14f, 12f, 18f),
    /** 10 pt body text with tighter spacing, for a letter slightly too long for one page. */
    COMPACT(10f, 4.5f, 1.5f, 8f, 2f, 11f, 9f, 15f),
    /** 9.5 pt body text with the tightest spacing a letter still reads well with. */
    TIGHT(9.5f, 3.5f, 1f, 6f, 2f, 9f, 7f, 13f);

    private final float bodySize;
    private final float paragraphAfter;
    private final float itemAfter;
    private final float headingBefore;
    private final float headingAfter;
    private final float ruleGap;
    private final float blockGap;
    private final float signatureGap;

    Density(
            float bodySize,
            float paragraphAfter,
            float itemAfter,
            float headingBefore,
            float headingAfter,
            float ruleGap,
            float blockGap,
            float signatureGap) {
        this.bodySize = bodySize;
        this.paragraphAfter = paragraphAfter;
        this.itemAfter = itemAfter;
        this.headingBefore = headingBefore;
        this.headingAfter = headingAfter;
        this.ruleGap = ruleGap;
        this.blockGap = blockGap;
        this.signatureGap = signatureGap;
    }

    /**
     * The density for a letter on a brand's pages: {@link #NORMAL} when the letter fits on one
     * page as designed or is too long to fit on one page at all, else the first tighter density
     * at which it fits.
     *
     * @param letter the letter; not null
     * @param brand  the brand (paper, margins, logo, footer); not null
     * @return the density; never null
     * @throws NullPointerException when an argument is null
     */
    public static Density of(Letter letter, Brand brand) {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(brand, "brand");
        for (Density d : values()) {
            if (d.fitsOnePage(letter, brand)) {
                return d;
            }
        }
        return NORMAL;
    }

    /**
     * Whether the letter, set at this density, fits on the first page of the brand's paper: its
     * estimated height, with a line's room kept clear under the last line as the PDF renderer
     * keeps it, is within the page less its top margin and the footer's room.
     *
     * @param letter the letter; not null
     * @param brand  the brand; not null
     * @return true when the letter fits on one page
     * @throws NullPointerException when an argument is null
     */
    public boolean fitsOnePage(Letter letter, Brand brand) {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(brand, "brand");
        return PageFit.height(letter, brand, this) + bodyLeading() <= PageFit.room(brand);
    }

    /** @return the body text size: paragraphs, bullets, date, recipient, salutation, closing, signature */
    public float bodySize() {
        return bodySize;
    }

    /** @return the line height of body text: 1.15 lines of a font whose line is 1.15 em */
    public float bodyLeading() {
        return bodySize * PageFit.LINE;
    }

    /** @return the space after a body paragraph, the salutation and a bulleted list */
    public float paragraphAfter() {
        return paragraphAfter;
    }

    /** @return the space after a bullet that is not the last of its list */
    public float itemAfter() {
        return itemAfter;
    }

    /** @return the space before a section heading */
    public float headingBefore() {
        return headingBefore;
    }

    /** @return the space after a section heading */
    public float headingAfter() {
        return headingAfter;
    }

    /** @return the space between the letterhead's accent rule and the top of the date */
    public float ruleGap() {
        return ruleGap;
    }

    /** @return the space after the date, the recipient's address and the subject line */
    public float blockGap() {
        return blockGap;
    }

    /** @return the space between the closing and the signature's name, room for a handwritten signature */
    public float signatureGap() {
        return signatureGap;
    }
}
