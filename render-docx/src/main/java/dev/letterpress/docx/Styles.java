package dev.letterpress.docx;

import dev.letterpress.model.Brand;
import dev.letterpress.typeset.Density;
import dev.letterpress.typeset.LetterDesign;
import dev.letterpress.typeset.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * The named styles of a letter ({@code word/styles.xml}). Every paragraph of the document uses
 * one of them, so a person can restyle the whole letter in Word by changing a style. Built-in
 * Word names (Date, Salutation, Body Text, heading 1, List Bullet, Closing, Signature, header,
 * footer, Hyperlink) are used where Word has one; the letterhead gets its own names.
 */
final class Styles {
    /** Near-black body text. */
    static final String TEXT_COLOR = "222222";
    /** Grey secondary text. */
    static final String GREY = "555555";

    static final String NORMAL = "Normal";
    static final String SENDER_NAME = "SenderName";
    static final String SENDER_HEADLINE = "SenderHeadline";
    static final String SENDER_CONTACT = "SenderContact";
    static final String LETTERHEAD_LOGO = "LetterheadLogo";
    static final String ACCENT_RULE = "AccentRule";
    static final String DATE = "Date";
    static final String RECIPIENT = "Recipient";
    static final String SUBJECT = "Subject";
    static final String SALUTATION = "Salutation";
    static final String BODY = "BodyText";
    static final String HEADING = "Heading1";
    static final String LIST = "ListBullet";
    static final String CLOSING = "Closing";
    static final String SIGNATURE = "Signature";
    static final String SIGNATURE_DETAILS = "SignatureDetails";
    static final String END = "DocumentEnd";
    static final String HEADER = "Header";
    static final String RUNNING_HEAD = "RunningHead";
    static final String FOOTER = "Footer";
    static final String HYPERLINK = "Hyperlink";

    /** The design's line spacing, in 240ths of a line (276 for 1.15). */
    static final int LINE = Math.round(LetterDesign.LINE_SPACING * 240);

    private Styles() {}

    /**
     * Writes {@code styles.xml} for a brand at a density: the density sets the body size and
     * the spacing of the letter's parts, exactly as the PDF renderer sets them.
     *
     * @param brand   the brand: colours, locale
     * @param font    the font face
     * @param layout  the brand's language settings
     * @param density how tightly the letter is set
     * @return the part
     */
    static XmlWriter write(Brand brand, FontFace font, Language layout, Density density) {
        String bodySize = Integer.toString(Units.halfPoints(density.bodySize()));
        String primary = brand.primaryColor().hex();
        String accent = brand.accentColor().hex();
        XmlWriter w = XmlWriter.document(8192);
        w.start("w:styles").attr("xmlns:w", Ns.W);
        w.start("w:docDefaults");
        w.start("w:rPrDefault").start("w:rPr");
        w.start("w:rFonts")
                .attr("w:ascii", font.name())
                .attr("w:hAnsi", font.name())
                .attr("w:cs", font.name())
                .end();
        w.empty("w:color", "w:val", TEXT_COLOR);
        w.empty("w:sz", "w:val", bodySize);
        w.empty("w:szCs", "w:val", bodySize);
        layout.writeLang(w);
        w.end().end();
        w.start("w:pPrDefault").start("w:pPr");
        w.empty("w:widowControl");
        if (layout.rtl()) {
            w.empty("w:bidi");
        }
        w.start("w:spacing")
                .attr("w:after", Units.pointTwips(density.paragraphAfter()))
                .attr("w:line", LINE)
                .attr("w:lineRule", "auto")
                .end();
        w.end().end();
        w.end();

        for (Style s : definitions(primary, accent, density)) {
            s.write(w);
        }
        w.end();
        return w;
    }

