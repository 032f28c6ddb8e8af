package dev.letterpress.typeset;

import dev.letterpress.model.Block;
import dev.letterpress.model.Brand;
import dev.letterpress.model.Inline;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Sender;
import dev.letterpress.model.Signature;
import java.util.List;

/**
 * Estimates how much of a page a letter's first-page flow fills, for {@link Density#of}. It
 * follows the shared design of the renderers (letterhead, date, recipient, subject, salutation,
 * body, closing, signature, footer clearance) and wraps every text greedily at spaces and hyphens
 * with the advance widths of Liberation Sans (the widths of Arial and Helvetica), so for the
 * bundled sans font its line counts are those of the PDF; other fonts are estimated as if they
 * were that font. Heights are in points.
 */
final class PageFit {
    /** Line height as a multiple of the font size. */
    static final float LINE = LetterDesign.LEADING;

    private static final double POINTS_PER_MM = LetterDesign.POINTS_PER_MM;
    private static final double NAME_SIZE = LetterDesign.NAME_SIZE;
    private static final double CONTACT_SIZE = LetterDesign.CONTACT_SIZE;
    private static final double SUBJECT_SIZE = LetterDesign.SUBJECT_SIZE;
    private static final double HEADING_SIZE = LetterDesign.HEADING_SIZE;
    private static final double BULLET_INDENT = LetterDesign.BULLET_INDENT_MM * POINTS_PER_MM;
    /** The logo box, clear of the letterhead text. */
    private static final double LOGO_HEIGHT = LetterDesign.LOGO_HEIGHT_MM * POINTS_PER_MM;

    private static final double LOGO_ROOM = (LetterDesign.LOGO_MAX_WIDTH_MM + LetterDesign.LOGO_GAP_MM) * POINTS_PER_MM;
    /** Room the footer takes at the foot of the page: its line height, its type size and the gap above it. */
    private static final double FOOTER_ROOM =
            LetterDesign.FOOTER_LEADING + LetterDesign.FOOTER_SIZE + LetterDesign.FOOTER_GAP;
    /** Lines are filled to this share of the text width, a margin for the estimate. */
    private static final double FILL = 0.995;

    private static final String SEPARATOR = LetterDesign.separator(2);

