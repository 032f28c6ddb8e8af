package dev.letterpress.benchmarks;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import dev.letterpress.model.Brand;
import dev.letterpress.model.Inline;
import dev.letterpress.model.Letter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The benchmark letter built by hand with OpenPDF, the way a developer who knows the library writes
 * it: fonts created once from the bytes of the same Liberation Sans files the real renderer uses
 * (embedded subsets, Identity-H), the logo decoded once, and per letter a document with a
 * letterhead table, an accent rule, paragraphs of chunks with links, bulleted lists and a footer on
 * every page. One instance per thread: OpenPDF's {@link Image} is not meant to be shared.
 */
final class OpenPdfLetter {
    private static final String FONTS = "/dev/letterpress/pdf/fonts/";
    private static final float MM = 72f / 25.4f;

    private final Brand brand;
    private final BaseFont regular;
    private final BaseFont bold;
    private final Image logo;
    private final Color accent;

    /**
     * Reads the fonts and decodes the logo.
     *
     * @param brand the brand
     * @param logo  the logo's PNG bytes
     */
    OpenPdfLetter(Brand brand, byte[] logo) {
        this.brand = brand;
        try {
            this.regular = font("LiberationSans-Regular.ttf");
            this.bold = font("LiberationSans-Bold.ttf");
            this.logo = Image.getInstance(logo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.logo.scaleToFit(200, 45.35f);
        this.accent = new Color(Slots.rgb(brand.accentColor()));
    }

    private static BaseFont font(String file) throws IOException {
        byte[] bytes;
        try (InputStream in = OpenPdfLetter.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("the PDF renderer's font " + file + " is not on the class path");
            }
            bytes = in.readAllBytes();
        }
        return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
    }

    /**
     * Lays out and writes one letter.
     *
     * @param letter the letter
     * @param out    where the PDF goes; not closed
     */
    void write(Letter letter, OutputStream out) {
        float left = (float) brand.margins().left() * MM;
        float right = (float) brand.margins().right() * MM;
        float top = (float) brand.margins().top() * MM;
        float bottom = (float) brand.margins().bottom() * MM;
        Rectangle page = new Rectangle(
                (float) brand.pageSize().widthMm() * MM,
                (float) brand.pageSize().heightMm() * MM);
        Document doc = new Document(page, left, right, top, bottom + 14);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setCloseStream(false);
        Font footerFont = new Font(regular, 8, Font.NORMAL, new Color(0x55, 0x55, 0x55));
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                if (brand.footer() != null) {
                    ColumnText.showTextAligned(
                            w.getDirectContent(),
                            Element.ALIGN_CENTER,
                            new Phrase(brand.footer(), footerFont),
                            page.getWidth() / 2,
                            bottom,
                            0);
                }
            }
        });
        doc.addTitle(letter.subject());
        doc.addAuthor(letter.sender().name());
        doc.open();

        PdfPTable head = new PdfPTable(new float[] {3, 1});
        head.setWidthPercentage(100);
        PdfPCell text = new PdfPCell();
        text.setBorder(Rectangle.NO_BORDER);
        for (Slots.Slot slot : Slots.letterhead(letter)) {
            text.addElement(paragraph(slot.runs(), slot.look()));
        }
        head.addCell(text);
        PdfPCell picture = new PdfPCell(logo, false);
        picture.setBorder(Rectangle.NO_BORDER);
        picture.setHorizontalAlignment(Element.ALIGN_RIGHT);
        picture.setVerticalAlignment(Element.ALIGN_MIDDLE);
        head.addCell(picture);
        doc.add(head);
        doc.add(new Chunk(new LineSeparator(1.5f, 100, accent, Element.ALIGN_CENTER, -4)));
        doc.add(new Paragraph(12, " "));

        for (Slots.Slot slot : Slots.body(letter, brand.locale())) {
            if (slot.list()) {
                com.lowagie.text.List list = new com.lowagie.text.List(false, 12);
                list.setListSymbol(new Chunk("\u2022", font(slot.look(), false)));
                for (List<Inline> item : slot.items()) {
                    ListItem li = new ListItem((float) slot.look().size * 1.32f);
                    li.addAll(paragraph(item, slot.look()));
                    li.setSpacingAfter((float) slot.look().after);
                    list.add(li);
                }
                doc.add(list);
            } else {
                doc.add(paragraph(slot.runs(), slot.look()));
            }
        }
        doc.close();
    }

    private Paragraph paragraph(List<Inline> runs, Slots.Look look) {
        Paragraph p = new Paragraph((float) look.size * 1.32f);
        p.setSpacingAfter((float) look.after);
        for (Inline inline : runs) {
            if (inline instanceof Inline.Link link) {
                Font f = new Font(look.bold ? bold : regular, (float) look.size, Font.UNDERLINE, accent);
                Chunk c = new Chunk(link.text(), f);
                c.setAnchor(link.href());
                p.add(c);
            } else {
                Inline.Text t = (Inline.Text) inline;
                p.add(new Chunk(t.text(), font(look, t.bold())));
            }
        }
        return p;
    }

    private Font font(Slots.Look look, boolean strong) {
        return new Font(
                look.bold || strong ? bold : regular,
                (float) look.size,
                Font.NORMAL,
                new Color(Slots.rgb(look, brand)));
    }
}
