package dev.letterpress.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.model.Block;
import dev.letterpress.model.Brand;
import dev.letterpress.model.Inline;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Links;
import dev.letterpress.model.Margins;
import dev.letterpress.model.PageSize;
import dev.letterpress.model.Recipient;
import dev.letterpress.model.Sender;
import dev.letterpress.model.Signature;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DensityTest {
    private static final Brand BRAND = Brand.defaults();
    private static final String SENTENCE = "Rebuilt the order pipeline as event-driven services on Kafka, which cut "
            + "the p95 latency from 320 ms to 45 ms at ten million requests a day. ";

    private static Letter letter(int sentences) {
        Letter.Builder b = Letter.builder()
                .sender(new Sender(
                        "Ada Lovelace",
                        "Python backend specialist",
                        "ada@example.com",
                        "+44 20 7946 0000",
                        "London, UK",
                        new Links("https://github.com/ada", null, null)))
                .recipient(new Recipient("Grace Hopper", "Acme", "Backend Engineer", "Berlin", "BE-1"))
                .date(LocalDate.of(2026, 11, 29))
                .subject("Backend Engineer | Python + AWS")
                .salutation("Dear Grace Hopper,")
                .closing("Kind regards,")
                .signature(new Signature("Ada Lovelace", "ada@example.com", null, "https://github.com/ada"));
        for (int left = sentences; left > 0; left -= 3) {
            b.block(Block.Paragraph.of(
                    Inline.text(SENTENCE.repeat(Math.min(3, left)).strip())));
        }
        return b.build();
    }

    /** Densities chosen for letters one sentence longer each time, from a short letter to a long one. */
    private static List<Density> sweep() {
        List<Density> chosen = new ArrayList<>();
        for (int sentences = 1; sentences <= 45; sentences++) {
            chosen.add(Density.of(letter(sentences), BRAND));
        }
        return chosen;
    }

    @Test
    void tightensOnlyLettersSlightlyTooLongForOnePageAndInOrder() {
        List<Density> chosen = sweep();

        assertThat(chosen.get(0)).isEqualTo(Density.NORMAL);
        assertThat(chosen.get(chosen.size() - 1)).isEqualTo(Density.NORMAL);
        int firstCompact = chosen.indexOf(Density.COMPACT);
        int firstTight = chosen.indexOf(Density.TIGHT);
        int lastTight = chosen.lastIndexOf(Density.TIGHT);
        assertThat(firstCompact).isPositive();
        assertThat(firstTight).isGreaterThan(chosen.lastIndexOf(Density.COMPACT));
        assertThat(chosen.subList(0, firstCompact)).containsOnly(Density.NORMAL);
        assertThat(chosen.subList(firstCompact, firstTight)).containsOnly(Density.COMPACT);
        assertThat(chosen.subList(firstTight, lastTight + 1)).containsOnly(Density.TIGHT);
        assertThat(chosen.subList(lastTight + 1, chosen.size())).containsOnly(Density.NORMAL);
    }

    @Test
    void leavesALetterTooLongForOnePageAtNormalDensity() {
        Letter nineHundredWords = letter(41);

        assertThat(Density.TIGHT.fitsOnePage(nineHundredWords, BRAND)).isFalse();
        assertThat(Density.of(nineHundredWords, BRAND)).isEqualTo(Density.NORMAL);
        assertThat(Density.NORMAL.fitsOnePage(letter(3), BRAND)).isTrue();
    }

    @Test
    void fitsLessOnAPageWithWiderMarginsOrABiggerFooterRoom() {
        int defaults = fitting(BRAND);

        assertThat(fitting(
                        BRAND.toBuilder().margins(new Margins(45, 20, 20, 20)).build()))
                .isLessThan(defaults);
        assertThat(fitting(
                        BRAND.toBuilder().margins(new Margins(20, 20, 45, 20)).build()))
                .isLessThan(defaults);
        assertThat(fitting(
                        BRAND.toBuilder().margins(new Margins(20, 40, 20, 40)).build()))
                .isLessThan(defaults);
        assertThat(fitting(BRAND.toBuilder().logo(Path.of("logo.png")).build())).isLessThanOrEqualTo(defaults);
        // US Letter is shorter than A4 but wider, so its longer lines hold these paragraphs in fewer lines
        assertThat(fitting(BRAND.toBuilder().pageSize(PageSize.LETTER).build())).isGreaterThan(defaults);
    }

    private static int fitting(Brand brand) {
        int sentences = 1;
        while (Density.NORMAL.fitsOnePage(letter(sentences + 1), brand)) {
            sentences++;
        }
        return sentences;
    }

    @Test
    void makesEveryTighterDensitySmallerInEverySize() {
        Density[] all = Density.values();
        for (int i = 1; i < all.length; i++) {
            Density looser = all[i - 1];
            Density tighter = all[i];
            assertThat(tighter.bodySize()).isLessThan(looser.bodySize());
            assertThat(tighter.bodyLeading()).isLessThan(looser.bodyLeading());
            assertThat(tighter.paragraphAfter()).isLessThan(looser.paragraphAfter());
            assertThat(tighter.itemAfter()).isLessThan(looser.itemAfter());
            assertThat(tighter.headingBefore()).isLessThan(looser.headingBefore());
            assertThat(tighter.headingAfter()).isLessThanOrEqualTo(looser.headingAfter());
            assertThat(tighter.ruleGap()).isLessThan(looser.ruleGap());
            assertThat(tighter.blockGap()).isLessThan(looser.blockGap());
            assertThat(tighter.signatureGap()).isLessThan(looser.signatureGap());
        }
        assertThat(Density.NORMAL.bodySize()).isEqualTo(10.5f);
        assertThat(Density.NORMAL.bodyLeading()).isEqualTo(10.5f * 1.32f);
    }

    @Test
    void wrapsWordsGreedilyWithTheFontsWidths() {
        // "mmmm" is 4 × 833 = 3332 thousandths of an em: 33.32 pt at 10 pt
        List<Inline> four = List.of(Inline.text("mmmm mmmm mmmm mmmm"));
        assertThat(PageFit.lines(four, 10, 34)).isEqualTo(4);
        assertThat(PageFit.lines(four, 10, 70)).isEqualTo(2);
        assertThat(PageFit.lines(four, 10, 500)).isEqualTo(1);
        // bold is wider: 4 × 889
        assertThat(PageFit.lines(List.of(Inline.text("mmmm mmmm")), 10, 70)).isEqualTo(1);
        assertThat(PageFit.lines(List.of(Inline.bold("mmmm mmmm")), 10, 70)).isEqualTo(2);
        // a line may break after a hyphen, and a word wider than the line breaks where it overflows
        assertThat(PageFit.lines(List.of(Inline.text("mmmm-mmmm")), 10, 40)).isEqualTo(2);
        assertThat(PageFit.lines(List.of(Inline.text("m".repeat(30))), 10, 40)).isEqualTo(7);
        // CJK characters are an em wide and a line may break between any two of them
        assertThat(PageFit.lines(List.of(Inline.text("\u674E\u5C0F\u9F8D\u674E\u5C0F\u9F8D")), 10, 30))
                .isEqualTo(2);
    }

    @Test
    void measuresCharactersOutsideAsciiAsLiberationSansDrawsThemRoughly() {
        assertThat(PageFit.advance('a', false)).isEqualTo(556);
        assertThat(PageFit.advance('W', true)).isEqualTo(944);
        assertThat(PageFit.advance('\u00C9', false)).isEqualTo(722);
        assertThat(PageFit.advance('\u00E9', false)).isEqualTo(556);
        assertThat(PageFit.advance('\u0301', false)).isZero();
        assertThat(PageFit.advance('\u674E', false)).isEqualTo(1000);
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> Density.of(null, BRAND))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("letter");
        assertThatThrownBy(() -> Density.NORMAL.fitsOnePage(letter(1), null)).hasMessage("brand");
    }
}
