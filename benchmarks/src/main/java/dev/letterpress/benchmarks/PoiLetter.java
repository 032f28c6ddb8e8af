package dev.letterpress.benchmarks;

import dev.letterpress.model.Brand;
import dev.letterpress.model.Inline;
import dev.letterpress.model.Letter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The benchmark letter built with plain Apache POI (XWPF), the way a developer writes it by hand:
 * a new document per letter with page setup, a letterhead table with the logo, an accent rule,
 * direct formatting on every run, a bullet numbering, hyperlinks and a footer. With
 * {@link #template} the same code writes poi-tl tags instead of the letter's text, which gives the
 * poi-tl baseline an equivalent template.
 */
final class PoiLetter {
    private static final String FONT = "Liberation Sans";
    private static final double LOGO_HEIGHT_PT = 45.35;

    private final XWPFDocument doc = new XWPFDocument();
    private final Brand brand;
    private final boolean tags;
    private BigInteger bullets;

    private PoiLetter(Brand brand, boolean tags) {
        this.brand = brand;
        this.tags = tags;
    }

    /**
     * Builds the letter and writes it as DOCX.
     *
     * @param letter the letter
     * @param brand  its brand
     * @param logo   the logo's PNG bytes
     * @param out    where the document goes; not closed
     * @throws IOException when writing fails
     */
    static void write(Letter letter, Brand brand, byte[] logo, OutputStream out) throws IOException {
        PoiLetter w = new PoiLetter(brand, false);
        w.build(letter, logo);
        w.doc.write(out);
        w.doc.close();
    }

    /**
     * An equivalent poi-tl template: the same document with {@code {{key}}} in place of each
     * paragraph's text and {@code {{*key}}} in place of each list; section headings stay literal.
     *
     * @param letter a letter of the shape the template is for
     * @param brand  its brand
     * @param logo   the logo's PNG bytes
     * @return the template's bytes
     */
    static byte[] template(Letter letter, Brand brand, byte[] logo) {
        PoiLetter w = new PoiLetter(brand, true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            w.build(letter, logo);
            w.doc.write(bytes);
            w.doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void build(Letter letter, byte[] logo) throws IOException {
        pageSetup();
        XWPFTable head = doc.createTable(1, 2);
        head.removeBorders();
        head.setWidth("100%");
        XWPFTableCell left = head.getRow(0).getCell(0);
        left.setWidth("75%");
        boolean first = true;
        for (Slots.Slot slot : Slots.letterhead(letter)) {
            XWPFParagraph p = first ? left.getParagraphs().get(0) : left.addParagraph();
            first = false;
            paragraph(p, slot);
        }
        XWPFTableCell right = head.getRow(0).getCell(1);
        right.setWidth("25%");
        XWPFParagraph logoParagraph = right.getParagraphs().get(0);
        logoParagraph.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
        double width = LOGO_HEIGHT_PT * 1379721 / 576000;
        try {
            logoParagraph
                    .createRun()
                    .addPicture(
                            new ByteArrayInputStream(logo),
                            PictureType.PNG,
                            "logo.png",
                            Units.toEMU(width),
                            Units.toEMU(LOGO_HEIGHT_PT));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        XWPFParagraph rule = doc.createParagraph();
        rule.setBorderBottom(Borders.SINGLE);
        rule.setSpacingAfter(240);
        for (Slots.Slot slot : Slots.body(letter, brand.locale())) {
            if (slot.list()) {
                list(slot);
            } else {
                paragraph(doc.createParagraph(), slot);
            }
        }
        if (brand.footer() != null) {
            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph p = footer.createParagraph();
            p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            style(p.createRun(), 8, false, 0x555555).setText(brand.footer());
        }
    }

    private void pageSetup() {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(twips(brand.pageSize().widthMm()));
        size.setH(twips(brand.pageSize().heightMm()));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(twips(brand.margins().top()));
        margins.setRight(twips(brand.margins().right()));
        margins.setBottom(twips(brand.margins().bottom()));
        margins.setLeft(twips(brand.margins().left()));
    }

    private static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm / 25.4 * 1440));
    }

    private void paragraph(XWPFParagraph p, Slots.Slot slot) {
        p.setSpacingAfter((int) Math.round(slot.look().after * 20));
        if (tags && !slot.fixed()) {
            style(p.createRun(), slot.look()).setText("{{" + slot.key() + "}}");
            return;
        }
        runs(p, slot.runs(), slot.look());
    }

    private void list(Slots.Slot slot) {
        if (tags) {
            XWPFParagraph p = doc.createParagraph();
            style(p.createRun(), slot.look()).setText("{{*" + slot.key() + "}}");
            return;
        }
        BigInteger numId = bullets();
        for (List<Inline> item : slot.items()) {
            XWPFParagraph p = doc.createParagraph();
            p.setNumID(numId);
            p.setSpacingAfter((int) Math.round(slot.look().after * 20));
            runs(p, item, slot.look());
        }
    }

    private void runs(XWPFParagraph p, List<Inline> runs, Slots.Look look) {
        for (Inline inline : runs) {
            if (inline instanceof Inline.Link link) {
                XWPFHyperlinkRun r = p.createHyperlinkRun(link.href());
                style(r, look.size, look.bold, Slots.rgb(brand.accentColor()));
                r.setUnderline(UnderlinePatterns.SINGLE);
                r.setText(link.text());
            } else {
                Inline.Text text = (Inline.Text) inline;
                XWPFRun r = style(p.createRun(), look.size, look.bold || text.bold(), color(look));
                r.setItalic(text.italic());
                r.setText(text.text());
            }
        }
    }

    private int color(Slots.Look look) {
        return Slots.rgb(look, brand);
    }

    private XWPFRun style(XWPFRun r, Slots.Look look) {
        return style(r, look.size, look.bold, color(look));
    }

    private static XWPFRun style(XWPFRun r, double size, boolean bold, int rgb) {
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setColor(String.format(Locale.ROOT, "%06X", rgb));
        return r;
    }

    /** A bullet numbering, made on first use. */
    private BigInteger bullets() {
        if (bullets == null) {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ZERO);
            CTLvl level = abstractNum.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewNumFmt().setVal(STNumberFormat.BULLET);
            level.addNewLvlText().setVal("\u2022");
            level.addNewStart().setVal(BigInteger.ONE);
            level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(360));
            level.getPPr().getInd().setHanging(BigInteger.valueOf(360));
            XWPFNumbering numbering = doc.createNumbering();
            bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
        }
        return bullets;
    }
}
