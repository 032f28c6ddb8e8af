package dev.letterpress.docx;

/**
 * Writes text as Word runs ({@code w:r}): one run per stretch of one direction and script, with
 * bold, italic and a character style as asked, line breaks as {@code w:br} and tabs as
 * {@code w:tab}.
 */
final class Runs {
    private Runs() {}

    /**
     * Writes the runs of a piece of text.
     *
     * @param w       the writer, inside a paragraph or hyperlink
     * @param text    the text, already {@linkplain XmlWriter#clean(String) cleaned}; empty writes nothing
     * @param rStyle  a character style id, or null
     * @param bold    bold
     * @param italic  italic
     * @param rtlBase whether the document runs right to left
     */
    static void write(XmlWriter w, String text, String rStyle, boolean bold, boolean italic, boolean rtlBase) {
        if (text.isEmpty()) {
            return;
        }
        for (ScriptRuns.Segment s : ScriptRuns.split(text, rtlBase)) {
            w.start("w:r");
            if (rStyle != null || bold || italic || s.rtl() || s.eastAsian()) {
                w.start("w:rPr");
                if (rStyle != null) {
                    w.empty("w:rStyle", "w:val", rStyle);
                }
                if (s.eastAsian()) {
                    w.empty("w:rFonts", "w:hint", "eastAsia");
                }
                if (bold) {
                    w.empty("w:b");
                    w.empty("w:bCs");
                }
                if (italic) {
                    w.empty("w:i");
                    w.empty("w:iCs");
                }
                if (s.rtl()) {
                    w.empty("w:rtl");
                }
                w.end();
            }
            content(w, s.text());
            w.end();
        }
    }

    /** The run's content: text, with {@code w:br} for line breaks and {@code w:tab} for tabs. */
    private static void content(XmlWriter w, String text) {
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                textElement(w, text, start, i);
                if (c == '\t') {
                    w.empty("w:tab");
                } else {
                    w.empty("w:br");
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                start = i + 1;
            }
        }
        textElement(w, text, start, n);
    }

    private static void textElement(XmlWriter w, String text, int from, int to) {
        if (from >= to) {
            return;
        }
        String t = from == 0 && to == text.length() ? text : text.substring(from, to);
        w.start("w:t");
        if (t.charAt(0) == ' ' || t.charAt(t.length() - 1) == ' ' || t.contains("  ")) {
            w.attr("xml:space", "preserve");
        }
        w.text(t).end();
    }
}
