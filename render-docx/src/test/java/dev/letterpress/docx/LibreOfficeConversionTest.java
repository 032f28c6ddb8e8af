package dev.letterpress.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.letterpress.model.Block;
import dev.letterpress.model.Letter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof that a real word processor opens our files: LibreOffice converts generated letters to
 * PDF, and the PDFs hold the letters' text, links and page count. Skipped where {@code soffice} or
 * {@code pdftotext} is not installed ({@code .ci/run} installs both).
 */
class LibreOfficeConversionTest {
    private static final long TIMEOUT_SECONDS = 240;

    @TempDir
    static Path dir;

    private static Path standardPdf;
    private static Path hostilePdf;
    private static Path longPdf;

    @BeforeAll
    static void convertSampleLettersOnce() throws Exception {
        assumeTrue(onPath("soffice"), "soffice (LibreOffice) is not installed: skipping the conversion test");
        assumeTrue(onPath("pdftotext"), "pdftotext (poppler-utils) is not installed: skipping the conversion test");
        DocxRenderer renderer = DocxRenderer.create(SampleLetters.brand());
        List<String> command = new ArrayList<>(List.of(
                "soffice",
                "-env:UserInstallation="
                        + dir.resolve("lo-" + UUID.randomUUID()).toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString()));
        for (String name : List.of("standard", "hostile", "long")) {
            Letter letter = name.equals("standard")
                    ? SampleLetters.standard()
                    : name.equals("hostile") ? SampleLetters.hostile() : SampleLetters.longLetter();
            Path docx = Files.write(dir.resolve(name + ".docx"), DocxParts.render(renderer, letter));
            command.add(docx.toString());
        }
        Process soffice = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        if (!soffice.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            soffice.destroyForcibly();
            throw new AssertionError("soffice did not finish within " + TIMEOUT_SECONDS + " s");
        }
        standardPdf = dir.resolve("standard.pdf");
        hostilePdf = dir.resolve("hostile.pdf");
        longPdf = dir.resolve("long.pdf");
        assertThat(List.of(standardPdf, hostilePdf, longPdf))
                .as(Files.readString(dir.resolve("soffice.log")))
                .allMatch(Files::isRegularFile);
    }

    @Test
    void convertsALetterWithAllItsText() throws Exception {
        String text = flat(pdfText(standardPdf));

        Letter letter = SampleLetters.standard();
        assertThat(text)
                .contains(
                        "Ada Lovelace",
                        "Python backend specialist (6 years)",
                        "ada@example.com \u00B7 +44 20 7946 0000 \u00B7 London, UK",
                        "github.com/ada \u00B7 linkedin.com/in/ada",
                        "November 29, 2026",
                        "Grace Hopper",
                        "Acme Payments",
                        "Ref: BE-2291",
                        letter.subject(),
                        letter.salutation(),
                        letter.closing(),
                        "Northwind Code Academy \u00B7 Career Services \u00B7 careers@northwind.example");
        for (Block block : letter.blocks()) {
            for (String line : blockTexts(block)) {
                assertThat(text).contains(line);
            }
        }
        assertThat(pdfText(standardPdf).split("\f")).as("pages").hasSize(1);
        assertThat(text).doesNotContain("Page 1 of");
    }

    @Test
    void keepsTheLinksInThePdf() throws IOException {
        String pdf = new String(Files.readAllBytes(standardPdf), StandardCharsets.ISO_8859_1);

        assertThat(pdf)
                .contains(
                        "/URI(" + SampleLetters.PROJECT + ")",
                        "/URI(" + SampleLetters.GITHUB + ")",
                        "/URI(mailto:ada@example.com)",
                        "/URI(https://www.linkedin.com/in/ada)");
    }

    @Test
    void convertsMarkupEmojiCjkAndRightToLeftText() throws Exception {
        String text = flat(pdfText(hostilePdf)).replaceAll("[\u200E\u200F\u202A-\u202E\u2066-\u2069]", "");

        assertThat(text)
                .contains(
                        SampleLetters.MARKUP,
                        SampleLetters.EMOJI,
                        SampleLetters.CJK,
                        "Backend <Engineer> & \"Friends\"",
                        "a <link> & more",
                        "bellherevertical tab");
        for (String word : (SampleLetters.ARABIC + " " + SampleLetters.HEBREW).split(" ")) {
            assertThat(text).contains(word);
        }
    }

    @Test
    void flowsALongLetterOntoASecondPageWithRunningHeaderAndPageNumbers() throws Exception {
        String text = pdfText(longPdf);
        String[] pages = text.split("\f");

        assertThat(pages).hasSize(2);
        assertThat(flat(pages[0]))
                .startsWith("Ada Lovelace Python backend specialist")
                .doesNotContain("Page 1 of 2");
        assertThat(flat(pages[1])).startsWith("Ada Lovelace").contains("Page 2 of 2", "Kind regards, Ada Lovelace");
    }

    private static List<String> blockTexts(Block block) {
        if (block instanceof Block.Heading) {
            return List.of(((Block.Heading) block).text());
        }
        if (block instanceof Block.Paragraph) {
            return List.of(Letter.runs(((Block.Paragraph) block).runs()));
        }
        List<String> items = new ArrayList<>();
        for (Block.ListItem item : ((Block.BulletList) block).items()) {
            items.add(Letter.runs(item.runs()));
        }
        return items;
    }

    /** Whitespace (line wraps) collapsed to single spaces. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String pdfText(Path pdf) throws IOException, InterruptedException {
        Path txt = Path.of(pdf.toString().replace(".pdf", ".txt"));
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return Files.readString(txt, StandardCharsets.UTF_8);
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
