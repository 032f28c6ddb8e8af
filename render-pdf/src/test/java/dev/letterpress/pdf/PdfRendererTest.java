package dev.letterpress.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.model.Block;
import dev.letterpress.model.Brand;
import dev.letterpress.model.Inline;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Letter;
import dev.letterpress.model.PageSize;
import dev.letterpress.model.Renderers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRendererTest {
    private static final Brand BRAND = Brand.defaults().toBuilder()
            .footer("Letterpress Academy · Career Services")
            .build();
    /** Output that does not depend on the fonts of the machine. */
    private static final PdfRenderer RENDERER =
            PdfRenderer.builder(BRAND).systemFonts(false).build();

    @TempDir
    Path temp;

    @Test
    void writesEveryPartOfTheLetterAsTextInReadingOrder() {
        String text = Pdfs.render(RENDERER, Letters.typical()).text();

        assertThat(text).isEqualTo("""
                Zoë Łukasiewicz-Núñez
                Python backend specialist (6 years)
                zoe@example.com  ·  +44 20 7946 0000  ·  London, UK
                github.com/zoe-ln  ·  linkedin.com/in/zoe-ln

                November 29, 2026

                Αλέξανδρος Παπαδόπουλος
                Acme Cloud
                Berlin, Germany
                Ref: BE-2026-17

                Senior Backend Engineer | Python + AWS | Microservices at Scale

                Dear Αλέξανδρος Παπαδόπουλος,
                I am writing to apply for the Senior Backend Engineer role at Acme Cloud. For six years I have built
                event-driven Python services on AWS, most recently with Иван Петров's platform team.

                Tech stack
                • Python (6 years): Django and FastAPI services handling 10 million requests/day, with a p95 latency
                cut from 320 ms to 45 ms.
                • PostgreSQL (5 years): tuned a 4 TB orders cluster with partial indexes and read replicas.
                • AWS (4 years): ECS, Lambda, SQS and RDS, deployed through GitHub Actions with Terraform.

                Selected work
                My open-source ledger service is on GitHub; I would be glad to walk you through its design. You can
                reach me at zoe@example.com.
                Thank you for your time and consideration.
                Kind regards,

                Zoë Łukasiewicz-Núñez
                zoe@example.com  ·  +44 20 7946 0000
                github.com/zoe-ln
                Letterpress Academy · Career Services
                """);
    }

    @Test
    void embedsEveryFontAsUnicodeSubset() throws IOException {
        Pdfs.Rendered pdf = Pdfs.render(RENDERER, Letters.typical());

        try (PDDocument doc = pdf.open()) {
            List<PDFont> fonts = pdf.fonts(doc);
            assertThat(fonts)
                    .extracting(f -> f.getName().substring(7))
                    .containsExactlyInAnyOrder("LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic");
            for (PDFont font : fonts) {
                assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSans.*");
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.getCOSObject().getCOSName(COSName.ENCODING)).isEqualTo(COSName.IDENTITY_H);
                assertThat(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE))
                        .isNotNull();
                PDCIDFont cid = ((PDType0Font) font).getDescendantFont();
                assertThat(cid.getFontDescriptor().getFontFile2())
                        .as(font.getName() + " embedded")
                        .isNotNull();
                assertThat(font.isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void makesLinksClickable() {
        List<String> targets = Pdfs.render(RENDERER, Letters.typical()).linkTargets();

        assertThat(targets)
                .containsExactly(
                        "mailto:zoe@example.com",
                        "https://github.com/zoe-ln",
                        "https://www.linkedin.com/in/zoe-ln",
                        "https://github.com/zoe-ln/ledgerline",
                        "mailto:zoe@example.com",
                        "mailto:zoe@example.com",
                        "https://github.com/zoe-ln");
    }

    @Test
    void describesTheDocumentInItsMetadata() throws IOException {
        try (PDDocument doc = Pdfs.render(RENDERER, Letters.typical()).open()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Senior Backend Engineer | Python + AWS | Microservices at Scale");
            assertThat(info.getAuthor()).isEqualTo("Zoë Łukasiewicz-Núñez");
            assertThat(info.getSubject()).isEqualTo("Application for Senior Backend Engineer at Acme Cloud");
            assertThat(info.getKeywords()).isEqualTo("Acme Cloud, Senior Backend Engineer");
            assertThat(info.getCreator()).isEqualTo("Letterpress");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
            assertThat(info.getModificationDate().toInstant()).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-US");
        }
    }

    @Test
    void takesTheDocumentLanguageFromTheBrandLocale() throws IOException {
        PdfRenderer german = PdfRenderer.builder(
                        BRAND.toBuilder().locale(java.util.Locale.GERMANY).build())
                .systemFonts(false)
                .build();
        Pdfs.Rendered pdf = Pdfs.render(german, Letters.typical());

        try (PDDocument doc = pdf.open()) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("de-DE");
        }
        assertThat(pdf.text()).contains("\n29. November 2026\n");
    }

    @Test
    void givesIdenticalBytesForTheSameLetterAndBrand() throws Exception {
        PdfRenderer withLogo = PdfRenderer.builder(
                        BRAND.toBuilder().logo(logo()).build())
                .systemFonts(false)
                .build();
        byte[] first = Pdfs.render(withLogo, Letters.typical()).bytes();
        byte[] again = Pdfs.render(withLogo, Letters.typical()).bytes();
        byte[] anotherRenderer = Pdfs.render(
                        PdfRenderer.builder(BRAND.toBuilder().logo(logo()).build())
                                .systemFonts(false)
                                .build(),
                        Letters.typical())
                .bytes();

        assertThat(again).isEqualTo(first);
        assertThat(anotherRenderer).isEqualTo(first);
    }

    @Test
    void neverBreaksALineBetweenALinkAndThePunctuationAroundIt() {
        for (int words = 0; words < 24; words++) {
            Letter letter = Letters.base(Letters.NAME)
                    .block(Block.Paragraph.of(
                            Inline.text("One project worth a look" + " is".repeat(words) + " pg-lag-exporter ("),
                            Inline.link("github.com/kwatanabe", "https://github.com/kwatanabe"),
                            Inline.text("). Thank you for reading.")))
                    .build();

            List<String> lines = Pdfs.render(RENDERER, letter).text().lines().toList();

            assertThat(lines)
                    .as("%d words", words)
                    .noneMatch(line -> line.endsWith("(") || line.startsWith(")") || line.startsWith("."));
            assertThat(String.join(" ", lines)).as("%d words", words).contains("(github.com/kwatanabe). Thank");
        }
    }

    @Test
    void givesIdenticalBytesWhenTheBrandsFilesLieInAnotherFolder() throws Exception {
        Path logo = logo();
        Path moved = Files.createDirectories(temp.resolve("elsewhere/brand")).resolve("another-name.png");
        Files.copy(logo, moved);
        byte[] here = Pdfs.render(
                        PdfRenderer.builder(BRAND.toBuilder().logo(logo).build())
                                .systemFonts(false)
                                .build(),
                        Letters.typical())
                .bytes();
        byte[] there = Pdfs.render(
                        PdfRenderer.builder(BRAND.toBuilder().logo(moved).build())
                                .systemFonts(false)
                                .build(),
                        Letters.typical())
                .bytes();

        assertThat(there).isEqualTo(here);
    }

    @Test
    void givesIdenticalBytesWhenThreadsShareTheRenderer() throws Exception {
        byte[] typical = Pdfs.render(RENDERER, Letters.typical()).bytes();
        byte[] twoPages = Pdfs.render(RENDERER, Letters.twoPages()).bytes();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Letter letter = i % 2 == 0 ? Letters.typical() : Letters.twoPages();
                results.add(pool.submit(() -> Pdfs.render(RENDERER, letter).bytes()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? typical : twoPages);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void givesEachLetterItsOwnDocumentIdAndSubsetTags() {
        String one = new String(
                Pdfs.render(RENDERER, Letters.typical()).bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        String other = new String(
                Pdfs.render(RENDERER, Letters.typical("Ada Lovelace")).bytes(),
                java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(documentId(one)).matches("[0-9a-f]{32}").isNotEqualTo(documentId(other));
        assertThat(Pdfs.render(RENDERER, Letters.typical()).fontNames())
                .doesNotContainAnyElementsOf(
                        Pdfs.render(RENDERER, Letters.typical("Ada Lovelace")).fontNames());
    }

    private static String documentId(String pdf) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/ID \\[<([0-9a-f]{32})><([0-9a-f]{32})>]")
                .matcher(pdf);
        assertThat(m.find()).as("trailer /ID").isTrue();
        assertThat(m.group(2)).isEqualTo(m.group(1));
        return m.group(1);
    }

    @Test
    void flowsALongLetterOntoASecondPageWithSmallLetterheadAndPageNumbers() {
        Pdfs.Rendered pdf = Pdfs.render(RENDERER, Letters.twoPages());

        assertThat(pdf.pages()).isEqualTo(2);
        String first = pdf.pageText(1);
        String second = pdf.pageText(2);
        assertThat(first)
                .startsWith("Zoë Łukasiewicz-Núñez\nPython backend specialist (6 years)\n")
                .endsWith("Letterpress Academy · Career Services\n")
                .doesNotContain("Page 1");
        assertThat(second)
                .startsWith("Zoë Łukasiewicz-Núñez\n")
                .doesNotContain("Python backend specialist")
                .endsWith("Zoë Łukasiewicz-Núñez\nzoe@example.com  ·  +44 20 7946 0000\ngithub.com/zoe-ln\n"
                        + "Letterpress Academy · Career Services\nPage 2 of 2\n");
        assertThat(pdf.text())
                .contains("Paragraph 5 begins here.", "Paragraph 5 ends here.", "Second point of section 5");
    }

    @Test
    void keepsEveryHeadingWithTheTextAfterIt() {
        for (int filler = 0; filler < 14; filler++) {
            Letter.Builder b = Letters.base(Letters.NAME);
            for (int i = 0; i < filler; i++) {
                b.block(Block.Paragraph.of(Inline.text("Filler paragraph " + i + " about event-driven services.")));
            }
            for (int i = 1; i <= 4; i++) {
                b.block(new Block.Heading("Heading " + i));
                b.block(Block.Paragraph.of(
                        Inline.text(("Body of section " + i + " with a few sentences of text. ").repeat(8))));
            }
            Pdfs.Rendered pdf = Pdfs.render(RENDERER, b.build());
            for (int page = 1; page <= pdf.pages(); page++) {
                List<String> lines =
                        pdf.pageText(page).lines().filter(l -> !l.isBlank()).toList();
                List<String> body = lines.subList(0, lines.size() - (page == 1 ? 1 : 2)); // without the footer
                assertThat(body.get(body.size() - 1))
                        .as("last line of page %d with %d fillers", page, filler)
                        .doesNotStartWith("Heading");
            }
        }
    }

    @Test
    void usesThePageSizeOfTheBrand() throws IOException {
        PdfRenderer letterSize = PdfRenderer.builder(
                        BRAND.toBuilder().pageSize(PageSize.LETTER).build())
                .systemFonts(false)
                .build();

        try (PDDocument a4 = Pdfs.render(RENDERER, Letters.typical()).open();
                PDDocument letter = Pdfs.render(letterSize, Letters.typical()).open()) {
            PDRectangle a4Box = a4.getPage(0).getMediaBox();
            PDRectangle letterBox = letter.getPage(0).getMediaBox();
            assertThat(a4Box.getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(a4Box.getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(letterBox.getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(letterBox.getHeight()).isCloseTo(792f, org.assertj.core.data.Offset.offset(0.01f));
        }
    }

    @Test
    void drawsTheLogoOnce() throws IOException {
        PdfRenderer withLogo = PdfRenderer.builder(
                        BRAND.toBuilder().logo(logo()).build())
                .systemFonts(false)
                .build();

        try (PDDocument doc = Pdfs.render(withLogo, Letters.typical()).open()) {
            PDPage page = doc.getPage(0);
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            // the PNG's transparency travels as a soft mask beside it
            assertThat(images)
                    .filteredOn(image -> image.getCOSObject().containsKey(COSName.SMASK))
                    .singleElement()
                    .satisfies(image -> {
                        assertThat(image.getWidth()).isEqualTo(520);
                        assertThat(image.getHeight()).isEqualTo(160);
                    });
        }
    }

    @Test
    void embedsAJpegLogoAsItIs() throws IOException {
        Path jpeg = temp.resolve("logo.jpg");
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(300, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "jpg", jpeg.toFile());
        PdfRenderer renderer = PdfRenderer.builder(BRAND.toBuilder().logo(jpeg).build())
                .systemFonts(false)
                .build();

        try (PDDocument doc = Pdfs.render(renderer, Letters.typical()).open()) {
            PDPage page = doc.getPage(0);
            COSName name = page.getResources().getXObjectNames().iterator().next();
            PDImageXObject xobject = (PDImageXObject) page.getResources().getXObject(name);
            assertThat(xobject.getSuffix()).isEqualTo("jpg");
            assertThat(xobject.getWidth()).isEqualTo(300);
        }
    }

    @Test
    void rendersALetterWithoutAnyOptionalPart() {
        Letter bare = Letter.builder()
                .sender(new dev.letterpress.model.Sender("Ada Lovelace", null, null, null, null, null))
                .recipient(new dev.letterpress.model.Recipient(null, "Acme", "Engineer", null, null))
                .date(Letters.DATE)
                .subject("Engineer")
                .salutation("Dear Hiring Manager,")
                .block(Block.Paragraph.of(Inline.text("I would like to apply.")))
                .closing("Kind regards,")
                .signature(new dev.letterpress.model.Signature("Ada Lovelace", null, null, null))
                .build();

        Pdfs.Rendered pdf = Pdfs.render(
                PdfRenderer.builder(Brand.defaults()).systemFonts(false).build(), bare);

        assertThat(pdf.text()).isEqualTo("""
                Ada Lovelace

                November 29, 2026

                Hiring Manager
                Acme

                Engineer

                Dear Hiring Manager,
                I would like to apply.
                Kind regards,

                Ada Lovelace
                """);
        assertThat(pdf.linkTargets()).isEmpty();
    }

    @Test
    void warnsAboutCharactersNoFontHasAndLeavesThemOut() {
        Pdfs.Rendered pdf = Pdfs.render(RENDERER, Letters.withBody("Signed: 李小龍 \uD80C\uDC00 \uD83D\uDE00 done."));

        assertThat(pdf.result().warnings())
                .containsExactly("no font of the brand has the characters \"李小龍"
                        + "\uD80C\uDC00\uD83D\uDE00\" (U+674E, U+5C0F, U+9F8D, U+13000, U+1F600); they are missing from the PDF"
                        + " (give the brand a fallbackFonts font that has them)");
        assertThat(pdf.text()).contains("Signed:    done.");
    }

    @Test
    void dropsInvisibleFormatCharactersWithoutWarning() {
        Pdfs.Rendered pdf = Pdfs.render(RENDERER, Letters.withBody("Zero\u200Bwidth and soft\u00ADhyphen\uFE0F."));

        assertThat(pdf.result().warnings()).isEmpty();
    }

    @Test
    void drawsCjkWithTheBrandsFallbackFont() {
        Path cjk = Pdfs.cjkFont();
        PdfRenderer renderer = PdfRenderer.builder(
                        BRAND.toBuilder().fallbackFonts(List.of(cjk)).build())
                .systemFonts(false)
                .build();

        Pdfs.Rendered pdf = Pdfs.render(renderer, Letters.typical("李小龍"));

        assertThat(pdf.result().warnings()).isEmpty();
        assertThat(pdf.text()).startsWith("李小龍\n").contains("\n李小龍\n");
        assertThat(pdf.fontNames()).anyMatch(name -> name.matches("[A-Z]{6}\\+WenQuanYiMicroHei.*"));
    }

    @Test
    void drawsCjkWithAFontFromAnExtraFontFolder() {
        Path cjk = Pdfs.cjkFont();
        PdfRenderer renderer = PdfRenderer.builder(BRAND)
                .systemFonts(false)
                .fontFolder(cjk.getParent())
                .build();

        Pdfs.Rendered pdf = Pdfs.render(renderer, Letters.typical("李小龍"));

        assertThat(pdf.result().warnings()).isEmpty();
        assertThat(pdf.text()).startsWith("李小龍\n");
    }

    @Test
    void drawsCjkWithAnInstalledFontOnlyWhenSystemFontsAreEnabled() {
        Pdfs.cjkFont();
        Pdfs.Rendered pdf =
                Pdfs.render(PdfRenderer.builder(BRAND).systemFonts(true).build(), Letters.typical("李小龍"));

        assertThat(pdf.result().warnings()).isEmpty();
        assertThat(pdf.text()).startsWith("李小龍\n").contains("Dear Αλέξανδρος Παπαδόπουλος,");
    }

    @Test
    void neverLooksAtTheInstalledFontsByDefaultSoThatOutputIsTheSameOnEveryMachine() {
        Pdfs.cjkFont();
        Pdfs.Rendered pdf = Pdfs.render(PdfRenderer.create(BRAND), Letters.typical("李小龍"));

        assertThat(pdf.result().warnings())
                .singleElement()
                .asString()
                .startsWith("no font of the brand has the characters \"李小龍\"");
        assertThat(Pdfs.render(PdfRenderer.create(BRAND), Letters.typical("李小龍"))
                        .bytes())
                .isEqualTo(Pdfs.render(RENDERER, Letters.typical("李小龍")).bytes());
    }

    @Test
    void setsTextInTheSerifFamilyForSerifBrandFonts() {
        PdfRenderer serif = PdfRenderer.builder(
                        BRAND.toBuilder().font("Times New Roman").build())
                .systemFonts(false)
                .build();

        assertThat(Pdfs.render(serif, Letters.typical()).fontNames())
                .extracting(n -> n.substring(7))
                .containsExactlyInAnyOrder("LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic");
    }

    @Test
    void embedsTheBrandsOwnFontFileForEveryStyle() throws IOException {
        Path font = temp.resolve("brand.ttf");
        try (InputStream in = PdfRenderer.class.getResourceAsStream("fonts/LiberationSerif-Regular.ttf")) {
            Files.copy(in, font);
        }
        PdfRenderer renderer = PdfRenderer.builder(
                        BRAND.toBuilder().fontFile(font).build())
                .systemFonts(false)
                .build();

        Pdfs.Rendered pdf = Pdfs.render(renderer, Letters.typical());

        assertThat(pdf.fontNames()).extracting(n -> n.substring(7)).containsExactly("LiberationSerif");
        assertThat(pdf.text()).contains("Senior Backend Engineer | Python + AWS");
    }

    @Test
    void reportsEveryUnusableBrandResourceAtOnce() throws IOException {
        Path notAnImage = Files.writeString(temp.resolve("logo.png"), "not a picture");
        Path notAFont = Files.writeString(temp.resolve("fallback.ttf"), "not a font either");
        Brand brand = BRAND.toBuilder()
                .logo(notAnImage)
                .fontFile(temp.resolve("missing.ttf"))
                .fallbackFonts(List.of(notAFont))
                .build();

        assertThatThrownBy(() -> PdfRenderer.create(brand))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(temp.resolve("missing.ttf") + " fontFile: font file not found\n"
                        + notAFont + " fallbackFonts[0]: not a TrueType/OpenType font (" + notAFont
                        + " starts with neither a TrueType, OpenType nor collection header)\n"
                        + notAnImage + " logo: the logo must be a PNG or JPEG image");
    }

    @Test
    void isFoundByFormatName() {
        assertThat(Renderers.create("PDF", BRAND))
                .isInstanceOf(PdfRenderer.class)
                .extracting(r -> r.format())
                .isEqualTo("pdf");
    }

    @Test
    void givesPdftotextTheLettersWords() throws Exception {
        String pdftotext = Pdfs.tool("pdftotext");
        Path file = temp.resolve("letter.pdf");
        Files.write(file, Pdfs.render(RENDERER, Letters.typical()).bytes());

        String text = Pdfs.run(pdftotext, "-enc", "UTF-8", file.toString(), "-");

        assertThat(text)
                .contains(
                        "Zoë Łukasiewicz-Núñez",
                        "Αλέξανδρος Παπαδόπουλος",
                        "Иван Петров's platform team",
                        "Senior Backend Engineer | Python + AWS | Microservices at Scale",
                        "Tech stack",
                        "• PostgreSQL (5 years): tuned a 4 TB orders cluster",
                        "Kind regards,");
    }

    @Test
    void showsPdffontsOnlyEmbeddedSubsets() throws Exception {
        String pdffonts = Pdfs.tool("pdffonts");
        Path file = temp.resolve("letter.pdf");
        Files.write(file, Pdfs.render(RENDERER, Letters.typical()).bytes());

        List<String> rows = Pdfs.run(pdffonts, file.toString()).lines().skip(2).toList();

        assertThat(rows)
                .hasSize(3)
                .allSatisfy(row -> assertThat(row)
                        .matches("[A-Z]{6}\\+LiberationSans\\S*\\s+CID TrueType\\s+Identity-H\\s+yes yes yes .*"));
    }

    private static Path logo() {
        try {
            return Path.of(PdfRendererTest.class.getResource("/logo.png").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
