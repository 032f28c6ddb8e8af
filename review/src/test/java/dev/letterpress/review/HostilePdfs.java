package dev.letterpress.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Generators of hostile PDFs, too big to keep as files: small to store, huge to read. */
final class HostilePdfs {
    private HostilePdfs() {}

    /** A PDF of {@code count} blank pages. */
    static byte[] pages(int count) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < count; i++) {
                doc.addPage(new PDPage());
            }
            return save(doc);
        }
    }

    /**
     * A one-page PDF whose text, in the non-embedded font Helvetica, is {@code lines} lines of
     * {@code text} (50 lines down the page, then again over them), deflated: a few kilobytes that
     * inflate to more than {@code lines × text.length()} bytes.
     */
    static byte[] text(String text, int lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDResources resources = new PDResources();
            COSName font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            PDStream content = new PDStream(doc);
            content.getCOSObject().setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream out = new DeflaterOutputStream(
                    content.getCOSObject().createRawOutputStream(), new Deflater(Deflater.BEST_COMPRESSION))) {
                for (int i = 0; i < lines; i++) {
                    out.write(("BT /" + font.getName() + " 12 Tf 72 " + (720 - i % 50 * 14) + " Td (" + text
                                    + ") Tj ET\n")
                            .getBytes(StandardCharsets.US_ASCII));
                }
            }
            page.setContents(content);
            return save(doc);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
