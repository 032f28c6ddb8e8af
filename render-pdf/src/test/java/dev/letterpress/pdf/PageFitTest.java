package dev.letterpress.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Block;
import dev.letterpress.model.Brand;
import dev.letterpress.model.Inline;
import dev.letterpress.model.Letter;
import dev.letterpress.typeset.Density;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** How the PDF renderer fits letters on pages: the shared density decision and the kept-together sign-off. */
class PageFitTest {
    private static final Brand BRAND = Brand.defaults().toBuilder()
            .footer("Letterpress Academy · Career Services")
            .build();
    private static final PdfRenderer RENDERER =
            PdfRenderer.builder(BRAND).systemFonts(false).build();
    private static final String SENTENCE = "Rebuilt the order pipeline as event-driven services on Kafka, which cut "
            + "the p95 latency from 320 ms to 45 ms at ten million requests a day. ";

    /**
     * The typical opening and a body of {@code sentences} sentences, three to a paragraph, with a
     * heading and two bullets before every fourth paragraph.
     */
    private static Letter letter(int sentences) {
        Letter.Builder b = Letters.base(Letters.NAME);
        for (int i = 1; sentences > 0; i++) {
            if (i % 4 == 0) {
                b.block(new Block.Heading("Section " + i));
                b.block(new Block.BulletList(List.of(
                        Block.ListItem.of(Inline.bold("Kafka"), Inline.text(" (4 years): " + SENTENCE)),
                        Block.ListItem.of(Inline.text("Point " + i)))));
            }
            int n = Math.min(3, sentences);
            b.block(Block.Paragraph.of(
                    Inline.text("Paragraph " + i + ". " + SENTENCE.repeat(n).strip())));
            sentences -= n;
        }
        return b.build();
    }

    private static Letter words(int count) {
        StringBuilder text = new StringBuilder();
        String[] vocabulary = SENTENCE.strip().split(" ");
        Letter.Builder b = Letters.base(Letters.NAME);
        for (int i = 0; i < count; i++) {
            text.append(vocabulary[i % vocabulary.length]).append(' ');
            if (i % 90 == 89) {
                b.block(Block.Paragraph.of(Inline.text(text.toString().strip())));
                text.setLength(0);
            }
        }
        if (text.length() > 0) {
            b.block(Block.Paragraph.of(Inline.text(text.toString().strip())));
        }
        return b.build();
    }

    @Test
    void fitsEveryLetterOnOnePageThatTheSharedDecisionSaysFitsAndKeepsTheSignOffTogether() {
        Set<Density> seen = EnumSet.noneOf(Density.class);
        int onePage = 0;
        for (int sentences = 1; sentences <= 40; sentences++) {
            Letter letter = letter(sentences);
            Density density = Density.of(letter, BRAND);
            Pdfs.Rendered pdf = Pdfs.render(RENDERER, letter);
            String context = sentences + " sentences at " + density;

            assertThat(bodySize(pdf)).as(context).isEqualTo(density.bodySize());
            if (density.fitsOnePage(letter, BRAND)) {
                assertThat(pdf.pages()).as(context).isEqualTo(1);
                seen.add(density);
                onePage = sentences;
            } else {
                assertThat(density).as(context).isEqualTo(Density.NORMAL);
                assertThat(pdf.pages()).as(context).isGreaterThan(1);
            }
            String last = lines(pdf.pageText(pdf.pages()));
            assertThat(last).as(context).contains("Kind regards,\n" + Letters.NAME + "\n" + Letters.EMAIL);
        }
        assertThat(seen).as("densities used by letters that fit").containsExactlyInAnyOrder(Density.values());
        assertThat(onePage).as("the longest letter that fits").isLessThan(40);
    }

    @Test
    void flowsANineHundredWordLetterOntoTwoPagesWithTheClosingBesideTheSignature() {
        Letter letter = words(900);
        Pdfs.Rendered pdf = Pdfs.render(RENDERER, letter);

        assertThat(Density.of(letter, BRAND)).isEqualTo(Density.NORMAL);
        assertThat(pdf.pages()).isEqualTo(2);
        assertThat(pdf.pageText(1)).doesNotContain("Kind regards,").doesNotContain("Page 1 of");
        assertThat(lines(pdf.pageText(2)))
                .startsWith(Letters.NAME + "\n")
                .contains("Kind regards,\n" + Letters.NAME + "\n" + Letters.EMAIL
                        + "  ·  +44 20 7946 0000\ngithub.com/zoe-ln\n")
                .endsWith("Page 2 of 2\n");
    }

    @Test
    void neverEndsWithAnEmptyPageWhenTheSignatureFillsTheFirst() {
        for (int sentences = 12; sentences <= 30; sentences++) {
            Pdfs.Rendered pdf = Pdfs.render(
                    RENDERER, Letters.withBody(SENTENCE.repeat(sentences).strip()));
            for (int page = 2; page <= pdf.pages(); page++) {
                // more than the small letterhead, the footer and the page number
                assertThat(pdf.pageText(page).lines().count())
                        .as("lines of page %d with %d sentences", page, sentences)
                        .isGreaterThan(3);
            }
        }
    }

    /** The text without blank lines. */
    private static String lines(String text) {
        return text.replaceAll("\n+", "\n");
    }

    /** The size of the salutation's first character, the body size the renderer chose. */
    private static float bodySize(Pdfs.Rendered pdf) {
        List<Float> sizes = new ArrayList<>();
        try (PDDocument doc = pdf.open()) {
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
}
