package dev.letterpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.letterpress.batch.Batch;
import dev.letterpress.docx.DocxRenderer;
import dev.letterpress.model.Brand;
import dev.letterpress.model.Letter;
import dev.letterpress.model.LetterRenderer;
import dev.letterpress.model.Profiles;
import dev.letterpress.model.RenderResult;
import dev.letterpress.pdf.PdfRenderer;
import dev.letterpress.review.PdfText;
import dev.letterpress.typeset.Density;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;

/**
 * Every letter of the bundled samples (the bootcamp cohort and the recruiter's bulk run) fits on
 * one page, and its DOCX and PDF are set at the same density.
 */
class SampleLettersFitTest {
    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Map<String, Brand> BRANDS = new ConcurrentHashMap<>();
    private static final Map<String, List<Letter>> LETTERS = new ConcurrentHashMap<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void composeTheSampleLetters() {
        for (String sample : List.of("cohort", "recruiter")) {
            Path folder = SAMPLES.resolve(sample);
            Brand brand = Profiles.readBrand(folder.resolve("brand.yaml"));
            Capture pdf = new Capture("pdf");
            Capture docx = new Capture("docx");
            Batch.Builder batch = Letterpress.builder()
                    .brand(brand)
                    .date(LocalDate.of(2026, 11, 30))
                    .build()
                    .batch()
                    .applications(folder.resolve("applications.csv"))
                    .renderer(pdf)
                    .renderer(docx)
                    .reviewer(null)
                    .threads(1)
                    .out(dir.resolve(sample));
            if (sample.equals("cohort")) {
                batch.candidates(folder.resolve("candidates"));
            } else {
                batch.candidate(folder.resolve("candidate.yaml"));
            }
            assertThat(batch.build().run().failed()).isZero();
            Set<Letter> letters = ConcurrentHashMap.newKeySet();
            letters.addAll(pdf.letters);
            letters.addAll(docx.letters);
            BRANDS.put(sample, brand);
            LETTERS.put(
                    sample,
                    letters.stream()
                            .sorted(Comparator.comparing(SampleLettersFitTest::name))
                            .toList());
        }
    }

    private static String name(Letter letter) {
        return letter.sender().name() + " → " + letter.recipient().company() + " ("
                + letter.recipient().jobTitle() + ")";
    }

    @ParameterizedTest
    @ValueSource(strings = {"cohort", "recruiter"})
    void rendersEverySampleLetterAsAOnePagePdf(String sample) {
        PdfRenderer pdf = PdfRenderer.create(BRANDS.get(sample));
        List<Letter> letters = LETTERS.get(sample);

        assertThat(letters).hasSizeGreaterThan(20);
        List<String> longer = new ArrayList<>();
        for (Letter letter : letters) {
            int pages = pages(render(pdf, letter));
            if (pages != 1) {
                longer.add(name(letter) + ": " + pages + " pages");
            }
        }
        assertThat(longer).as("letters longer than one page").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cohort", "recruiter"})
    void setsTheDocxAndThePdfOfEverySampleLetterAtTheSameDensity(String sample) {
        Brand brand = BRANDS.get(sample);
        PdfRenderer pdf = PdfRenderer.create(brand);
        DocxRenderer docx = DocxRenderer.create(brand);
        Set<Density> used = ConcurrentHashMap.newKeySet();
        for (Letter letter : LETTERS.get(sample)) {
            Density density = Density.of(letter, brand);
            used.add(density);

            assertThat(pdfBodySize(render(pdf, letter))).as(name(letter)).isEqualTo(density.bodySize());
            assertThat(docxBodyHalfPoints(render(docx, letter)))
                    .as(name(letter))
                    .isEqualTo(Integer.toString(Math.round(density.bodySize() * 2)));
        }
        assertThat(used)
                .as("the samples have one-page letters and letters tightened to fit")
                .contains(Density.NORMAL)
                .hasSizeGreaterThan(1);
    }

    @Test
    void convertsTheDocxOfHamidsHarbourlineLetterToOnePageWithLibreOffice() throws Exception {
        assumeTrue(onPath("soffice"), "soffice (LibreOffice) is not installed: skipping the DOCX page-count check");
        Letter letter = LETTERS.get("cohort").stream()
                .filter(l -> l.sender().name().equals("Hamid Rezaei")
                        && l.recipient().company().equals("Harbourline Bank"))
                .findFirst()
                .orElseThrow();
        Path docx = Files.write(
                dir.resolve("hamid-harbourline.docx"), render(DocxRenderer.create(BRANDS.get("cohort")), letter));
        Path out = Files.createDirectories(dir.resolve("converted"));
        Process soffice = new ProcessBuilder(
                        "soffice",
                        "-env:UserInstallation="
                                + dir.resolve("lo-" + UUID.randomUUID()).toUri(),
                        "--headless",
                        "--norestore",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        out.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        if (!soffice.waitFor(240, TimeUnit.SECONDS)) {
            soffice.destroyForcibly();
            throw new AssertionError("soffice did not finish within 240 s");
        }
        Path pdf = out.resolve("hamid-harbourline.pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).isRegularFile();

        PdfText.Content converted = PdfText.read(pdf);
        assertThat(converted.pages()).isEqualTo(1);
        assertThat(converted.text()).contains("Kind regards,", "hamid.rezaei@example.com");
    }

    private static byte[] render(LetterRenderer renderer, Letter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(letter, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font size of the salutation, the body size the PDF renderer chose. */
    private static float pdfBodySize(byte[] pdf) {
        List<Float> sizes = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.startsWith("Dear ") && sizes.isEmpty()) {
                        sizes.add(positions.get(0).getFontSize());
                    }
                }
            };
            stripper.setEndPage(1);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(sizes).as("the salutation").hasSize(1);
        return sizes.get(0);
    }

    /** The default run size of {@code word/styles.xml}, in half-points. */
    private static String docxBodyHalfPoints(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/styles.xml")) {
                    JAXPXPathEngine xpath = new JAXPXPathEngine();
                    xpath.setNamespaceContext(
                            Map.of("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"));
                    return xpath.evaluate(
                            "//w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val",
                            Input.fromByteArray(zip.readAllBytes()).build());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no word/styles.xml");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Records the letters the batch composes, and writes nothing. */
    private static final class Capture implements LetterRenderer {
        final Set<Letter> letters = ConcurrentHashMap.newKeySet();
        private final String format;

        Capture(String format) {
            this.format = format;
        }

        @Override
        public String format() {
            return format;
        }

        @Override
        public RenderResult render(Letter letter, OutputStream out) {
            letters.add(letter);
            return RenderResult.ok();
        }
    }
}
