package dev.letterpress.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.docx.DocxRenderer;
import dev.letterpress.docx.SampleLetters;
import dev.letterpress.model.Brand;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Letter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxTextTest {

    @Test
    void readsARenderedLetterInReadingOrder(@TempDir Path dir) throws IOException {
        Path file = Files.write(
                dir.resolve("letter.docx"),
                render(DocxRenderer.create(SampleLetters.brand()), SampleLetters.standard()));

        assertThat(DocxText.extract(file))
                .isEqualTo(""
                        + "Ada Lovelace\n"
                        + "Python backend specialist (6 years)\n"
                        + "ada@example.com \u00B7 +44 20 7946 0000 \u00B7 London, UK\n"
                        + "github.com/ada \u00B7 linkedin.com/in/ada\n"
                        + "November 29, 2026\n"
                        + "Grace Hopper\nAcme Payments\nBerlin, Germany\nRef: BE-2291\n"
                        + SampleLetters.SUBJECT + "\n"
                        + "Dear Grace Hopper,\n"
                        + "I am applying for the Senior Backend Developer role at Acme Payments. For six years I have built Python "
                        + "services on AWS that move money reliably, and I would like to bring that experience to your platform team.\n"
                        + "Tech stack\n"
                        + "- Python (6 years): Django and FastAPI services\n"
                        + "- PostgreSQL (5 years): tuned a 4 TB orders cluster\n"
                        + "- Kafka (3 years): event-driven order pipeline\n"
                        + "Impact\n"
                        + "At my current company I rebuilt the order pipeline as event-driven services on Kafka and cut p95 latency "
                        + "from 320 ms to 45 ms while handling 10,000,000 requests/day. My open-source ledger service ledgerline "
                        + "shows how I design gRPC APIs and test them.\n"
                        + "I would welcome the chance to discuss how I can help Acme Payments scale its payment APIs.\n"
                        + "Kind regards,\n"
                        + "Ada Lovelace\n"
                        + "ada@example.com \u00B7 +44 20 7946 0000\ngithub.com/ada\n");
    }

    @Test
    void readsAHandWrittenDocumentWithTablesAndTypedBullets() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Dear team,");
            doc.createParagraph();
            doc.createParagraph().createRun().setText("\u2022 Built a Kafka pipeline");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Skill");
            table.getRow(0).getCell(1).setText("Years");
            doc.createParagraph().createRun().setText("Best, Ada");
            doc.write(out);
        }

        assertThat(DocxText.extract(new ByteArrayInputStream(out.toByteArray()), "mine.docx"))
                .isEqualTo("Dear team,\n- Built a Kafka pipeline\nSkill\nYears\nBest, Ada\n");
    }

    @Test
    void rejectsAFileThatIsNotAZipArchive() {
        assertThatThrownBy(() -> DocxText.extract(stream("Dear Hiring Manager,"), "letter.docx"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("letter.docx: not a DOCX file (not a zip archive)");
    }

    @Test
    void rejectsAnOldWordDocument() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertThatThrownBy(() -> DocxText.extract(new ByteArrayInputStream(ole2), "old.doc"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("old.doc: not a DOCX file (an old Word .doc or an encrypted document: save it as .docx)");
    }

    @Test
    void rejectsAZipThatIsNotAnOfficeDocument() throws IOException {
        byte[] zip = zip("notes.txt", "hello".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> DocxText.extract(new ByteArrayInputStream(zip), "notes.zip"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("notes.zip: not a DOCX file (a zip archive, but not an Office document)");
    }

    @Test
    void rejectsAnOfficeDocumentThatIsNotWord() throws IOException {
        String sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<Types xmlns=\"" + "http://schemas.openxmlformats.org/package/2006/content-types" + "\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + sheet + "\"/></Types>");
            entry(
                    zip,
                    "_rels/.rels",
                    "<Relationships xmlns=\"" + "http://schemas.openxmlformats.org/package/2006/relationships" + "\">"
                            + "<Relationship Id=\"rId1\" Type=\""
                            + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<workbook/>");
        }

        assertThatThrownBy(() -> DocxText.extract(new ByteArrayInputStream(bytes.toByteArray()), "sheet.xlsx"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("sheet.xlsx: not a DOCX file (an Office document, but not a Word document: " + sheet + ")");
    }

    @Test
    void rejectsAZipBombByItsCompressionRatio(@TempDir Path dir) throws IOException {
        Path bomb = Files.write(dir.resolve("bomb.docx"), bomb(8 * 1024 * 1024));
        long packed;
        try (ZipFile zip = new ZipFile(bomb.toFile())) {
            packed = zip.getEntry("word/document.xml").getCompressedSize();
        }

        assertThatThrownBy(() -> DocxText.extract(bomb))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(bomb + ": not a safe DOCX file (word/document.xml unpacks to " + (8L * 1024 * 1024 / packed)
                        + " times its packed size: a zip bomb?)");
    }

    @Test
    void stopsUnpackingAZipBombAtTheSizeLimit() throws IOException {
        byte[] bomb = bomb(40 * 1024 * 1024);

        assertThat(bomb.length).isLessThan(100_000);
        assertThatThrownBy(() -> DocxText.extract(new ByteArrayInputStream(bomb), "bomb.docx"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "bomb.docx: not a safe DOCX file (word/document.xml unpacks to more than 16 MB: a zip bomb?)");
    }

    @Test
    void refusesInputLargerThan20Megabytes() {
        InputStream endless = new InputStream() {
            private long left = DocxText.MAX_BYTES + 1;

            @Override
            public int read() {
                return left-- > 0 ? 'P' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                left -= n;
                return n;
            }
        };

        assertThatThrownBy(() -> DocxText.extract(endless, "huge.docx"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("huge.docx: the document is larger than 20 MB; a letter is far smaller");
    }

    @Test
    void namesAMissingFile(@TempDir Path dir) {
        Path missing = dir.resolve("missing.docx");

        assertThatThrownBy(() -> DocxText.extract(missing))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(missing + ": file not found");
    }

    @Test
    void readsTheMinimalLetter() throws IOException {
        byte[] docx = render(DocxRenderer.create(Brand.defaults()), SampleLetters.minimal());

        assertThat(DocxText.extract(new ByteArrayInputStream(docx), "minimal.docx"))
                .isEqualTo(
                        "Lin Chen\nNovember 29, 2026\nHiring Manager\nGlobex\nBackend Engineer\nDear Hiring Manager,\n"
                                + "I would like to join Globex as a backend engineer.\nBest regards,\nLin Chen\n");
    }

    /** A DOCX-looking zip whose document is {@code size} bytes of one repeated character. */
    private static byte[] bomb(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<Types xmlns=\"" + "http://schemas.openxmlformats.org/package/2006/content-types" + "\"/>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (int written = 0; written < size; written += chunk.length) {
                zip.write(chunk, 0, Math.min(chunk.length, size - written));
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] render(DocxRenderer renderer, Letter letter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(letter, out);
        return out.toByteArray();
    }
}
