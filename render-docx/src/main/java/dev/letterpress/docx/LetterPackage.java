package dev.letterpress.docx;

import dev.letterpress.model.Block;
import dev.letterpress.model.Inline;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Links;
import dev.letterpress.model.Recipient;
import dev.letterpress.model.Sender;
import dev.letterpress.model.Signature;
import dev.letterpress.typeset.Density;
import dev.letterpress.typeset.LetterDesign;
import dev.letterpress.typeset.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of the package that belong to one letter: document.xml, its relationships (the
 * letter's hyperlinks), the running header of pages 2+ and the core document properties. One
 * instance per letter; it is not shared.
 */
final class LetterPackage {
    /** Separator between the items of a contact line. */
    static final String SEPARATOR = LetterDesign.separator(1);

    private final BrandParts brand;
    private final Letter letter;
    private final Density density;
    private final boolean rtl;
    private final List<String> links = new ArrayList<>();
    private XmlWriter w;

    LetterPackage(BrandParts brand, Letter letter, Density density) {
        this.brand = brand;
        this.letter = letter;
        this.density = density;
        this.rtl = brand.language.rtl();
    }

    /**
     * Writes {@code word/document.xml}.
     *
     * @return the part's writer, for its bytes and dropped-character count
     */
    XmlWriter document() {
        w = XmlWriter.document(24 * 1024);
        w.start("w:document")
                .attr("xmlns:w", Ns.W)
                .attr("xmlns:r", Ns.R)
                .attr("xmlns:wp", Ns.WP)
                .attr("xmlns:a", Ns.A)
                .attr("xmlns:pic", Ns.PIC);
        w.start("w:body");
        letterhead(letter.sender());
        paragraph(Styles.ACCENT_RULE).end();
        simple(Styles.DATE, letter.dateText(brand.brand.locale()));
        recipient(letter.recipient());
        simple(Styles.SUBJECT, letter.subject());
        simple(Styles.SALUTATION, letter.salutation());
        for (Block block : letter.blocks()) {
            block(block);
        }
        signOff();
        w.raw(brand.sectionProperties);
        w.end().end();
        return w;
    }

    /**
     * Writes {@code word/_rels/document.xml.rels}: the brand's parts and this letter's links, in
     * the order the links appear. Call after {@link #document()}.
     *
     * @return the part's writer
     */
    XmlWriter relationships() {
        XmlWriter r = XmlWriter.document(2048);
        r.start("Relationships").attr("xmlns", Ns.PACKAGE_RELS);
        r.raw(brand.fixedRelationships);
        for (int i = 0; i < links.size(); i++) {
            r.start("Relationship")
                    .attr("Id", "rId" + (BrandParts.FIRST_LINK_REL + i))
                    .attr("Type", Ns.REL + "hyperlink")
                    .attr("Target", target(links.get(i)))
                    .attr("TargetMode", "External")
                    .end();
        }
        r.end();
        return r;
    }

    /**
     * Writes the header of pages 2 and later: the sender's name over a thin accent rule.
     *
     * @return the part's writer
     */
    XmlWriter runningHeader() {
        XmlWriter h = XmlWriter.document(1024);
        h.start("w:hdr").attr("xmlns:w", Ns.W).attr("xmlns:r", Ns.R);
        h.start("w:p")
                .start("w:pPr")
                .empty("w:pStyle", "w:val", Styles.RUNNING_HEAD)
                .end();
        Runs.write(h, h.clean(letter.sender().name()), null, false, false, rtl);
        h.end();
        h.end();
        return h;
    }

    /**
     * Writes {@code docProps/core.xml}: title, author, subject, keywords, language and dates
     * (the letter's date at midnight UTC, so that the file does not depend on the clock).
     *
     * @return the part's writer
     */
    XmlWriter coreProperties() {
        Recipient to = letter.recipient();
        String date = String.format(
                Locale.ROOT,
                "%04d-%02d-%02dT00:00:00Z",
                letter.date().getYear(),
                letter.date().getMonthValue(),
                letter.date().getDayOfMonth());
        XmlWriter c = XmlWriter.document(1024);
        c.start("cp:coreProperties")
                .attr("xmlns:cp", Ns.CORE)
                .attr("xmlns:dc", Ns.DC)
                .attr("xmlns:dcterms", Ns.DCTERMS)
                .attr("xmlns:xsi", Ns.XSI);
        c.element("dc:title", letter.subject());
        c.element("dc:subject", LetterDesign.subject(to.jobTitle(), to.company()));
        c.element("dc:creator", letter.sender().name());
        c.element("cp:keywords", to.company() + ", " + to.jobTitle());
        c.element("dc:language", brand.language.tag());
        c.element("cp:lastModifiedBy", BrandParts.APPLICATION);
        c.element("cp:revision", "1");
        c.start("dcterms:created").attr("xsi:type", "dcterms:W3CDTF").text(date).end();
        c.start("dcterms:modified")
                .attr("xsi:type", "dcterms:W3CDTF")
                .text(date)
                .end();
        c.end();
        return c;
    }

    private void letterhead(Sender sender) {
        if (brand.logoParagraph == null) {
            senderBlock(sender);
            return;
        }
        int left = brand.textWidth - brand.logoColumn;
        unsplittableRow(left, brand.logoColumn);
        cell(left);
        senderBlock(sender);
        w.end();
        cell(brand.logoColumn);
        w.raw(brand.logoParagraph);
        w.end();
        w.end();
        w.end();
    }

    /**
     * Opens a borderless table the width of the text, without cell padding, and its one row,
     * which cannot break across pages; the caller writes the cells and ends row and table.
     */
    private void unsplittableRow(int... columns) {
        w.start("w:tbl");
        w.start("w:tblPr");
        w.start("w:tblW").attr("w:w", brand.textWidth).attr("w:type", "dxa").end();
        w.start("w:tblInd").attr("w:w", 0).attr("w:type", "dxa").end();
        w.start("w:tblLayout").attr("w:type", "fixed").end();
        w.start("w:tblCellMar");
        w.start("w:left").attr("w:w", 0).attr("w:type", "dxa").end();
        w.start("w:right").attr("w:w", 0).attr("w:type", "dxa").end();
        w.end();
        w.end();
        w.start("w:tblGrid");
        for (int column : columns) {
            w.empty("w:gridCol", "w:w", Integer.toString(column));
        }
        w.end();
        w.start("w:tr").start("w:trPr").empty("w:cantSplit").end();
    }

    /**
     * The closing and the signature in one row that cannot break across pages, so that "Kind
     * regards," never stands alone at the foot of a page with the name on the next. The styles'
     * keep-with-next says the same to Word, but LibreOffice honours it only one paragraph deep;
     * a row that cannot split is kept whole by both. The document then ends with the paragraph
     * Word requires after a table, one twentieth of a point high so that it can never start a page
     * of its own.
     */
    private void signOff() {
        unsplittableRow(brand.textWidth);
        w.start("w:tc").start("w:tcPr");
        w.start("w:tcW").attr("w:w", brand.textWidth).attr("w:type", "dxa").end();
        w.end();
        simple(Styles.CLOSING, letter.closing());
        signature(letter.signature());
        w.end();
        w.end();
        w.end();
        paragraph(Styles.END).end();
    }

    private void cell(int width) {
        w.start("w:tc").start("w:tcPr");
        w.start("w:tcW").attr("w:w", width).attr("w:type", "dxa").end();
        w.empty("w:vAlign", "w:val", "center");
        w.end();
    }

    private void senderBlock(Sender sender) {
        simple(Styles.SENDER_NAME, sender.name());
        if (sender.headline() != null) {
            simple(Styles.SENDER_HEADLINE, sender.headline());
        }
        List<Inline> contact = new ArrayList<>();
        if (sender.email() != null) {
            contact.add(Inline.link(sender.email(), "mailto:" + sender.email()));
        }
        addText(contact, sender.phone());
        addText(contact, sender.location());
        if (!contact.isEmpty()) {
            joined(Styles.SENDER_CONTACT, contact);
        }
        List<Inline> web = webLinks(sender.links());
        if (!web.isEmpty()) {
            joined(Styles.SENDER_CONTACT, web);
        }
    }

    private static List<Inline> webLinks(Links links) {
        List<Inline> web = new ArrayList<>();
        for (String url : new String[] {links.github(), links.linkedin(), links.website()}) {
            if (url != null) {
                web.add(Inline.link(display(url), url));
            }
        }
        return web;
    }

    private static void addText(List<Inline> items, String value) {
        if (value != null) {
            items.add(Inline.text(value));
        }
    }

    /** A paragraph of items separated by {@link #SEPARATOR}. */
    private void joined(String style, List<Inline> items) {
        paragraph(style);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                Runs.write(w, SEPARATOR, null, false, false, rtl);
            }
            inline(items.get(i));
        }
        w.end();
    }

    private void recipient(Recipient to) {
        List<String> lines = to.addressLines();
        paragraph(Styles.RECIPIENT);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                w.start("w:r").empty("w:br").end();
            }
            Runs.write(w, w.clean(lines.get(i)), null, false, false, rtl);
        }
        w.end();
    }

    private void block(Block block) {
        if (block instanceof Block.Paragraph) {
            paragraph(Styles.BODY);
            inlines(((Block.Paragraph) block).runs());
            w.end();
        } else if (block instanceof Block.Heading) {
            simple(Styles.HEADING, ((Block.Heading) block).text());
        } else {
            List<Block.ListItem> items = ((Block.BulletList) block).items();
            for (int i = 0; i < items.size(); i++) {
                listItem(items.get(i), i == items.size() - 1);
            }
        }
    }

    private void listItem(Block.ListItem item, boolean last) {
        w.start("w:p").start("w:pPr");
        w.empty("w:pStyle", "w:val", Styles.LIST);
        w.start("w:numPr");
        w.empty("w:ilvl", "w:val", "0");
        w.empty("w:numId", "w:val", Integer.toString(Numbering.BULLETS));
        w.end();
        if (last) {
            w.empty("w:spacing", "w:after", Integer.toString(Units.pointTwips(density.paragraphAfter())));
        }
        w.end();
        inlines(item.runs());
        w.end();
    }

    private void signature(Signature signature) {
        simple(Styles.SIGNATURE, signature.name());
        List<Inline> reach = new ArrayList<>();
        if (signature.email() != null) {
            reach.add(Inline.link(signature.email(), "mailto:" + signature.email()));
        }
        addText(reach, signature.phone());
        if (reach.isEmpty() && signature.link() == null) {
            return;
        }
        paragraph(Styles.SIGNATURE_DETAILS);
        for (int i = 0; i < reach.size(); i++) {
            if (i > 0) {
                Runs.write(w, SEPARATOR, null, false, false, rtl);
            }
            inline(reach.get(i));
        }
        if (signature.link() != null) {
            if (!reach.isEmpty()) {
                w.start("w:r").empty("w:br").end();
            }
            inline(Inline.link(display(signature.link()), signature.link()));
        }
        w.end();
    }

    private void inlines(List<Inline> runs) {
        for (Inline run : runs) {
            inline(run);
        }
    }

    private void inline(Inline run) {
        if (run instanceof Inline.Link) {
            Inline.Link link = (Inline.Link) run;
            links.add(link.href());
            w.start("w:hyperlink")
                    .attr("r:id", "rId" + (BrandParts.FIRST_LINK_REL + links.size() - 1))
                    .attr("w:history", "1");
            Runs.write(w, w.clean(link.text()), Styles.HYPERLINK, false, false, rtl);
            w.end();
        } else {
            Inline.Text text = (Inline.Text) run;
            Runs.write(w, w.clean(text.text()), null, text.bold(), text.italic(), rtl);
        }
    }

    /** A paragraph holding one text in a style. */
    private void simple(String style, String text) {
        paragraph(style);
        Runs.write(w, w.clean(text), null, false, false, rtl);
        w.end();
    }

    /** Opens a paragraph in a style; the caller writes its runs and ends it. */
    private XmlWriter paragraph(String style) {
        return w.start("w:p").start("w:pPr").empty("w:pStyle", "w:val", style).end();
    }

    /**
     * A link as a relationship target: characters that a URI cannot contain unescaped (spaces,
     * quotes, angle brackets, …) are percent-encoded, because Word rejects a package whose
     * hyperlink target is not a valid URI.
     *
     * @param href the link
     * @return the target
     */
    static String target(String href) {
        StringBuilder s = null;
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            boolean bad = c <= 0x20 || c == 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0;
            if (bad && s == null) {
                s = new StringBuilder(href.length() + 16).append(href, 0, i);
            }
            if (bad) {
                s.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4 & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else if (s != null) {
                s.append(c);
            }
        }
        return s == null ? href : s.toString();
    }

    /**
     * How a link is shown: without scheme, {@code www.} and trailing slash, as people write
     * them on a letterhead ({@code github.com/ada}).
     *
     * @param url an http(s) URL
     * @return the short form
     */
    static String display(String url) {
        String s = url;
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        }
        if (s.regionMatches(true, 0, "www.", 0, 4)) {
            s = s.substring(4);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? url : s;
    }
}
