package dev.letterpress.docx;

import static dev.letterpress.docx.BrandParts.CORE;
import static dev.letterpress.docx.BrandParts.DOCUMENT_RELS;
import static dev.letterpress.docx.BrandParts.NUMBERING;
import static dev.letterpress.docx.BrandParts.STYLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.model.Brand;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Letter;
import dev.letterpress.model.LetterRenderer;
import dev.letterpress.model.Margins;
import dev.letterpress.model.PageSize;
import dev.letterpress.model.RenderResult;
import dev.letterpress.model.Renderers;
import dev.letterpress.model.RgbColor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxRendererTest {
    private static final DocxRenderer BRANDED = DocxRenderer.create(SampleLetters.brand());
    private static final String PARAGRAPH_STYLES = "//w:p/w:pPr/w:pStyle/@w:val";

    @Test
    void givesEveryParagraphANamedStyleInReadingOrder() {
        DocxParts docx = DocxParts.of(BRANDED, SampleLetters.standard());

        assertThat(docx.document("count(//w:p[not(w:pPr/w:pStyle)])")).isEqualTo("0");
        assertThat(docx.documentValues(PARAGRAPH_STYLES))
                .containsExactly(
                        "SenderName",
                        "SenderHeadline",
                        "SenderContact",
                        "SenderContact",
                        "LetterheadLogo",
                        "AccentRule",
                        "Date",
                        "Recipient",
                        "Subject",
                        "Salutation",
                        "BodyText",
                        "Heading1",
                        "ListBullet",
                        "ListBullet",
                        "ListBullet",
                        "Heading1",
                        "BodyText",
                        "BodyText",
                        "Closing",
                        "Signature",
                        "SignatureDetails",
                        "DocumentEnd");
    }

    @Test
    void definesEveryStyleTheDocumentUses() {
        DocxParts docx = DocxParts.of(BRANDED, SampleLetters.standard());

        List<String> defined = docx.values(STYLES, "//w:style/@w:styleId");
        assertThat(defined).containsAll(new HashSet<>(docx.documentValues(PARAGRAPH_STYLES)));
        assertThat(defined).containsAll(new HashSet<>(docx.documentValues("//w:rStyle/@w:val")));
        assertThat(defined).doesNotHaveDuplicates();
        assertThat(docx.eval(STYLES, "//w:style[@w:styleId='BodyText']/w:name/@w:val"))
                .isEqualTo("Body Text");
        assertThat(docx.eval(STYLES, "//w:style[@w:styleId='ListBullet']/w:name/@w:val"))
                .isEqualTo("List Bullet");
        assertThat(docx.eval(STYLES, "//w:style[@w:styleId='Heading1']/w:pPr/w:outlineLvl/@w:val"))
                .isEqualTo("0");
    }

    @Test
    void writesTheLetterTextInTheRightParagraphs() {
        DocxParts docx = DocxParts.of(BRANDED, SampleLetters.standard());

        assertThat(text(docx, "SenderName")).containsExactly("Ada Lovelace");
        assertThat(text(docx, "SenderContact"))
                .containsExactly(
                        "ada@example.com \u00B7 +44 20 7946 0000 \u00B7 London, UK",
                        "github.com/ada \u00B7 linkedin.com/in/ada");
        assertThat(text(docx, "Date")).containsExactly("November 29, 2026");
        assertThat(docx.documentValues("//w:p[w:pPr/w:pStyle/@w:val='Recipient']//w:t"))
                .containsExactly("Grace Hopper", "Acme Payments", "Berlin, Germany", "Ref: BE-2291");
        assertThat(docx.document("count(//w:p[w:pPr/w:pStyle/@w:val='Recipient']//w:br)"))
                .isEqualTo("3");
        assertThat(text(docx, "Subject")).containsExactly(SampleLetters.SUBJECT);
        assertThat(text(docx, "Heading1")).containsExactly("Tech stack", "Impact");
        assertThat(text(docx, "ListBullet"))
                .containsExactly(
                        "Python (6 years): Django and FastAPI services",
                        "PostgreSQL (5 years): tuned a 4 TB orders cluster",
                        "Kafka (3 years): event-driven order pipeline");
        assertThat(text(docx, "Closing")).containsExactly("Kind regards,");
        assertThat(text(docx, "Signature")).containsExactly("Ada Lovelace");
        assertThat(text(docx, "SignatureDetails"))
                .containsExactly("ada@example.com \u00B7 +44 20 7946 0000github.com/ada");
    }

    @Test
    void rendersBoldAndItalicRunsFromTheLetter() {
        DocxParts docx = DocxParts.of(BRANDED, SampleLetters.standard());

        assertThat(docx.documentValues("//w:body/w:p//w:r[w:rPr/w:b]/w:t"))
                .containsExactly(
                        "Python services on AWS", "Python (6 years)", "PostgreSQL (5 years)", "Kafka (3 years)");
        assertThat(docx.documentValues("//w:r[w:rPr/w:i]/w:t")).containsExactly("cut p95 latency from 320 ms to 45 ms");
    }

    @Test
    void rendersBulletsAsNumberingList() {
        DocxParts docx = DocxParts.of(BRANDED, SampleLetters.standard());

        String items = "//w:p[w:pPr/w:pStyle/@w:val='ListBullet']";
        assertThat(docx.documentValues(items + "/w:pPr/w:numPr/w:numId/@w:val")).containsExactly("1", "1", "1");
        assertThat(docx.documentValues(items + "/w:pPr/w:numPr/w:ilvl/@w:val")).containsExactly("0", "0", "0");
        assertThat(docx.document("count(//w:t[contains(., '\u2022')])")).isEqualTo("0");
        assertThat(docx.eval(NUMBERING, "//w:num[@w:numId='1']/w:abstractNumId/@w:val"))
                .isEqualTo("0");
        String level0 = "//w:abstractNum[@w:abstractNumId='0']/w:lvl[@w:ilvl='0']";
        assertThat(docx.eval(NUMBERING, level0 + "/w:numFmt/@w:val")).isEqualTo("bullet");
        assertThat(docx.eval(NUMBERING, level0 + "/w:lvlText/@w:val")).isEqualTo("\u2022");
        assertThat(docx.eval(NUMBERING, level0 + "/w:pPr/w:ind/@w:hanging")).isEqualTo("284");
        assertThat(docx.eval(STYLES, "//w:style[@w:styleId='ListBullet']/w:pPr/w:numPr/w:numId/@w:val"))
                .isEqualTo("1");
    }

    @Test
    void writesLinksAsHyperlinksWithExternalRelationships() {
        DocxParts docx = DocxParts.of(BRANDED, SampleLetters.standard());

        List<String> ids = docx.documentValues("//w:hyperlink/@r:id");
        List<String> targets = new ArrayList<>();
        for (String id : ids) {
            targets.add(docx.relationshipTarget(id));
            assertThat(docx.eval(DOCUMENT_RELS, "//rel:Relationship[@Id='" + id + "']/@TargetMode"))
                    .isEqualTo("External");
            assertThat(docx.eval(DOCUMENT_RELS, "//rel:Relationship[@Id='" + id + "']/@Type"))
                    .isEqualTo(Ns.REL + "hyperlink");
        }
        assertThat(targets)
                .containsExactly(
                        "mailto:ada@example.com",
                        SampleLetters.GITHUB,
                        "https://www.linkedin.com/in/ada",
                        SampleLetters.PROJECT,
                        "mailto:ada@example.com",
                        SampleLetters.GITHUB);
        assertThat(docx.documentValues("//w:hyperlink//w:t"))
                .containsExactly(
                        "ada@example.com",
                        "github.com/ada",
                        "linkedin.com/in/ada",
                        "ledgerline",
                        "ada@example.com",
                        "github.com/ada");
        assertThat(docx.document("count(//w:hyperlink/w:r[not(w:rPr/w:rStyle/@w:val='Hyperlink')])"))
                .isEqualTo("0");
        assertThat(docx.eval(STYLES, "//w:style[@w:styleId='Hyperlink']/@w:type"))
                .isEqualTo("character");
        assertThat(docx.eval(STYLES, "//w:style[@w:styleId='Hyperlink']/w:name/@w:val"))
                .isEqualTo("Hyperlink");
    }

    @Test
    void embedsTheLogoOnceScaledTo16MillimetresHigh() throws IOException {
        DocxParts docx = DocxParts.of(BRANDED, SampleLetters.standard());

        String embed = docx.document("//w:p[w:pPr/w:pStyle/@w:val='LetterheadLogo']//a:blip/@r:embed");
        assertThat(docx.relationshipTarget(embed)).isEqualTo("media/logo.png");
        assertThat(docx.eval(DOCUMENT_RELS, "//rel:Relationship[@Id='" + embed + "']/@Type"))
                .isEqualTo(Ns.REL + "image");
        assertThat(docx.part("word/media/logo.png")).isEqualTo(Files.readAllBytes(SampleLetters.resource("logo.png")));
        assertThat(docx.eval(BrandParts.CONTENT_TYPES, "//ct:Default[@Extension='png']/@ContentType"))
                .isEqualTo("image/png");
        // the test logo is 412 x 160 pixels: 16 mm high is 576000 EMU, so 41.2 mm wide
        assertThat(docx.document("//wp:inline/wp:extent/@cy")).isEqualTo("576000");
        assertThat(docx.document("//wp:inline/wp:extent/@cx")).isEqualTo("1483200");
        assertThat(docx.document("//wp:inline/wp:docPr/@descr")).isEqualTo("Northwind Code Academy logo");
    }

    @Test
    void narrowsAVeryWideLogoTo45Millimetres(@TempDir Path dir) throws IOException {
        Path wide = image(dir, "wide.jpg", "jpeg", 1000, 100);
        DocxParts docx = DocxParts.of(
                DocxRenderer.create(Brand.defaults().toBuilder().logo(wide).build()), SampleLetters.standard());

        assertThat(docx.document("//wp:inline/wp:extent/@cx")).isEqualTo("1620000");
        assertThat(docx.document("//wp:inline/wp:extent/@cy")).isEqualTo("162000");
        assertThat(docx.parts).containsKey("word/media/logo.jpeg");
        assertThat(docx.eval(BrandParts.CONTENT_TYPES, "//ct:Default[@Extension='jpeg']/@ContentType"))
                .isEqualTo("image/jpeg");
    }

    @Test
    void leavesTheLetterheadAsPlainParagraphsWithoutALogo() {
        DocxParts docx = DocxParts.of(DocxRenderer.create(Brand.defaults()), SampleLetters.minimal());

        assertThat(docx.document("count(//w:tbl[.//w:pStyle/@w:val='SenderName'])"))
                .isEqualTo("0");
        assertThat(docx.document("count(//w:drawing)")).isEqualTo("0");
        assertThat(docx.parts.keySet()).noneMatch(name -> name.startsWith("word/media/"));
        assertThat(docx.documentValues(PARAGRAPH_STYLES))
                .containsExactly(
                        "SenderName",
                        "AccentRule",
                        "Date",
                        "Recipient",
                        "Subject",
                        "Salutation",
                        "BodyText",
                        "Closing",
                        "Signature",
                        "DocumentEnd");
        assertThat(docx.documentValues("//w:p[w:pPr/w:pStyle/@w:val='Recipient']//w:t"))
                .containsExactly("Hiring Manager", "Globex");
    }

    @Test
    void setsA4PageAndMarginsFromTheBrand() {
        Brand brand = Brand.defaults().toBuilder()
                .margins(new Margins(25, 18, 20, 22))
                .build();
        DocxParts docx = DocxParts.of(DocxRenderer.create(brand), SampleLetters.minimal());

        assertThat(docx.document("//w:body/w:sectPr/w:pgSz/@w:w")).isEqualTo("11906");
        assertThat(docx.document("//w:body/w:sectPr/w:pgSz/@w:h")).isEqualTo("16838");
        assertThat(docx.document("//w:sectPr/w:pgMar/@w:top")).isEqualTo("1417");
        assertThat(docx.document("//w:sectPr/w:pgMar/@w:right")).isEqualTo("1020");
        assertThat(docx.document("//w:sectPr/w:pgMar/@w:bottom")).isEqualTo("1134");
        assertThat(docx.document("//w:sectPr/w:pgMar/@w:left")).isEqualTo("1247");
    }

    @Test
    void setsUsLetterPageFromTheBrand() {
        Brand brand = Brand.defaults().toBuilder()
                .pageSize(PageSize.LETTER)
                .margins(Margins.all(25.4))
                .build();
        DocxParts docx = DocxParts.of(DocxRenderer.create(brand), SampleLetters.minimal());

        assertThat(docx.document("//w:sectPr/w:pgSz/@w:w")).isEqualTo("12240");
        assertThat(docx.document("//w:sectPr/w:pgSz/@w:h")).isEqualTo("15840");
        assertThat(docx.document("//w:sectPr/w:pgMar/@w:left")).isEqualTo("1440");
        assertThat(docx.document("//w:sectPr/w:pgMar/@w:top")).isEqualTo("1440");
    }

    @Test
    void usesTheBrandColoursInStyles() {
        Brand brand = Brand.defaults().toBuilder()
                .primaryColor(RgbColor.parse("#8A1538"))
                .accentColor(RgbColor.parse("#F2A900"))
                .build();
        DocxParts docx = DocxParts.of(DocxRenderer.create(brand), SampleLetters.minimal());

        assertThat(docx.eval(STYLES, "//w:style[@w:styleId='SenderName']/w:rPr/w:color/@w:val"))
                .isEqualTo("8A1538");
        assertThat(docx.eval(STYLES, "//w:style[@w:styleId='SenderName']/w:rPr/w:sz/@w:val"))
                .isEqualTo("40");
        assertThat(docx.eval(STYLES, "count(//w:style[@w:styleId='SenderName']/w:rPr/w:b)"))
                .isEqualTo("1");
        assertThat(docx.eval(STYLES, "//w:style[@w:styleId='Subject']/w:rPr/w:color/@w:val"))
                .isEqualTo("8A1538");
        assertThat(docx.eval(STYLES, "//w:style[@w:styleId='Heading1']/w:rPr/w:color/@w:val"))
                .isEqualTo("8A1538");
        assertThat(docx.eval(STYLES, "//w:style[@w:styleId='AccentRule']/w:pPr/w:pBdr/w:bottom/@w:color"))
                .isEqualTo("F2A900");
        assertThat(docx.eval(STYLES, "//w:style[@w:styleId='AccentRule']/w:pPr/w:pBdr/w:bottom/@w:sz"))
                .isEqualTo("12");
        // Links in the primary colour, as in the PDF (an accent such as amber is too light for text).
        assertThat(docx.eval(STYLES, "//w:style[@w:styleId='Hyperlink']/w:rPr/w:color/@w:val"))
                .isEqualTo("8A1538");
        assertThat(docx.eval(STYLES, "//w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val"))
                .isEqualTo("21");
        assertThat(docx.eval(STYLES, "//w:docDefaults/w:rPrDefault/w:rPr/w:color/@w:val"))
                .isEqualTo("222222");
        assertThat(docx.eval(STYLES, "//w:docDefaults/w:pPrDefault/w:pPr/w:spacing/@w:line"))
                .isEqualTo("276");
    }

    @Test
    void writesArialForLiberationSansWithTheLiberationFamilyAsFallback() {
        DocxParts docx = DocxParts.of(DocxRenderer.create(Brand.defaults()), SampleLetters.minimal());

        assertThat(docx.eval(STYLES, "//w:rPrDefault/w:rPr/w:rFonts/@w:ascii")).isEqualTo("Arial");
        assertThat(docx.eval(STYLES, "//w:rPrDefault/w:rPr/w:rFonts/@w:hAnsi")).isEqualTo("Arial");
        assertThat(docx.eval(STYLES, "//w:rPrDefault/w:rPr/w:rFonts/@w:cs")).isEqualTo("Arial");
        assertThat(docx.values(BrandParts.FONT_TABLE, "//w:font/@w:name")).containsExactly("Arial");
        assertThat(docx.eval(BrandParts.FONT_TABLE, "//w:font[@w:name='Arial']/w:altName/@w:val"))
                .isEqualTo("Liberation Sans");
        assertThat(docx.eval(BrandParts.FONT_TABLE, "//w:font[@w:name='Arial']/w:family/@w:val"))
                .isEqualTo("swiss");
    }

    @Test
    void writesTimesNewRomanForLiberationSerif() {
        DocxParts docx = DocxParts.of(
                DocxRenderer.create(
                        Brand.defaults().toBuilder().font("Liberation Serif").build()),
                SampleLetters.minimal());

        assertThat(docx.eval(STYLES, "//w:rPrDefault/w:rPr/w:rFonts/@w:ascii")).isEqualTo("Times New Roman");
        assertThat(docx.eval(BrandParts.FONT_TABLE, "//w:font[@w:name='Times New Roman']/w:altName/@w:val"))
                .isEqualTo("Liberation Serif");
    }

    @Test
    void writesOtherFamiliesAsNamedWithACoreFontFallback() {
        DocxParts docx = DocxParts.of(
                DocxRenderer.create(
                        Brand.defaults().toBuilder().font("Source Serif Pro").build()),
                SampleLetters.minimal());

        assertThat(docx.eval(STYLES, "//w:rPrDefault/w:rPr/w:rFonts/@w:ascii")).isEqualTo("Source Serif Pro");
        assertThat(docx.eval(NUMBERING, "//w:lvl[@w:ilvl='0']/w:rPr/w:rFonts/@w:ascii"))
                .isEqualTo("Source Serif Pro");
        assertThat(docx.values(BrandParts.FONT_TABLE, "//w:font/@w:name"))
                .containsExactly("Source Serif Pro", "Times New Roman");
        assertThat(docx.eval(BrandParts.FONT_TABLE, "//w:font[@w:name='Source Serif Pro']/w:altName/@w:val"))
                .isEqualTo("Times New Roman");
        assertThat(docx.eval(BrandParts.FONT_TABLE, "//w:font[@w:name='Source Serif Pro']/w:family/@w:val"))
                .isEqualTo("roman");
    }

    @Test
    void setsTheDocumentLanguageFromTheBrandLocale() {
        DocxParts english = DocxParts.of(DocxRenderer.create(Brand.defaults()), SampleLetters.minimal());
        DocxParts german = DocxParts.of(
                DocxRenderer.create(
                        Brand.defaults().toBuilder().locale(Locale.GERMANY).build()),
                SampleLetters.minimal());

        assertThat(english.eval(STYLES, "//w:rPrDefault/w:rPr/w:lang/@w:val")).isEqualTo("en-US");
        assertThat(german.eval(STYLES, "//w:rPrDefault/w:rPr/w:lang/@w:val")).isEqualTo("de-DE");
        assertThat(german.eval(CORE, "//dc:language")).isEqualTo("de-DE");
        assertThat(german.document("//w:p[w:pPr/w:pStyle/@w:val='Date']//w:t")).isEqualTo("29. November 2026");
        assertThat(german.eval(BrandParts.SETTINGS, "//w:themeFontLang/@w:val")).isEqualTo("de-DE");
    }

    @Test
    void makesParagraphsRightToLeftForAnArabicBrand() {
        Brand arabic = Brand.defaults().toBuilder()
                .locale(Locale.forLanguageTag("ar-EG"))
                .build();
        DocxParts docx = DocxParts.of(DocxRenderer.create(arabic), SampleLetters.minimal());

        assertThat(docx.eval(STYLES, "count(//w:pPrDefault/w:pPr/w:bidi)")).isEqualTo("1");
        assertThat(docx.eval(STYLES, "//w:rPrDefault/w:rPr/w:lang/@w:bidi")).isEqualTo("ar-EG");
        String body = "//w:p[w:pPr/w:pStyle/@w:val='BodyText']";
        assertThat(docx.documentValues(body + "//w:r[not(w:rPr/w:rtl)]/w:t"))
                .containsExactly("I would like to join Globex as a backend engineer");
        assertThat(docx.documentValues(body + "//w:r[w:rPr/w:rtl]/w:t")).containsExactly(".");
    }

    @Test
    void fillsTheDocumentProperties() {
        DocxParts docx = DocxParts.of(BRANDED, SampleLetters.standard());

        assertThat(docx.eval(CORE, "//dc:title")).isEqualTo(SampleLetters.SUBJECT);
        assertThat(docx.eval(CORE, "//dc:creator")).isEqualTo("Ada Lovelace");
        assertThat(docx.eval(CORE, "//dc:subject"))
                .isEqualTo("Application for Senior Backend Developer at Acme Payments");
        assertThat(docx.eval(CORE, "//cp:keywords")).isEqualTo("Acme Payments, Senior Backend Developer");
        assertThat(docx.eval(CORE, "//dc:language")).isEqualTo("en-US");
        assertThat(docx.eval(CORE, "//cp:lastModifiedBy")).isEqualTo("Letterpress");
        assertThat(docx.eval(CORE, "//dcterms:created")).isEqualTo("2026-11-29T00:00:00Z");
        assertThat(docx.eval(CORE, "//dcterms:modified")).isEqualTo("2026-11-29T00:00:00Z");
        assertThat(docx.eval(BrandParts.APP, "/*[local-name()='Properties']/*[local-name()='Application']"))
                .isEqualTo("Letterpress");
    }

    @Test
    void usesTheLetterheadOnPageOneAndARunningHeaderWithPageNumbersAfter() {
        DocxParts docx = DocxParts.of(BRANDED, SampleLetters.standard());

        assertThat(docx.document("count(//w:sectPr/w:titlePg)")).isEqualTo("1");
        String first = docx.document("//w:sectPr/w:headerReference[@w:type='first']/@r:id");
        String running = docx.document("//w:sectPr/w:headerReference[@w:type='default']/@r:id");
        assertThat(docx.relationshipTarget(first)).isEqualTo("header1.xml");
        assertThat(docx.relationshipTarget(running)).isEqualTo("header2.xml");
        assertThat(docx.values(BrandParts.FIRST_HEADER, "//w:t")).isEmpty();
        assertThat(docx.eval(BrandParts.RUNNING_HEADER, "//w:p/w:pPr/w:pStyle/@w:val"))
                .isEqualTo("RunningHead");
        assertThat(docx.eval(BrandParts.RUNNING_HEADER, "//w:t")).isEqualTo("Ada Lovelace");

        String footer = "Northwind Code Academy \u00B7 Career Services \u00B7 careers@northwind.example";
        assertThat(docx.relationshipTarget(docx.document("//w:sectPr/w:footerReference[@w:type='first']/@r:id")))
                .isEqualTo("footer1.xml");
        assertThat(docx.values(BrandParts.FIRST_FOOTER, "//w:t")).containsExactly(footer);
        assertThat(docx.values(BrandParts.RUNNING_FOOTER, "//w:t")).containsExactly(footer, "Page ", "2", " of ", "2");
        assertThat(docx.values(BrandParts.RUNNING_FOOTER, "//w:instrText")).containsExactly(" PAGE ", " NUMPAGES ");
        assertThat(docx.values(BrandParts.RUNNING_FOOTER, PARAGRAPH_STYLES)).containsExactly("Footer", "Footer");
    }

    @Test
    void keepsMarkupEmojiCjkAndRightToLeftTextExactly() {
        DocxParts docx = DocxParts.of(BRANDED, SampleLetters.hostile());
        String body = "//w:p[w:pPr/w:pStyle/@w:val='BodyText']";

        assertThat(paragraphTexts(docx, body))
                .containsExactly(
                        SampleLetters.MARKUP,
                        SampleLetters.EMOJI,
                        "Name: " + SampleLetters.CJK + ", greeting: " + SampleLetters.ARABIC + ", "
                                + SampleLetters.HEBREW + ".",
                        "bellherevertical tab");
        assertThat(text(docx, "Subject")).containsExactly("Backend <Engineer> & \"Friends\"");
        assertThat(docx.documentValues("//w:r[w:rPr/w:rtl]/w:t"))
                .containsExactly(SampleLetters.ARABIC + ", " + SampleLetters.HEBREW);
        assertThat(docx.documentValues("//w:r[w:rPr/w:rFonts/@w:hint='eastAsia']/w:t"))
                .containsExactly(SampleLetters.CJK);
        assertThat(docx.relationshipTarget(
                        docx.document("//w:p[w:pPr/w:pStyle/@w:val='ListBullet']/w:hyperlink/@r:id")))
                .isEqualTo("https://example.com/?a=1&b=2");
        assertThat(text(docx, "ListBullet")).containsExactly("a <link> & more");
        assertThat(docx.eval(CORE, "//dc:title")).isEqualTo("Backend <Engineer> & \"Friends\"");
    }

    @Test
    void dropsControlCharactersAndSaysSo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderResult result = BRANDED.render(SampleLetters.hostile(), out);

        assertThat(result.warnings())
                .containsExactly("dropped 2 control characters that a DOCX file cannot hold (the first was U+0001)");
        String document =
                new String(new DocxParts(out.toByteArray()).part(BrandParts.DOCUMENT), StandardCharsets.UTF_8);
        assertThat(document).doesNotContain("\u0001", "\u000B", "&#1;", "&#11;");
        assertThat(new DocxParts(out.toByteArray()).eval(BrandParts.DOCUMENT, "string(/)"))
                .contains("bellherevertical tab", SampleLetters.EMOJI, SampleLetters.MARKUP);
    }

    @Test
    void reportsNoWarningsForACleanLetter() throws IOException {
        assertThat(BRANDED.render(SampleLetters.standard(), new ByteArrayOutputStream()))
                .isSameAs(RenderResult.ok());
    }

    @Test
    void givesByteIdenticalFilesForTheSameLetterAndBrand() {
        byte[] first = DocxParts.render(BRANDED, SampleLetters.standard());
        byte[] again = DocxParts.render(BRANDED, SampleLetters.standard());
        byte[] otherRenderer = DocxParts.render(DocxRenderer.create(SampleLetters.brand()), SampleLetters.standard());

        assertThat(again).isEqualTo(first);
        assertThat(otherRenderer).isEqualTo(first);
    }

    @Test
    void datesEveryZipEntryWithTheLetterDate() {
        DocxParts docx = DocxParts.of(BRANDED, SampleLetters.standard());

        assertThat(docx.times.values()).containsOnly(LocalDateTime.of(2026, 11, 29, 0, 0));
        assertThat(docx.parts.keySet())
                .containsExactly(
                        "[Content_Types].xml",
                        "_rels/.rels",
                        "docProps/core.xml",
                        "docProps/app.xml",
                        "word/document.xml",
                        "word/_rels/document.xml.rels",
                        "word/styles.xml",
                        "word/numbering.xml",
                        "word/settings.xml",
                        "word/fontTable.xml",
                        "word/header1.xml",
                        "word/header2.xml",
                        "word/footer1.xml",
                        "word/footer2.xml",
                        "word/media/logo.png");
    }

    @Test
    void declaresEveryPartInTheContentTypes() {
        DocxParts docx = DocxParts.of(BRANDED, SampleLetters.standard());

        for (String part : docx.parts.keySet()) {
            if (part.endsWith(".xml") && !part.equals(BrandParts.CONTENT_TYPES)) {
                assertThat(docx.eval(BrandParts.CONTENT_TYPES, "count(//ct:Override[@PartName='/" + part + "'])"))
                        .as(part)
                        .isEqualTo("1");
            }
        }
    }

    @Test
    void rendersTheSameBytesFromManyThreadsAtOnce() throws Exception {
        byte[] expected = DocxParts.render(BRANDED, SampleLetters.longLetter());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> DocxParts.render(BRANDED, SampleLetters.longLetter())));
            }
            for (Future<byte[]> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void flushesButDoesNotCloseTheCallersStream() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        BRANDED.render(SampleLetters.minimal(), out);

        assertThat(closed[0]).isFalse();
        assertThat(out.toByteArray()).isEqualTo(DocxParts.render(BRANDED, SampleLetters.minimal()));
    }

    @Test
    void isFoundByFormatName() {
        LetterRenderer renderer = Renderers.create("DOCX", Brand.defaults());

        assertThat(renderer).isInstanceOf(DocxRenderer.class);
        assertThat(renderer.format()).isEqualTo("docx");
        assertThat(Renderers.available()).containsKey("docx");
    }

    @Test
    void rejectsAMissingLogoNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("missing.png");

        assertThatThrownBy(() -> DocxRenderer.create(
                        Brand.defaults().toBuilder().logo(missing).build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(missing + " logo: logo file not found");
    }

    @Test
    void rejectsALogoThatIsNotAnImage(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("logo.png"), "<svg/>");

        assertThatThrownBy(() -> DocxRenderer.create(
                        Brand.defaults().toBuilder().logo(text).build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(text + " logo: the logo must be a PNG or JPEG image");
    }

    @Test
    void rejectsADamagedLogo(@TempDir Path dir) throws IOException {
        byte[] png = Files.readAllBytes(SampleLetters.resource("logo.png"));
        Path damaged = Files.write(dir.resolve("damaged.png"), Arrays.copyOf(png, 40));

        assertThatThrownBy(() -> DocxRenderer.create(
                        Brand.defaults().toBuilder().logo(damaged).build()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).field())
                        .isEqualTo("logo"))
                .hasMessageStartingWith(damaged + " logo: the logo is a damaged or unsupported PNG image (");
    }

    @Test
    void rendersEveryNodeKindOfTheSampleLetter() {
        Letter letter = SampleLetters.standard();
        DocxParts docx = DocxParts.of(BRANDED, letter);

        assertThat(letter.blocks())
                .extracting(b -> b.getClass().getSimpleName())
                .contains("Paragraph", "Heading", "BulletList");
        assertThat(docx.document("count(//w:hyperlink)")).isEqualTo("6");
        assertThat(docx.document("count(//w:rPr/w:b)")).isEqualTo("4");
        assertThat(docx.document("count(//w:rPr/w:i)")).isEqualTo("1");
    }

    private static List<String> text(DocxParts docx, String style) {
        return paragraphTexts(docx, "//w:p[w:pPr/w:pStyle/@w:val='" + style + "']");
    }

    /** The text of each paragraph an XPath selects: its w:t elements joined. */
    private static List<String> paragraphTexts(DocxParts docx, String paragraphs) {
        List<String> texts = new ArrayList<>();
        int count = Integer.parseInt(docx.document("count(" + paragraphs + ")"));
        for (int i = 1; i <= count; i++) {
            texts.add(String.join("", docx.documentValues("(" + paragraphs + ")[" + i + "]//w:t")));
        }
        return texts;
    }

    private static Path image(Path dir, String name, String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Path file = dir.resolve(name);
        ImageIO.write(image, format, file.toFile());
        return file;
    }
}