    /** Advance widths of Liberation Sans Regular for U+0020–U+007E, in thousandths of an em. */
    private static final short[] REGULAR = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584
    };
    /** Advance widths of Liberation Sans Bold for U+0020–U+007E, in thousandths of an em. */
    private static final short[] BOLD = {
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584
    };

    private PageFit() {}

    /** The height the first page's text may fill: the page less its top margin and the footer's room. */
    static double room(Brand brand) {
        double bottomMargin = mm(brand.margins().bottom());
        double footerBaseline = Math.max(bottomMargin * 0.4, 14);
        double bottom = Math.max(bottomMargin, footerBaseline + FOOTER_ROOM);
        return mm(brand.pageSize().heightMm()) - mm(brand.margins().top()) - bottom;
    }

    /** The first-page flow of the whole letter at a density, as if the page were endless. */
    static double height(Letter letter, Brand brand, Density d) {
        double width = (mm(brand.pageSize().widthMm())
                        - mm(brand.margins().left())
                        - mm(brand.margins().right()))
                * FILL;
        double body = d.bodySize();
        double leading = d.bodyLeading();
        double y = letterhead(letter.sender(), brand, width, body);
        y += d.ruleGap() + 0.72 * body + d.blockGap();
        for (String line : letter.recipient().addressLines()) {
            y += lines(plain(line), body, width) * leading;
        }
        y += d.blockGap();
        y += lines(bold(letter.subject()), SUBJECT_SIZE, width) * SUBJECT_SIZE * LINE + d.blockGap();
        y += lines(plain(letter.salutation()), body, width) * leading + d.paragraphAfter();
        for (Block block : letter.blocks()) {
            if (block instanceof Block.Heading heading) {
                y += d.headingBefore()
                        + d.headingAfter()
                        + lines(bold(heading.text()), HEADING_SIZE, width) * HEADING_SIZE * LINE;
            } else if (block instanceof Block.Paragraph paragraph) {
                y += lines(paragraph.runs(), body, width) * leading + d.paragraphAfter();
            } else {
                List<Block.ListItem> items = ((Block.BulletList) block).items();
                for (Block.ListItem item : items) {
                    y += lines(item.runs(), body, width - BULLET_INDENT) * leading + d.itemAfter();
                }
                y += d.paragraphAfter() - d.itemAfter();
            }
        }
        Signature s = letter.signature();
        y += lines(plain(letter.closing()), body, width) * leading + d.signatureGap();
        y += lines(bold(s.name()), body, width) * leading;
        if (s.email() != null || s.phone() != null) {
            y += leading;
        }
        if (s.link() != null) {
            y += leading;
        }
        return y;
    }

    /** Name, headline and contact lines beside the logo, down to the accent rule. */
    private static double letterhead(Sender s, Brand brand, double width, double body) {
        double beside = brand.logo() == null ? width : width - LOGO_ROOM;
        double y = lines(bold(s.name()), NAME_SIZE, beside) * NAME_SIZE * 1.15 + 2;
        if (s.headline() != null) {
            y += lines(plain(s.headline()), body, beside) * body * LINE + 1;
        }
        String details = joined(s.email(), s.phone(), s.location());
        String web = joined(s.links().github(), s.links().linkedin(), s.links().website());
        for (String line : new String[] {details, web}) {
            if (!line.isEmpty()) {
                y += lines(plain(line), CONTACT_SIZE, beside) * CONTACT_SIZE * LINE;
            }
        }
        y += CONTACT_SIZE * 0.3;
        if (brand.logo() != null) {
            y = Math.max(y, LOGO_HEIGHT);
        }
        return y + 8;
    }

    private static String joined(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String part : parts) {
            if (part != null) {
                s.append(s.length() == 0 ? "" : SEPARATOR).append(part.replaceFirst("^(?i)https?://(www\\.)?", ""));
            }
        }
        return s.toString();
    }

    private static List<Inline> plain(String text) {
        return List.of(new Inline.Text(text, false, false));
    }

    private static List<Inline> bold(String text) {
        return List.of(new Inline.Text(text, true, false));
    }

    /**
     * How many lines the runs take at {@code size} points in a column {@code width} points wide:
     * words are filled greedily, breaking at spaces, after hyphens and around CJK characters; a
     * word wider than the column is broken where it overflows.
     */
    static int lines(List<Inline> runs, double size, double width) {
        Wrap wrap = new Wrap(width * 1000 / size);
        for (Inline run : runs) {
            boolean bold = run instanceof Inline.Text t && t.bold();
            String text = run.text();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                wrap.add(cp, bold);
            }
        }
        wrap.commit();
        return wrap.lines;
    }

    /** Greedy line filling, in thousandths of an em. */
    private static final class Wrap {
        private final double max;
        private int lines = 1;
        private double line; // the words placed on the current line
        private double space; // the spaces after them
        private double word; // the word being read

        Wrap(double max) {
            this.max = max;
        }

        void add(int cp, boolean bold) {
            if (Character.isWhitespace(cp)) {
                commit();
                if (line > 0) {
                    space += advance(' ', bold);
                }
                return;
            }
            boolean wide = isWide(cp);
            if (wide) {
                commit(); // a line may break before and after a CJK character
            }
            word += advance(cp, bold);
            if (cp == '-' || wide) {
                commit();
            }
        }

        void commit() {
            if (word == 0) {
                return;
            }
            if (line > 0 && line + space + word <= max) {
                line += space + word;
            } else {
                if (line > 0) {
                    lines++;
                }
                line = word;
                while (line > max) {
                    lines++;
                    line -= max;
                }
            }
            space = 0;
            word = 0;
        }
    }

    /** The advance width of a character in thousandths of an em, as Liberation Sans draws it. */
    static double advance(int cp, boolean bold) {
        if (cp >= 0x20 && cp <= 0x7E) {
            return (bold ? BOLD : REGULAR)[cp - 0x20];
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        if (isWide(cp)) {
            return 1000;
        }
        return Character.isUpperCase(cp) ? 722 : bold ? 611 : 556;
    }

    /** Whether a character is a full-width CJK one. */
    private static boolean isWide(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        if (Character.isIdeographic(cp)) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.HANGUL_SYLLABLES
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION;
    }

    private static double mm(double mm) {
        return mm * POINTS_PER_MM;
    }
}
