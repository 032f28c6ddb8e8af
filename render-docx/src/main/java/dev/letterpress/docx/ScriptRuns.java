package dev.letterpress.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text where its writing direction or script changes, the way Word stores runs: Arabic and
 * Hebrew go into runs marked right-to-left ({@code w:rtl}), Chinese, Japanese and Korean into runs
 * hinted as East Asian, everything else stays in ordinary runs. Spaces, digits and punctuation
 * join their neighbours: between two right-to-left words they stay right-to-left, at a border
 * they go with the document's base direction, as the Unicode bidi algorithm would place them.
 */
final class ScriptRuns {
    private static final int NONE = -1;
    private static final int NEUTRAL = 0;
    private static final int LTR = 1;
    private static final int CJK = 2;
    private static final int RTL = 3;

    /**
     * A piece of text in one direction and script.
     *
     * @param text      the text, never empty
     * @param rtl       right-to-left (Arabic, Hebrew, …)
     * @param eastAsian Chinese, Japanese or Korean
     */
    record Segment(String text, boolean rtl, boolean eastAsian) {}

    private ScriptRuns() {}

    /**
     * Splits the text into segments.
     *
     * @param text    the text, not empty
     * @param rtlBase whether the document is right-to-left (Arabic, Hebrew locale)
     * @return the segments, in order; their texts concatenate to {@code text}
     */
    static List<Segment> split(String text, boolean rtlBase) {
        if (!rtlBase && isSimple(text)) {
            return List.of(new Segment(text, false, false));
        }
        List<Segment> out = new ArrayList<>(4);
        StringBuilder cur = new StringBuilder();
        StringBuilder pending = new StringBuilder();
        int curClass = NONE;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int c = classOf(cp);
            if (c == NEUTRAL) {
                pending.appendCodePoint(cp);
                continue;
            }
            if (curClass == NONE) {
                if (pending.length() > 0 && c != baseClass(rtlBase)) {
                    add(out, pending, baseClass(rtlBase));
                }
                cur.append(pending);
            } else if (c == curClass || neutralsStay(curClass, c, rtlBase)) {
                cur.append(pending);
                if (c != curClass) {
                    add(out, cur, curClass);
                }
            } else {
                add(out, cur, curClass);
                cur.append(pending);
            }
            pending.setLength(0);
            cur.appendCodePoint(cp);
            curClass = c;
        }
        if (curClass == NONE) {
            return List.of(new Segment(text, rtlBase, false));
        }
        if (pending.length() > 0) {
            if (curClass == baseClass(rtlBase)) {
                cur.append(pending);
                add(out, cur, curClass);
            } else {
                add(out, cur, curClass);
                add(out, pending, baseClass(rtlBase));
            }
        } else {
            add(out, cur, curClass);
        }
        return out;
    }

    /**
     * Whether the neutrals between a run of {@code from} and one of {@code to} stay with
     * {@code from}: they go with the document's base direction (Latin in a left-to-right
     * document), and stay put between two scripts that are both foreign to it.
     */
    private static boolean neutralsStay(int from, int to, boolean rtlBase) {
        int base = baseClass(rtlBase);
        return from == base || to != base;
    }

    private static int baseClass(boolean rtlBase) {
        return rtlBase ? RTL : LTR;
    }

    private static void add(List<Segment> out, StringBuilder text, int c) {
        out.add(new Segment(text.toString(), c == RTL, c == CJK));
        text.setLength(0);
    }

    /** Latin, Greek and Cyrillic text (the common case) needs no splitting. */
    private static boolean isSimple(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x0590) {
                return false;
            }
        }
        return true;
    }

    private static int classOf(int cp) {
        byte d = Character.getDirectionality(cp);
        if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
            return RTL;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        if (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS) {
            return CJK;
        }
        if (d != Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
            return NEUTRAL;
        }
        switch (Character.UnicodeScript.of(cp)) {
            case HAN:
            case HIRAGANA:
            case KATAKANA:
            case HANGUL:
            case BOPOMOFO:
                return CJK;
            default:
                return LTR;
        }
    }
}
