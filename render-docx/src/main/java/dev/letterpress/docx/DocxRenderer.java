package dev.letterpress.docx;

import dev.letterpress.model.Brand;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Letter;
import dev.letterpress.model.LetterRenderer;
import dev.letterpress.model.RenderResult;
import dev.letterpress.typeset.Density;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Renders {@link Letter}s as branded Word documents (DOCX) for one {@link Brand}. The document
 * is real Word structure, so a person can still restyle it: every paragraph uses a named style
 * (Sender Name, Date, Subject, Body Text, heading 1, List Bullet, Closing, Signature, …), bullets
 * are a Word list, links are hyperlinks, and the first page carries the letterhead (logo, sender,
 * accent rule) while later pages get a small running header and "Page N of M".
 *
 * <pre>{@code
 * DocxRenderer docx = DocxRenderer.create(brand);   // once per brand: reads the logo, builds the styles
 * try (OutputStream out = Files.newOutputStream(Path.of("letter.docx"))) {
 *     RenderResult result = docx.render(letter, out);
 * }
 * }</pre>
 *
 * <p>Everything that depends only on the brand (styles, numbering, fonts, footers, the logo) is
 * prepared once by {@link #create(Brand)}; each {@link #render} writes only the letter's own
 * parts. A renderer is immutable and safe to share between threads. The same letter and brand
 * always give byte-identical files: zip entry times and document dates come from the letter's
 * date, never from the clock. It is also found as format {@code "docx"} by
 * {@link dev.letterpress.model.Renderers#create(String, Brand)}.
 */
public final class DocxRenderer implements LetterRenderer {
    /** The format name and file extension. */
    public static final String FORMAT = "docx";

    private final BrandParts parts;

    private DocxRenderer(BrandParts parts) {
        this.parts = parts;
    }

    /**
     * Prepares a renderer for a brand: reads and checks its logo and builds the brand's styles.
     *
     * @param brand the brand; never null
     * @return a thread-safe renderer
     * @throws InvalidInputException when the logo is missing, not a regular file, unreadable, too
     *                               large (bytes or pixels) or not a PNG or JPEG image (the
     *                               problem names the file and the field {@code logo})
     * @throws NullPointerException  when {@code brand} is null
     */
    public static DocxRenderer create(Brand brand) {
        Objects.requireNonNull(brand, "brand must not be null");
        Logo logo = brand.logoImage() != null
                ? Logo.of(brand.logoImage())
                : brand.logo() == null ? null : Logo.read(brand.logo());
        return new DocxRenderer(new BrandParts(brand, logo));
    }

    /**
     * The brand this renderer was created for.
     *
     * @return the brand
     */
    public Brand brand() {
        return parts.brand;
    }

    /**
     * {@inheritDoc}
     *
     * @return {@value #FORMAT}
     */
    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * Writes the letter as a DOCX package to {@code out}, its styles set at the
     * {@link Density#of(Letter, Brand) density} that fits a letter slightly too long for one page
     * on one (the PDF renderer makes the same choice). The caller owns the stream: it is
     * flushed, not closed. Characters that XML cannot hold (control characters such as U+0001)
     * are dropped and reported as a warning; everything else, including emoji, right-to-left and
     * CJK text, is kept exactly.
     *
     * @param letter the letter; never null
     * @param out    where the document goes; never null
     * @return no warnings, or one saying how many characters were dropped
     * @throws IOException when writing to {@code out} fails
     */
    @Override
    public RenderResult render(Letter letter, OutputStream out) throws IOException {
        Objects.requireNonNull(letter, "letter must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Density density = Density.of(letter, parts.brand);
        LetterPackage letterParts = new LetterPackage(parts, letter, density);
        XmlWriter document = letterParts.document();
        XmlWriter relationships = letterParts.relationships();
        XmlWriter header = letterParts.runningHeader();
        XmlWriter core = letterParts.coreProperties();

        LocalDateTime time = entryTime(letter.date());
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(new KeepOpen(out), 1 << 16))) {
            put(zip, time, BrandParts.CONTENT_TYPES, parts.contentTypes);
            put(zip, time, BrandParts.PACKAGE_RELS, parts.packageRels);
            put(zip, time, BrandParts.CORE, core.toBytes());
            put(zip, time, BrandParts.APP, parts.app);
            put(zip, time, BrandParts.DOCUMENT, document.toBytes());
            put(zip, time, BrandParts.DOCUMENT_RELS, relationships.toBytes());
            put(zip, time, BrandParts.STYLES, parts.styles(density));
            put(zip, time, BrandParts.NUMBERING, parts.numbering);
            put(zip, time, BrandParts.SETTINGS, parts.settings);
            put(zip, time, BrandParts.FONT_TABLE, parts.fontTable);
            put(zip, time, BrandParts.FIRST_HEADER, parts.firstHeader);
            put(zip, time, BrandParts.RUNNING_HEADER, header.toBytes());
            put(zip, time, BrandParts.FIRST_FOOTER, parts.firstFooter);
            put(zip, time, BrandParts.RUNNING_FOOTER, parts.runningFooter);
            if (parts.logo != null) {
                putStored(zip, time, "word/" + parts.logo.partName(), parts.logo);
            }
        }
        int dropped = document.dropped() + parts.dropped;
        int first = document.dropped() > 0 ? document.firstDropped() : parts.firstDropped;
        if (dropped == 0 && core.dropped() > 0) {
            dropped = core.dropped();
            first = core.firstDropped();
        }
        return dropped == 0 ? RenderResult.ok() : new RenderResult(List.of(droppedWarning(dropped, first)));
    }

    static String droppedWarning(int count, int first) {
        return String.format(
                Locale.ROOT,
                "dropped %d control character%s that a DOCX file cannot hold (the first was U+%04X)",
                count,
                count == 1 ? "" : "s",
                first);
    }

    /** The letter's date at midnight, kept inside the range zip timestamps can hold. */
    private static LocalDateTime entryTime(LocalDate date) {
        LocalDate earliest = LocalDate.of(1980, 1, 1);
        LocalDate latest = LocalDate.of(2107, 12, 31);
        LocalDate d = date.isBefore(earliest) ? earliest : date.isAfter(latest) ? latest : date;
        return d.atStartOfDay();
    }

    private static void put(ZipOutputStream zip, LocalDateTime time, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Images are compressed already: store them as they are, with the CRC computed once. */
    private static void putStored(ZipOutputStream zip, LocalDateTime time, String name, Logo logo) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(logo.bytes().length);
        entry.setCompressedSize(logo.bytes().length);
        entry.setCrc(logo.crc());
        zip.putNextEntry(entry);
        zip.write(logo.bytes());
        zip.closeEntry();
    }

    @Override
    public String toString() {
        return "DocxRenderer[" + parts.brand.name() + "]";
    }

    /** Lets the zip stream be closed (releasing its deflater) while the caller's stream stays open. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
