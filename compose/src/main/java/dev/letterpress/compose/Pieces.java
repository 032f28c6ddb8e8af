package dev.letterpress.compose;

import dev.letterpress.model.Block;
import dev.letterpress.model.Letter;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a letter as the fact check and the provenance read it: the subject, then each
 * paragraph, list item and heading of the body, each split into sentences.
 */
final class Pieces {
    private Pieces() {}

    /**
     * One piece of a letter.
     *
     * @param section where it stands: {@code subject}, {@code p1} (the first paragraph), {@code
     *                list2} (the second bulleted list), {@code heading1}…
     * @param text    its visible text
     */
    record Piece(String section, String text) {}

    /** The subject and the body's blocks, in reading order. */
    static List<Piece> of(Letter letter) {
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece("subject", letter.subject()));
        int paragraphs = 0;
        int lists = 0;
        int headings = 0;
        for (Block block : letter.blocks()) {
            if (block instanceof Block.Paragraph p) {
                pieces.add(new Piece("p" + ++paragraphs, Letter.runs(p.runs())));
            } else if (block instanceof Block.Heading h) {
                pieces.add(new Piece("heading" + ++headings, h.text()));
            } else {
                String section = "list" + ++lists;
                for (Block.ListItem item : ((Block.BulletList) block).items()) {
                    pieces.add(new Piece(section, Letter.runs(item.runs())));
                }
            }
        }
        return pieces;
    }

    /**
     * A text split after each ".", "!" or "?" that a space and a capital letter, digit or opening
     * quote follow ("Inc. Your" splits, "e.g. the" and "1.5 ms" do not).
     */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n - 2; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
                char next = text.charAt(i + 2);
                if (Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\u201C') {
                    out.add(text.substring(start, i + 1));
                    start = i + 2;
                }
            }
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out;
    }
}
