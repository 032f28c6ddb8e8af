package dev.letterpress.pdf;

import dev.letterpress.model.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a styled run and the characters that touch it on one line. OpenPDF may break a line
 * wherever one chunk ends and the next begins, even without a space there, so a link followed by
 * a full stop could end one line and leave the "." to start the next, and "(" could end a line
 * whose link went to the next. The characters that touch a link or a bold or italic run without a
 * space between them (a following "." or ")," or a preceding "(") join that run: they then share
 * its chunk, which OpenPDF never breaks inside except at a space. The text reads the same; the
 * joined punctuation takes the run's style (a link's colour, bold), as it often does in print.
 */
final class Glue {
    private Glue() {}

    /**
     * @param runs a paragraph's or list item's inline runs
     * @return the same text with the characters that touch a styled run moved into it
     */
    static List<Inline> join(List<Inline> runs) {
        List<Inline> result = new ArrayList<>(runs);
        for (int i = 1; i < result.size(); i++) {
            Inline before = result.get(i - 1);
            Inline after = result.get(i);
            if (touch(before, after)) {
                if (styled(before) && !styled(after)) {
                    int end = wordEnd(after.text());
                    result.set(i - 1, with(before, before.text() + after.text().substring(0, end)));
                    if (end == after.text().length()) {
                        result.remove(i--);
                    } else {
                        result.set(i, with(after, after.text().substring(end)));
                    }
                } else if (!styled(before) && styled(after)) {
                    int start = wordStart(before.text());
                    result.set(i, with(after, before.text().substring(start) + after.text()));
                    if (start == 0) {
                        result.remove(--i);
                    } else {
                        result.set(i - 1, with(before, before.text().substring(0, start)));
                    }
                }
            }
        }
        return result;
    }

    private static boolean touch(Inline before, Inline after) {
        String a = before.text();
        String b = after.text();
        return !Character.isWhitespace(a.charAt(a.length() - 1)) && !Character.isWhitespace(b.charAt(0));
    }

    private static boolean styled(Inline run) {
        return run instanceof Inline.Link || ((Inline.Text) run).bold() || ((Inline.Text) run).italic();
    }

    /** Where the first word of {@code text} ends: the first whitespace, or its length. */
    private static int wordEnd(String text) {
        int i = 0;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where the last word of {@code text} starts: just after its last whitespace, or 0. */
    private static int wordStart(String text) {
        int i = text.length();
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static Inline with(Inline run, String text) {
        if (run instanceof Inline.Link link) {
            return new Inline.Link(text, link.href());
        }
        Inline.Text t = (Inline.Text) run;
        return new Inline.Text(text, t.bold(), t.italic());
    }
}
