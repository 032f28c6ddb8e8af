package dev.letterpress.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import dev.letterpress.model.Block;
import dev.letterpress.model.Brand;
import dev.letterpress.model.Inline;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Links;
import dev.letterpress.model.Margins;
import dev.letterpress.model.Recipient;
import dev.letterpress.model.Sender;
import dev.letterpress.model.Signature;
import dev.letterpress.typeset.Density;
import dev.letterpress.typeset.LetterDesign;
import dev.letterpress.typeset.Units;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one letter on the brand's pages, following the shared design of the DOCX renderer:
 * letterhead band (sender, contact line, links; logo on the right) over an accent rule, date,
 * recipient, subject, salutation, body, closing and signature; a footer on every page, and from
 * page 2 on a small letterhead and "Page N of M". Headings stay with the text after them,
 * paragraphs leave no single line alone at the foot of a page, and the closing stays on the page
 * of the signature. The body size and the spacing come from the letter's {@link Density}, the
 * same the DOCX renderer uses.
 */
final class LetterLayout {
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color GREY = new Color(0x55, 0x55, 0x55);

    /** Line height as a multiple of the font size. */
    static final float LINE = LetterDesign.LEADING;

    static final float NAME_SIZE = LetterDesign.NAME_SIZE;
    static final float CONTACT_SIZE = LetterDesign.CONTACT_SIZE;
    static final float SUBJECT_SIZE = LetterDesign.SUBJECT_SIZE;
    static final float HEADING_SIZE = LetterDesign.HEADING_SIZE;
    static final float BULLET_INDENT = Units.points(LetterDesign.BULLET_INDENT_MM);
    static final float FOOTER_SIZE = LetterDesign.FOOTER_SIZE;
    static final float FOOTER_LEADING = LetterDesign.FOOTER_LEADING;
    static final float SMALL_HEAD_SIZE = LetterDesign.RUNNING_HEAD_SIZE;
    /** Room the small letterhead of pages 2+ takes above the text. */
    static final float SMALL_HEAD_SPACE = 26f;

    static final float RULE_WIDTH = LetterDesign.RULE_WIDTH;
    private static final String SEPARATOR = LetterDesign.separator(2);
    /** How near the foot of the page a paragraph must start before its lines are counted. */
    private static final int CHECK_LINES = 12;

    private final Brand brand;
    private final FontChain fonts;
    private final Logo logo;
    private final Color primary;

    LetterLayout(Brand brand, FontChain fonts, Logo logo) {
        this.brand = brand;
        this.fonts = fonts;
        this.logo = logo;
        this.primary = color(brand.primaryColor());
    }

