package dev.letterpress.docx;

import static dev.letterpress.docx.BrandParts.STYLES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Block;
import dev.letterpress.model.Inline;
import dev.letterpress.model.Letter;
import dev.letterpress.typeset.Density;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the DOCX renderer fits letters on pages: the shared density decision and the kept-together sign-off. */
class PageFitTest {
    private static final DocxRenderer BRANDED = DocxRenderer.create(SampleLetters.brand());
    private static final String SIGN_OFF = "//w:body/w:tbl[w:tr/w:tc/w:p[1]/w:pPr/w:pStyle/@w:val='Closing']";

    private static Letter letter(int paragraphs) {
        Letter.Builder b = SampleLetters.base();
        for (int i = 1; i <= paragraphs; i++) {
            b.block(Block.Paragraph.of(Inline.text("Paragraph " + i + ". Rebuilt the order pipeline as event-driven "
                    + "services on Kafka, which cut the p95 latency from 320 ms to 45 ms at ten million requests a day, "
                    + "and kept 99.97% uptime through three peak seasons.")));
        }
        return b.build();
    }

    @Test
    void keepsTheClosingWithTheSignatureInARowThatCannotSplit() {
        DocxParts docx = DocxParts.of(BRANDED, SampleLetters.standard());

        assertThat(docx.document("count(" + SIGN_OFF + ")")).isEqualTo("1");
        assertThat(docx.document("count(" + SIGN_OFF + "/w:tr/w:trPr/w:cantSplit)"))
                .isEqualTo("1");
        assertThat(docx.documentValues(SIGN_OFF + "//w:p/w:pPr/w:pStyle/@w:val"))
                .containsExactly("Closing", "Signature", "SignatureDetails");
        assertThat(docx.eval(STYLES, "count(//w:style[@w:styleId='Closing']/w:pPr/w:keepNext)"))
                .isEqualTo("1");
        assertThat(docx.eval(STYLES, "count(//w:style[@w:styleId='Closing']/w:pPr/w:keepLines)"))
                .isEqualTo("1");
        assertThat(docx.eval(STYLES, "count(//w:style[@w:styleId='Signature']/w:pPr/w:keepNext)"))
                .isEqualTo("1");
    }

    @Test
    void endsTheDocumentWithAParagraphTooLowToStartAPage() {
        DocxParts docx = DocxParts.of(BRANDED, SampleLetters.standard());

        assertThat(docx.document("local-name(//w:body/w:p[last()]/preceding-sibling::*[1])"))
                .isEqualTo("tbl");
        assertThat(docx.document("local-name(//w:body/w:p[last()]/following-sibling::*[1])"))
                .isEqualTo("sectPr");
        assertThat(docx.document("//w:body/w:p[last()]/w:pPr/w:pStyle/@w:val")).isEqualTo("DocumentEnd");
        assertThat(docx.document("count(//w:body/w:p[last()]/w:r)")).isEqualTo("0");
        String spacing = "//w:style[@w:styleId='DocumentEnd']/w:pPr/w:spacing/";
        assertThat(docx.eval(STYLES, spacing + "@w:line")).isEqualTo("20");
        assertThat(docx.eval(STYLES, spacing + "@w:lineRule")).isEqualTo("exact");
    }

    @Test
    void setsTheStylesAtTheDensityTheSharedDecisionChose() {
        Set<Density> seen = EnumSet.noneOf(Density.class);
        for (int paragraphs = 1; paragraphs <= 16; paragraphs++) {
            Letter letter = letter(paragraphs);
            Density density = Density.of(letter, SampleLetters.brand());
            seen.add(density);
            DocxParts docx = DocxParts.of(BRANDED, letter);
            String context = paragraphs + " paragraphs at " + density;

            assertThat(docx.eval(STYLES, "//w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val"))
                    .as(context)
                    .isEqualTo(Integer.toString(Math.round(density.bodySize() * 2)));
            assertThat(docx.eval(STYLES, "//w:style[@w:styleId='BodyText']/w:pPr/w:spacing/@w:after"))
                    .as(context)
                    .isEqualTo(Integer.toString(Math.round(density.paragraphAfter() * 20)));
            assertThat(docx.eval(STYLES, "//w:style[@w:styleId='Closing']/w:pPr/w:spacing/@w:after"))
                    .as(context)
                    .isEqualTo(Integer.toString(Math.round(density.signatureGap() * 20)));
            assertThat(docx.eval(STYLES, "//w:style[@w:styleId='Heading1']/w:pPr/w:spacing/@w:before"))
                    .as(context)
                    .isEqualTo(Integer.toString(Math.round(density.headingBefore() * 20)));
        }
        assertThat(seen).containsExactlyInAnyOrder(Density.values());
    }

    @Test
    void writesTheStandardLetterAtNormalDensityAsDesigned() {
        DocxParts docx = DocxParts.of(BRANDED, SampleLetters.standard());

        assertThat(docx.eval(STYLES, "//w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val"))
                .isEqualTo("21");
        assertThat(docx.eval(STYLES, "//w:style[@w:styleId='AccentRule']/w:pPr/w:spacing/@w:after"))
                .isEqualTo("280");
        assertThat(docx.eval(STYLES, "//w:style[@w:styleId='Date']/w:pPr/w:spacing/@w:after"))
                .isEqualTo("240");
        assertThat(docx.eval(STYLES, "//w:style[@w:styleId='Closing']/w:pPr/w:spacing/@w:after"))
                .isEqualTo("360");
    }
}