    private static List<Style> definitions(String primary, String accent, Density density) {
        int paragraphAfter = Units.pointTwips(density.paragraphAfter());
        int blockGap = Units.pointTwips(density.blockGap());
        List<Style> all = new ArrayList<>();
        all.add(new Style("paragraph", NORMAL, "Normal").asDefault().quick());
        all.add(new Style("character", "DefaultParagraphFont", "Default Paragraph Font")
                .asDefault()
                .hidden());
        all.add(new Style("table", "TableNormal", "Normal Table")
                .asDefault()
                .hidden()
                .tableDefaults());
        all.add(new Style("numbering", "NoList", "No List").asDefault().hidden());

        all.add(para(SENDER_NAME, "Sender Name")
                .next(SENDER_HEADLINE)
                .quick()
                .spacing(0, 40, 240)
                .keepNext()
                .bold()
                .color(primary)
                .size(Units.halfPoints(LetterDesign.NAME_SIZE)));
        all.add(para(SENDER_HEADLINE, "Sender Headline")
                .next(SENDER_CONTACT)
                .spacing(0, 40, 240)
                .keepNext()
                .color(GREY));
        all.add(para(SENDER_CONTACT, "Sender Contact")
                .spacing(0, 20, 240)
                .keepNext()
                .color(GREY)
                .size(Units.halfPoints(LetterDesign.CONTACT_SIZE)));
        all.add(para(LETTERHEAD_LOGO, "Letterhead Logo").spacing(0, 0, 240).align("right"));
        all.add(para(ACCENT_RULE, "Accent Rule")
                .next(DATE)
                .spacing(40, Units.pointTwips(density.ruleGap()), 240)
                .bottomBorder(accent, Units.eighthPoints(LetterDesign.RULE_WIDTH))
                .size(4));
        all.add(para(DATE, "Date").next(RECIPIENT).spacing(0, blockGap, LINE));
        all.add(para(RECIPIENT, "Recipient").next(SUBJECT).spacing(0, blockGap, LINE));
        all.add(para(SUBJECT, "Subject")
                .next(SALUTATION)
                .quick()
                .spacing(0, blockGap, LINE)
                .keepNext()
                .bold()
                .color(primary)
                .size(Units.halfPoints(LetterDesign.SUBJECT_SIZE)));
        all.add(para(SALUTATION, "Salutation")
                .next(BODY)
                .spacing(0, paragraphAfter, LINE)
                .keepNext());
        all.add(para(BODY, "Body Text").quick().spacing(0, paragraphAfter, LINE));
        all.add(para(HEADING, "heading 1")
                .next(BODY)
                .quick()
                .spacing(Units.pointTwips(density.headingBefore()), Units.pointTwips(density.headingAfter()), LINE)
                .keepNext()
                .keepLines()
                .outline(0)
                .bold()
                .color(primary)
                .size(Units.halfPoints(LetterDesign.HEADING_SIZE)));
        all.add(para(LIST, "List Bullet")
                .quick()
                .numbering(Numbering.BULLETS)
                .spacing(0, Units.pointTwips(density.itemAfter()), LINE));
        all.add(para(CLOSING, "Closing")
                .next(SIGNATURE)
                .spacing(paragraphAfter, Units.pointTwips(density.signatureGap()), LINE)
                .keepNext()
                .keepLines());
        all.add(para(SIGNATURE, "Signature")
                .next(SIGNATURE_DETAILS)
                .spacing(0, 0, LINE)
                .keepNext()
                .keepLines()
                .bold());
        all.add(para(SIGNATURE_DETAILS, "Signature Details")
                .spacing(0, 0, LINE)
                .keepLines()
                .color(GREY)
                .size(Units.halfPoints(LetterDesign.CONTACT_SIZE)));
        all.add(para(END, "Document End").spacing(0, 0, 20).exactLine().size(2));
        all.add(para(HEADER, "header").spacing(0, 0, 240).color(GREY).size(Units.halfPoints(LetterDesign.FOOTER_SIZE)));
        all.add(new Style("paragraph", RUNNING_HEAD, "Running Head")
                .basedOn(HEADER)
                .next(HEADER)
                .spacing(0, 0, 240)
                .bottomBorder(accent, 6)
                .bold()
                .color(primary)
                .size(Units.halfPoints(LetterDesign.RUNNING_HEAD_SIZE)));
        all.add(para(FOOTER, "footer")
                .spacing(0, 0, 240)
                .align("center")
                .color(GREY)
                .size(Units.halfPoints(LetterDesign.FOOTER_SIZE)));
        all.add(new Style("character", HYPERLINK, "Hyperlink")
                .basedOn("DefaultParagraphFont")
                .color(primary));
        return all;
    }

    private static Style para(String id, String name) {
        return new Style("paragraph", id, name).basedOn(NORMAL);
    }

    /** One style definition, written in the order the schema requires. */
    private static final class Style {
        private final String type;
        private final String id;
        private final String name;
        private boolean isDefault;
        private String basedOn;
        private String next;
        private boolean hidden;
        private boolean quick;
        private boolean tableDefaults;
        private boolean keepNext;
        private boolean keepLines;
        private int numId;
        private String borderColor;
        private int borderSize;
        private int before = -1;
        private int after = -1;
        private int line = -1;
        private boolean exactLine;
        private String align;
        private int outline = -1;
        private boolean bold;
        private String color;
        private int size;

