package dev.letterpress.typeset;

/**
 * The page design both renderers draw and {@link Density} estimates: type sizes, line height, the
 * logo box, the separator of the contact line and the document's metadata wording. Sizes are in
 * points, lengths on the page in millimetres. The spacing that changes with density is in
 * {@link Density}.
 *
 * <pre>{@code
 * float name = LetterDesign.NAME_SIZE;                          // 20 pt
 * String subject = LetterDesign.subject("Backend Engineer", "Acme");
 * }</pre>
 */
public final class LetterDesign {
    /** Line spacing of body text, in lines: 1.15 (Word's {@code w:line="276"}). */
    public static final float LINE_SPACING = 1.15f;
    /** Line height as a multiple of the font size: 1.15 line spacing of a font whose line is 1.15 em. */
    public static final float LEADING = 1.32f;
    /** The sender's name in the letterhead. */
    public static final float NAME_SIZE = 20f;
    /** The letterhead's contact line and the signature's details. */
    public static final float CONTACT_SIZE = 9f;
    /** The subject line. */
    public static final float SUBJECT_SIZE = 11.5f;
    /** A section heading. */
    public static final float HEADING_SIZE = 11f;
    /** The footer and the first page's header. */
    public static final float FOOTER_SIZE = 8f;
    /** Line height of the footer. */
    public static final float FOOTER_LEADING = 10f;
    /** Gap kept between the footer and the text above it. */
    public static final float FOOTER_GAP = 10f;
    /** The running head of the following pages. */
    public static final float RUNNING_HEAD_SIZE = 9f;
    /** Thickness of the accent rule under the letterhead. */
    public static final float RULE_WIDTH = 1.5f;
    /** Indent of a bulleted item's text. */
    public static final double BULLET_INDENT_MM = 5;
    /** Height the logo is shown at. */
    public static final double LOGO_HEIGHT_MM = 16;
    /** Widest the logo is shown: a very wide logo is narrowed to this, keeping its proportions. */
    public static final double LOGO_MAX_WIDTH_MM = 45;
    /** Clear space between the logo and the letterhead's text. */
    public static final double LOGO_GAP_MM = 6;
    /** The mark between the parts of the contact line (e-mail, phone, links). */
    public static final String SEPARATOR_MARK = "\u00B7";
    /** Points per millimetre. */
    public static final double POINTS_PER_MM = 72 / 25.4;

    private LetterDesign() {}

    /**
     * The document's subject, as DOCX and PDF metadata carry it.
     *
     * @param jobTitle the posting's title
     * @param company  the hiring company
     * @return {@code "Application for <title> at <company>"}
     */
    public static String subject(String jobTitle, String company) {
        return "Application for " + jobTitle + " at " + company;
    }

    /**
     * The contact line's separator with the given space on each side.
     *
     * @param spaces how many spaces stand on each side of the mark
     * @return e.g. {@code "  ·  "} for 2
     */
    public static String separator(int spaces) {
        String pad = " ".repeat(spaces);
        return pad + SEPARATOR_MARK + pad;
    }
}
