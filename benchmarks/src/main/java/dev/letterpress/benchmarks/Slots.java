package dev.letterpress.benchmarks;

import dev.letterpress.model.Block;
import dev.letterpress.model.Brand;
import dev.letterpress.model.Inline;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Links;
import dev.letterpress.model.Recipient;
import dev.letterpress.model.RgbColor;
import dev.letterpress.model.Sender;
import dev.letterpress.model.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A letter flattened into the places a hand-written template has: each slot is one paragraph
 * (or one bulleted list) with a key, a look and its runs. The POI, poi-tl and OpenPDF baselines all
 * walk the same slots, so they make the same letter as the real renderers, in the same order.
 */
final class Slots {
    /** How a slot looks: size in points, bold, colour (0 = the brand's primary colour), space after. */
    enum Look {
        NAME(20, true, 0, 2),
        HEADLINE(10, false, 0x555555, 2),
        CONTACT(9, false, 0x555555, 0),
        DATE(10.5, false, 0x222222, 10),
        RECIPIENT(10.5, false, 0x222222, 0),
        SUBJECT(11.5, true, 0, 6),
        BODY(10.5, false, 0x222222, 6),
        HEADING(11, true, 0, 3),
        BULLET(10.5, false, 0x222222, 2),
        CLOSING(10.5, false, 0x222222, 18),
        SIGNATURE(10.5, false, 0x222222, 0);

        final double size;
        final boolean bold;
        final int color;
        final double after;

        Look(double size, boolean bold, int color, double after) {
            this.size = size;
            this.bold = bold;
            this.color = color;
            this.after = after;
        }
    }

    /**
     * One paragraph or list of the letter.
     *
     * @param key   the template tag's name
     * @param look  how it looks
     * @param runs  the paragraph's runs (empty for a list)
     * @param items the list's items (empty for a paragraph)
     * @param fixed whether a template writes it literally (a section heading) rather than as a tag
     */
    record Slot(String key, Look look, List<Inline> runs, List<List<Inline>> items, boolean fixed) {
        boolean list() {
            return !items.isEmpty();
        }
    }

    private Slots() {}

    /** The letterhead's slots (beside the logo): name, headline, contact line, links. */
    static List<Slot> letterhead(Letter letter) {
        Sender s = letter.sender();
        List<Slot> slots = new ArrayList<>();
        slots.add(text("senderName", Look.NAME, s.name()));
        if (s.headline() != null) {
            slots.add(text("headline", Look.HEADLINE, s.headline()));
        }
        List<Inline> contact = new ArrayList<>();
        separated(contact, s.email() == null ? null : new Inline.Link(s.email(), "mailto:" + s.email()));
        separated(contact, s.phone() == null ? null : Inline.text(s.phone()));
        separated(contact, s.location() == null ? null : Inline.text(s.location()));
        slots.add(new Slot("contact", Look.CONTACT, contact, List.of(), false));
        Links links = s.links();
        List<Inline> web = new ArrayList<>();
        for (String url : new String[] {links.github(), links.linkedin(), links.website()}) {
            separated(web, url == null ? null : new Inline.Link(shortUrl(url), url));
        }
        if (!web.isEmpty()) {
            slots.add(new Slot("links", Look.CONTACT, web, List.of(), false));
        }
        return slots;
    }

    /** The slots below the letterhead: date, recipient, subject, salutation, body, closing, signature. */
    static List<Slot> body(Letter letter, Locale locale) {
        List<Slot> slots = new ArrayList<>();
        slots.add(text("date", Look.DATE, letter.dateText(locale)));
        Recipient r = letter.recipient();
        int line = 0;
        for (String value : new String[] {
            r.name(), r.company(), r.location(), r.reference() == null ? null : "Ref: " + r.reference()
        }) {
            if (value != null) {
                slots.add(text("recipient" + line++, Look.RECIPIENT, value));
            }
        }
        slots.add(text("subject", Look.SUBJECT, letter.subject()));
        slots.add(text("salutation", Look.BODY, letter.salutation()));
        int index = 0;
        for (Block block : letter.blocks()) {
            String key = "block" + index++;
            if (block instanceof Block.Heading h) {
                slots.add(new Slot(key, Look.HEADING, List.of(Inline.text(h.text())), List.of(), true));
            } else if (block instanceof Block.Paragraph p) {
                slots.add(new Slot(key, Look.BODY, p.runs(), List.of(), false));
            } else {
                List<List<Inline>> items = new ArrayList<>();
                ((Block.BulletList) block).items().forEach(i -> items.add(i.runs()));
                slots.add(new Slot(key, Look.BULLET, List.of(), items, false));
            }
        }
        slots.add(text("closing", Look.CLOSING, letter.closing()));
        Signature sig = letter.signature();
        slots.add(text("signatureName", Look.SIGNATURE, sig.name()));
        List<Inline> contact = new ArrayList<>();
        separated(contact, sig.email() == null ? null : Inline.text(sig.email()));
        separated(contact, sig.phone() == null ? null : Inline.text(sig.phone()));
        if (!contact.isEmpty()) {
            slots.add(new Slot("signatureContact", Look.SIGNATURE, contact, List.of(), false));
        }
        if (sig.link() != null) {
            slots.add(new Slot(
                    "signatureLink",
                    Look.SIGNATURE,
                    List.of(new Inline.Link(shortUrl(sig.link()), sig.link())),
                    List.of(),
                    false));
        }
        return slots;
    }

    /** The shape of a letter's slots: their keys and kinds, which a template is built for. */
    static String shape(Letter letter) {
        StringBuilder s = new StringBuilder();
        for (Slot slot : letterhead(letter)) {
            s.append(slot.key()).append(' ');
        }
        for (Slot slot : body(letter, Locale.ROOT)) {
            s.append(slot.key())
                    .append(
                            slot.list()
                                    ? "*"
                                    : slot.fixed() ? "=" + slot.runs().get(0).text() : "")
                    .append(' ');
        }
        return s.toString();
    }

    /** The colour of a look as 0xRRGGBB, the brand's primary colour where the look names none. */
    static int rgb(Look look, Brand brand) {
        return look.color != 0 ? look.color : rgb(brand.primaryColor());
    }

    /** A colour as 0xRRGGBB. */
    static int rgb(RgbColor color) {
        return color.red() << 16 | color.green() << 8 | color.blue();
    }

    private static Slot text(String key, Look look, String text) {
        return new Slot(key, look, List.of(Inline.text(text)), List.of(), false);
    }

    private static void separated(List<Inline> runs, Inline run) {
        if (run == null) {
            return;
        }
        if (!runs.isEmpty()) {
            runs.add(Inline.text(" \u00B7 "));
        }
        runs.add(run);
    }

    /** "https://github.com/ada" as a letter shows it: "github.com/ada". */
    static String shortUrl(String url) {
        String s = url.replaceFirst("^https?://(www\\.)?", "");
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
