package dev.letterpress.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfWriter;
import dev.letterpress.model.Brand;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Letter;
import dev.letterpress.pdf.Letters;
import dev.letterpress.pdf.PdfRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfTextTest {
    private static final PdfRenderer RENDERER =
            PdfRenderer.builder(Brand.defaults()).systemFonts(false).build();

    @TempDir
    Path temp;

    @Test
    void readsTheTextOfALetterFileInReadingOrder() throws IOException {
        Path file = temp.resolve("letter.pdf");
        Files.write(file, render(Letters.typical()));

        String text = PdfText.extract(file);

        assertThat(text)
                .startsWith("Zoë Łukasiewicz-Núñez\nPython backend specialist (6 years)\n")
                .contains(
                        "\n\nNovember 29, 2026\n\n",
                        "\nTech stack\n• Python (6 years): Django",
                        "with Иван Петров's platform team.")
                .endsWith("Zoë Łukasiewicz-Núñez\nzoe@example.com  ·  +44 20 7946 0000\ngithub.com/zoe-ln\n");
    }

    @Test
    void readsTheSameTextFromAStream() throws IOException {
        Path file = temp.resolve("letter.pdf");
        Files.write(file, render(Letters.typical()));

        try (InputStream in = Files.newInputStream(file)) {
            assertThat(PdfText.extract(in, "letter.pdf")).isEqualTo(PdfText.extract(file));
        }
    }

    @Test
    void rejectsAMissingFile() {
        Path file = temp.resolve("nowhere.pdf");

        assertThatThrownBy(() -> PdfText.extract(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ": file not found");
    }

    @Test
    void rejectsAFileThatIsNotAPdf() {
        assertThatThrownBy(() -> extract("notes.pdf", "Dear Hiring Manager,\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("notes.pdf: is not a PDF file (it does not start with %PDF-)");
    }

    @Test
    void rejectsATruncatedPdf() throws IOException {
        byte[] pdf = render(Letters.typical());
        byte[] half = Arrays.copyOf(pdf, pdf.length / 2);

        assertThatThrownBy(() -> extract("half.pdf", half))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("half.pdf: is damaged or truncated and cannot be read as a PDF (");
    }

    @Test
    void rejectsAPasswordProtectedPdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(render(Letters.typical()))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
        }

        assertThatThrownBy(() -> extract("locked.pdf", out.toByteArray()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("locked.pdf: is protected by a password; save a copy without a password and try again");
    }

    @Test
    void rejectsAScanWithoutText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.open();
        try (InputStream logo = PdfTextTest.class.getResourceAsStream("/logo.png")) {
            doc.add(Image.getInstance(logo.readAllBytes()));
        }
        doc.close();

        assertThatThrownBy(() -> extract("scan.pdf", out.toByteArray()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("scan.pdf: has no extractable text (is it a scanned image?)");
    }

    @Test
    void rejectsInputLargerThanTheLimitWithoutReadingIt() {
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        InputStream huge = new InputStream() {
            private long left = PdfText.MAX_BYTES + 1L;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                long at = PdfText.MAX_BYTES + 1L - left--;
                return at < header.length ? header[(int) at] : ' ';
            }
        };

        assertThatThrownBy(() -> PdfText.extract(huge, "huge.pdf"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("huge.pdf: is larger than 20 MiB; a letter is far smaller");
    }

    @Test
    void rejectsAPdfOfTenThousandPagesAsSoonAsItIsOpened() throws IOException {
        byte[] pdf = HostilePdfs.pages(10_000);

        assertThatThrownBy(() -> extract("pages.pdf", pdf))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("pages.pdf: has 10000 pages; a letter has one or two (at most 20 are read)");
    }

    @Test
    void readsTwentyPages() throws IOException {
        assertThatThrownBy(() -> extract("blank.pdf", HostilePdfs.pages(PdfText.MAX_PAGES)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("blank.pdf: has no extractable text (is it a scanned image?)");
    }

    @Test
    void stopsReadingTextThatInflatesPastTheLimitWhileReadingIt() throws IOException {
        byte[] pdf = HostilePdfs.text("A".repeat(1000), 50_000);
        assertThat(pdf.length).isLessThan(1_000_000);

        assertThatThrownBy(() -> extract("bomb.pdf", pdf))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("bomb.pdf: has more than 100,000 characters of text; a letter is far shorter");
    }

    @Test
    void readsTextUpToTheLimit() throws IOException {
        String text = extract("full.pdf", HostilePdfs.text("A".repeat(2000), 50));

        assertThat(text.replace("\n", "").length()).isEqualTo(PdfText.MAX_CHARS);
        assertThat(text.replace("\n", "").replace("A", "")).isEmpty();
    }

    @Test
    void readingAPdfWithoutEmbeddedFontsWritesNoFontCache() throws IOException {
        String before = System.getProperty("pdfbox.fontcache");
        System.setProperty("pdfbox.fontcache", temp.toString());
        try {
            assertThat(extract("helvetica.pdf", HostilePdfs.text("Dear team", 1)))
                    .isEqualTo("Dear team\n");
        } finally {
            if (before == null) {
                System.clearProperty("pdfbox.fontcache");
            } else {
                System.setProperty("pdfbox.fontcache", before);
            }
        }
        assertThat(temp.resolve(".pdfbox.cache")).doesNotExist();
        assertThat(FontMappers.instance()).isInstanceOf(BundledFonts.class);
    }

    private static String extract(String name, byte[] bytes) {
        return PdfText.extract(new ByteArrayInputStream(bytes), name);
    }

    private static byte[] render(Letter letter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(letter, out);
        return out.toByteArray();
    }
}