        Style(String type, String id, String name) {
            this.type = type;
            this.id = id;
            this.name = name;
        }

        Style asDefault() {
            isDefault = true;
            return this;
        }

        Style basedOn(String value) {
            basedOn = value;
            return this;
        }

        Style next(String value) {
            next = value;
            return this;
        }

        Style hidden() {
            hidden = true;
            return this;
        }

        Style quick() {
            quick = true;
            return this;
        }

        Style tableDefaults() {
            tableDefaults = true;
            return this;
        }

        Style keepNext() {
            keepNext = true;
            return this;
        }

        Style keepLines() {
            keepLines = true;
            return this;
        }

        Style numbering(int value) {
            numId = value;
            return this;
        }

        Style bottomBorder(String value, int eighthsOfPoint) {
            borderColor = value;
            borderSize = eighthsOfPoint;
            return this;
        }

        Style spacing(int beforeTwips, int afterTwips, int lineValue) {
            before = beforeTwips;
            after = afterTwips;
            line = lineValue;
            return this;
        }

        /** Makes the spacing's line height exact, in twips, whatever the font. */
        Style exactLine() {
            exactLine = true;
            return this;
        }

        Style align(String value) {
            align = value;
            return this;
        }

        Style outline(int level) {
            outline = level;
            return this;
        }

        Style bold() {
            bold = true;
            return this;
        }

        Style color(String value) {
            color = value;
            return this;
        }

        Style size(int halfPoints) {
            size = halfPoints;
            return this;
        }

        void write(XmlWriter w) {
            w.start("w:style").attr("w:type", type);
            if (isDefault) {
                w.attr("w:default", "1");
            }
            w.attr("w:styleId", id);
            w.empty("w:name", "w:val", name);
            if (basedOn != null) {
                w.empty("w:basedOn", "w:val", basedOn);
            }
            if (next != null) {
                w.empty("w:next", "w:val", next);
            }
            if (hidden) {
                w.empty("w:semiHidden");
                w.empty("w:unhideWhenUsed");
            }
            if (quick) {
                w.empty("w:qFormat");
            }
            writeParagraphProperties(w);
            writeRunProperties(w);
            if (tableDefaults) {
                w.start("w:tblPr");
                w.start("w:tblInd").attr("w:w", 0).attr("w:type", "dxa").end();
                w.start("w:tblCellMar");
                w.start("w:top").attr("w:w", 0).attr("w:type", "dxa").end();
                w.start("w:left").attr("w:w", 108).attr("w:type", "dxa").end();
                w.start("w:bottom").attr("w:w", 0).attr("w:type", "dxa").end();
                w.start("w:right").attr("w:w", 108).attr("w:type", "dxa").end();
                w.end();
                w.end();
            }
            w.end();
        }

        private void writeParagraphProperties(XmlWriter w) {
            if (!keepNext
                    && !keepLines
                    && numId == 0
                    && borderColor == null
                    && line < 0
                    && align == null
                    && outline < 0) {
                return;
            }
            w.start("w:pPr");
            if (keepNext) {
                w.empty("w:keepNext");
            }
            if (keepLines) {
                w.empty("w:keepLines");
            }
            if (numId != 0) {
                w.start("w:numPr");
                w.empty("w:ilvl", "w:val", "0");
                w.empty("w:numId", "w:val", Integer.toString(numId));
                w.end();
            }
            if (borderColor != null) {
                w.start("w:pBdr");
                w.start("w:bottom")
                        .attr("w:val", "single")
                        .attr("w:sz", borderSize)
                        .attr("w:space", 1)
                        .attr("w:color", borderColor)
                        .end();
                w.end();
            }
            if (line >= 0) {
                w.start("w:spacing")
                        .attr("w:before", before)
                        .attr("w:after", after)
                        .attr("w:line", line)
                        .attr("w:lineRule", exactLine ? "exact" : "auto")
                        .end();
            }
            if (align != null) {
                w.empty("w:jc", "w:val", align);
            }
            if (outline >= 0) {
                w.empty("w:outlineLvl", "w:val", Integer.toString(outline));
            }
            w.end();
        }

        private void writeRunProperties(XmlWriter w) {
            if (!bold && color == null && size == 0) {
                return;
            }
            w.start("w:rPr");
            if (bold) {
                w.empty("w:b");
                w.empty("w:bCs");
            }
            if (color != null) {
                w.empty("w:color", "w:val", color);
            }
            if (size != 0) {
                w.empty("w:sz", "w:val", Integer.toString(size));
                w.empty("w:szCs", "w:val", Integer.toString(size));
            }
            w.end();
        }
    }
}
