package dev.letterpress.docx;

/**
 * The bullet list definition ({@code word/numbering.xml}): one abstract bullet numbering whose
 * bullets are drawn by Word from this definition, never typed into the text.
 */
final class Numbering {
    /** The {@code w:numId} of the bullet list. */
    static final int BULLETS = 1;
    /** Where list text starts, in twips (7 mm). */
    static final int TEXT_INDENT = 397;
    /** How far the bullet hangs left of the text, in twips (5 mm). */
    static final int HANGING = 284;

    private static final String[] BULLET_CHARS = {"\u2022", "\u2013", "\u25AA"};

    private Numbering() {}

    /**
     * Writes {@code numbering.xml}.
     *
     * @param font   the bullets' font
     * @param bullet the bullets' colour as hex
     * @return the part
     */
    static XmlWriter write(FontFace font, String bullet) {
        XmlWriter w = XmlWriter.document(4096);
        w.start("w:numbering").attr("xmlns:w", Ns.W);
        w.start("w:abstractNum").attr("w:abstractNumId", 0);
        w.empty("w:nsid", "w:val", "4C500001");
        w.empty("w:multiLevelType", "w:val", "hybridMultilevel");
        for (int level = 0; level < 9; level++) {
            w.start("w:lvl").attr("w:ilvl", level);
            w.empty("w:start", "w:val", "1");
            w.empty("w:numFmt", "w:val", "bullet");
            w.empty("w:lvlText", "w:val", BULLET_CHARS[level % BULLET_CHARS.length]);
            w.empty("w:lvlJc", "w:val", "left");
            w.start("w:pPr");
            w.start("w:ind")
                    .attr("w:left", TEXT_INDENT * (level + 1))
                    .attr("w:hanging", HANGING)
                    .end();
            w.end();
            w.start("w:rPr");
            w.start("w:rFonts")
                    .attr("w:ascii", font.name())
                    .attr("w:hAnsi", font.name())
                    .attr("w:cs", font.name())
                    .attr("w:hint", "default")
                    .end();
            w.empty("w:color", "w:val", bullet);
            w.end();
            w.end();
        }
        w.end();
        w.start("w:num").attr("w:numId", BULLETS);
        w.empty("w:abstractNumId", "w:val", "0");
        w.end();
        w.end();
        return w;
    }
}