    private static Color color(dev.letterpress.model.RgbColor rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue());
    }

    /** @return the brand whose pages this layout fills */
    Brand brand() {
        return brand;
    }

    /**
     * A finished document.
     *
     * @param pdf     the file
     * @param pages   its page count
     * @param warning the missing-characters warning, or null
     */
    record Result(byte[] pdf, int pages, String warning) {}

    /**
     * Writes the letter.
     *
     * @param letter     the letter
     * @param density    how tightly to set it
     * @param totalPages the page count to print in "Page N of M", or 0 when not yet known
     * @return the document
     * @throws DocumentException when OpenPDF rejects the layout (a bug)
     */
    Result write(Letter letter, Density density, int totalPages) throws DocumentException {
        return new Run(letter, density, totalPages).write();
    }

    /** The state of one document being written. */
    private final class Run extends PdfPageEventHelper {
        private final Letter letter;
        private final Density density;
        private final TextStyle body;
        private final float leading;
        private final int totalPages;
        private final Typesetter type = new Typesetter(fonts);
        private final float left;
        private final float right;
        private final float top;
        private final float pageWidth;
        private final float footerBaseline;
        private Document doc;
        private PdfWriter writer;
        private int pages;
        private float ruleY;

        Run(Letter letter, Density density, int totalPages) {
            this.letter = letter;
            this.density = density;
            this.body = new TextStyle(density.bodySize(), false, false, TEXT);
            this.leading = density.bodyLeading();
            this.totalPages = totalPages;
            Margins m = brand.margins();
            this.left = Units.points(m.left());
            this.right = Units.points(m.right());
            this.top = Units.points(m.top());
            this.pageWidth = Units.points(brand.pageSize().widthMm());
            this.footerBaseline = Math.max(Units.points(m.bottom()) * 0.4f, 14f);
        }

        Result write() throws DocumentException {
            Rectangle page =
                    new Rectangle(pageWidth, Units.points(brand.pageSize().heightMm()));
            // the text keeps clear of the footer: its two lines and a gap
            float footerTop = footerBaseline + FOOTER_LEADING + FOOTER_SIZE;
            float bottom = Math.max(Units.points(brand.margins().bottom()), footerTop + LetterDesign.FOOTER_GAP);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(48 * 1024);
            doc = new Document(page, left, right, top, bottom);
            writer = PdfWriter.getInstance(doc, buffer);
            writer.setFullCompression();
            writer.setCompressionLevel(PdfStream.BEST_COMPRESSION);
            writer.setPageEvent(this);
            metadata();
            doc.open();
            doc.setMargins(left, right, top + SMALL_HEAD_SPACE, bottom); // pages 2+
            letterhead();
            opening();
            body();
            closing();
            doc.close();
            return new Result(buffer.toByteArray(), pages, type.missingWarning());
        }

        private void metadata() {
            Recipient r = letter.recipient();
            doc.addTitle(letter.subject());
            doc.addAuthor(letter.sender().name());
            doc.addSubject(LetterDesign.subject(r.jobTitle(), r.company()));
            doc.addKeywords(r.company() + ", " + r.jobTitle());
            doc.addCreator("Letterpress");
            writer.getInfo().put(PdfName.CREATIONDATE, Reproducible.date(letter.date()));
            writer.getInfo().put(PdfName.MODDATE, Reproducible.date(letter.date()));
            writer.getExtraCatalog()
                    .put(PdfName.LANG, new PdfString(brand.locale().toLanguageTag()));
            writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        }

        // ---- first page ------------------------------------------------------------------

        /**
         * The letterhead band, written in the text flow (so that it comes first in reading order)
         * beside the logo, which is placed at the top right; the accent rule runs under both.
         */
        private void letterhead() throws DocumentException {
            Sender s = letter.sender();
            float beside = logo == null ? 0 : logo.width() + Units.points(LetterDesign.LOGO_GAP_MM);
            Paragraph name = paragraph(NAME_SIZE * 1.15f, 2f);
            name.addAll(type.chunks(s.name(), new TextStyle(NAME_SIZE, true, false, primary)));
            name.setIndentationRight(beside);
            doc.add(name);
            TextStyle contact = new TextStyle(CONTACT_SIZE, false, false, GREY);
            float contactLeading = CONTACT_SIZE * LINE;
            if (s.headline() != null) {
                Paragraph headline = paragraph(leading, 1f);
                headline.addAll(type.chunks(s.headline(), body.withColor(GREY)));
                headline.setIndentationRight(beside);
                doc.add(headline);
            }
            List<List<Chunk>> details = new ArrayList<>();
            if (s.email() != null) {
                details.add(link(s.email(), "mailto:" + s.email(), contact.withColor(primary)));
            }
            addText(details, s.phone(), contact);
            addText(details, s.location(), contact);
            Links links = s.links();
            List<List<Chunk>> web = new ArrayList<>();
            for (String url : new String[] {links.github(), links.linkedin(), links.website()}) {
                if (url != null) {
                    web.add(link(display(url), url, contact.withColor(primary)));
                }
            }
            for (List<List<Chunk>> line : List.of(details, web)) {
                if (!line.isEmpty()) {
                    Paragraph p = joined(line, contactLeading, contact);
                    p.setIndentationRight(beside);
                    doc.add(p);
                }
            }
            float pageTop = doc.getPageSize().getHeight() - top;
            float bandBottom = writer.getVerticalPosition(true) - CONTACT_SIZE * 0.3f;
            if (logo != null) {
                Image image = logo.copy();
                image.setAbsolutePosition(pageWidth - right - logo.width(), pageTop - logo.height());
                writer.getDirectContentUnder().addImage(image);
                bandBottom = Math.min(bandBottom, pageTop - logo.height());
            }
            ruleY = bandBottom - 8f;
            rule(writer.getDirectContentUnder(), ruleY, RULE_WIDTH);
        }

        private void opening() throws DocumentException {
            Paragraph date = paragraph(leading, density.blockGap());
            date.addAll(type.chunks(letter.dateText(brand.locale()), body));
            // the date's capitals start the density's gap under the rule
            float baseline = ruleY - density.ruleGap() - density.bodySize() * 0.72f;
            date.setSpacingBefore(Math.max(0, writer.getVerticalPosition(true) - baseline - leading));
            doc.add(date);

            doc.add(lines(letter.recipient().addressLines(), body, density.blockGap()));

            Paragraph subject = paragraph(SUBJECT_SIZE * LINE, density.blockGap());
            subject.addAll(type.chunks(letter.subject(), new TextStyle(SUBJECT_SIZE, true, false, primary)));
            doc.add(subject);

            Paragraph salutation = paragraph(leading, density.paragraphAfter());
            salutation.addAll(type.chunks(letter.salutation(), body));
            doc.add(salutation);
        }

        // ---- body ------------------------------------------------------------------------

        private void body() throws DocumentException {
            List<List<Paragraph>> blocks = new ArrayList<>();
            for (Block block : letter.blocks()) {
                blocks.add(paragraphs(block));
            }
            for (int i = 0; i < blocks.size(); i++) {
                boolean heading = letter.blocks().get(i) instanceof Block.Heading;
                for (Paragraph p : blocks.get(i)) {
                    if (heading) {
                        keepWithNext(
                                p, i + 1 < blocks.size() ? blocks.get(i + 1).get(0) : null);
                    } else {
                        keepLines(p);
                    }
                    doc.add(p);
                }
            }
        }

        /** The paragraphs of a block: one, or one per bullet. */
        private List<Paragraph> paragraphs(Block block) {
            if (block instanceof Block.Heading heading) {
                Paragraph p = paragraph(HEADING_SIZE * LINE, density.headingAfter());
                p.setSpacingBefore(density.headingBefore());
                p.addAll(type.chunks(heading.text(), new TextStyle(HEADING_SIZE, true, false, primary)));
                return List.of(p);
            }
            if (block instanceof Block.Paragraph paragraph) {
                Paragraph p = paragraph(leading, density.paragraphAfter());
                p.addAll(runs(paragraph.runs()));
                return List.of(p);
            }
            List<Block.ListItem> items = ((Block.BulletList) block).items();
            List<Paragraph> result = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                // a hanging indent: the bullet, a tab to the indent, the text aligned under itself
                Paragraph item =
                        paragraph(leading, i == items.size() - 1 ? density.paragraphAfter() : density.itemAfter());
                item.setIndentationLeft(BULLET_INDENT);
                item.setFirstLineIndent(-BULLET_INDENT);
                item.addAll(type.chunks("\u2022", body.withColor(primary)));
                item.add(new Chunk(new VerticalPositionMark(), BULLET_INDENT));
                item.addAll(runs(items.get(i).runs()));
                result.add(item);
            }
            return result;
        }

        private List<Chunk> runs(List<Inline> runs) {
            List<Chunk> chunks = new ArrayList<>();
            for (Inline run : Glue.join(runs)) {
                if (run instanceof Inline.Link link) {
                    chunks.addAll(link(link.text(), link.href(), body.withColor(primary)));
                } else {
                    Inline.Text text = (Inline.Text) run;
                    chunks.addAll(
                            type.chunks(text.text(), body.withBold(text.bold()).withItalic(text.italic())));
                }
            }
            return chunks;
        }

        // ---- closing ---------------------------------------------------------------------

        private void closing() throws DocumentException {
            Signature s = letter.signature();
            List<List<Chunk>> contact = new ArrayList<>();
            TextStyle detail = body.withColor(GREY);
            if (s.email() != null) {
                contact.add(link(s.email(), "mailto:" + s.email(), body.withColor(primary)));
            }
            addText(contact, s.phone(), detail);
            int signatureLines = 1 + (contact.isEmpty() ? 0 : 1) + (s.link() == null ? 0 : 1);
            keep(leading + density.signatureGap() + signatureLines * leading);

            Paragraph closing = paragraph(leading, density.signatureGap());
            closing.addAll(type.chunks(letter.closing(), body));
            doc.add(closing);

            Paragraph name = paragraph(leading, 0);
            name.addAll(type.chunks(s.name(), body.withBold(true)));
            doc.add(name);
            if (!contact.isEmpty()) {
                doc.add(joined(contact, leading, detail));
            }
            if (s.link() != null) {
                Paragraph link = paragraph(leading, 0);
                link.addAll(link(display(s.link()), s.link(), body.withColor(primary)));
                doc.add(link);
            }
        }

        // ---- pages 2+ and footers --------------------------------------------------------

        /**
         * Finishes a page: from page 2 on the small letterhead, drawn under the page's text so that
         * it comes first in reading order (drawn here rather than when the page starts, so that a
         * page OpenPDF starts for nothing stays empty and is dropped), then the footer.
         */
        @Override
        public void onEndPage(PdfWriter w, Document d) {
            int page = w.getPageNumber();
            pages = page;
            if (page >= 2) {
                smallLetterhead(w.getDirectContentUnder(), d);
            }
            List<String> lines = new ArrayList<>(2);
            if (brand.footer() != null) {
                lines.add(brand.footer());
            }
            if (page >= 2) {
                lines.add("Page " + page + " of " + Math.max(totalPages, page));
            }
            PdfContentByte over = w.getDirectContent();
            float centre = left + textWidth() / 2;
            float y = footerBaseline + (lines.size() - 1) * FOOTER_LEADING;
            TextStyle style = new TextStyle(FOOTER_SIZE, false, false, GREY);
            for (String line : lines) {
                ColumnText.showTextAligned(
                        over, Element.ALIGN_CENTER, type.phrase(line, style, FOOTER_LEADING), centre, y, 0);
                y -= FOOTER_LEADING;
            }
        }

        private void smallLetterhead(PdfContentByte under, Document d) {
            float pageTop = d.getPageSize().getHeight() - top;
            float baseline = pageTop - SMALL_HEAD_SIZE;
            ColumnText.showTextAligned(
                    under,
                    Element.ALIGN_LEFT,
                    type.phrase(
                            letter.sender().name(),
                            new TextStyle(SMALL_HEAD_SIZE, true, false, primary),
                            SMALL_HEAD_SIZE * LINE),
                    left,
                    baseline,
                    0);
            rule(under, baseline - 6f, 0.75f);
        }

        private void rule(PdfContentByte canvas, float y, float width) {
            canvas.saveState();
            canvas.setColorStroke(color(brand.accentColor()));
            canvas.setLineWidth(width);
            canvas.moveTo(left, y);
            canvas.lineTo(pageWidth - right, y);
            canvas.stroke();
            canvas.restoreState();
        }

        // ---- keeping lines together ------------------------------------------------------

        /** Starts a new page unless {@code height} points fit above the foot of this one. */
        private void keep(float height) {
            float y = writer.getVerticalPosition(true);
            if (y - height < doc.bottom() && y < doc.top() - 1) {
                doc.newPage();
            }
        }

        /**
         * Starts a new page before a paragraph that would leave its first line alone at the foot
         * of this page, or send its last line alone to the next.
         */
        private void keepLines(Paragraph p) {
            float y = writer.getVerticalPosition(true);
            if (y < doc.top() - 1 && breaksBadly(p, y - doc.bottom() - p.getSpacingBefore())) {
                doc.newPage();
            }
        }

        /** Starts a new page unless a heading and a good start of the paragraph after it fit on this one. */
        private void keepWithNext(Paragraph heading, Paragraph next) {
            float y = writer.getVerticalPosition(true);
            if (y >= doc.top() - 1) {
                return;
            }
            float room = y
                    - doc.bottom()
                    - heading.getSpacingBefore()
                    - heading.getTotalLeading()
                    - heading.getSpacingAfter();
            if (room < 0 || (next != null && breaksBadly(next, room - next.getSpacingBefore()))) {
                doc.newPage();
            }
        }

        /** Whether a paragraph starting with {@code room} points left on the page would leave a line alone. */
        private boolean breaksBadly(Paragraph p, float room) {
            int fit = (int) Math.floor((room + 0.01f) / p.getTotalLeading());
            if (fit >= CHECK_LINES) {
                return false; // counting lines costs time; far from the foot no paragraph of a letter breaks
            }
            int lines = lineCount(p, textWidth() - p.getIndentationLeft());
            return lines > fit && (fit < 2 || lines - fit < 2);
        }

        private int lineCount(Paragraph p, float width) {
            ColumnText column = new ColumnText(null);
            Phrase phrase = new Phrase(p.getTotalLeading());
            phrase.addAll(p.getChunks());
            column.setSimpleColumn(phrase, 0, 0, width, 100_000f, p.getTotalLeading(), Element.ALIGN_LEFT);
            try {
                column.go(true);
            } catch (DocumentException e) {
                return 1;
            }
            return column.getLinesWritten();
        }

        // ---- helpers ---------------------------------------------------------------------

        private float textWidth() {
            return pageWidth - left - right;
        }

        private Paragraph paragraph(float leading, float after) {
            Paragraph p = new Paragraph(leading);
            p.setFont(type.mainFont(body));
            p.setSpacingAfter(after);
            return p;
        }

        private List<Chunk> link(String text, String href, TextStyle style) {
            List<Chunk> chunks = type.chunks(text, style);
            for (Chunk chunk : chunks) {
                chunk.setAnchor(href);
            }
            return chunks;
        }

        private void addText(List<List<Chunk>> into, String text, TextStyle style) {
            if (text != null) {
                into.add(type.chunks(text, style));
            }
        }

        private Paragraph joined(List<List<Chunk>> parts, float leading, TextStyle style) {
            Paragraph p = paragraph(leading, 0);
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    p.addAll(type.chunks(SEPARATOR, style));
                }
                p.addAll(parts.get(i));
            }
            return p;
        }

        private Paragraph lines(List<String> lines, TextStyle style, float after) {
            Paragraph p = paragraph(leading, after);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    p.add(type.lineBreak(style));
                }
                p.addAll(type.chunks(lines.get(i), style));
            }
            return p;
        }
    }

    /** The address without scheme and trailing slash, as people write it: {@code github.com/ada}. */
    static String display(String url) {
        String s = url.replaceFirst("^(?i)https?://", "");
        s = s.replaceFirst("^(?i)www\\.", "");
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
