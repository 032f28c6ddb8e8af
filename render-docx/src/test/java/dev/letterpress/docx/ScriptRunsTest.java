package dev.letterpress.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.docx.ScriptRuns.Segment;
import org.junit.jupiter.api.Test;

class ScriptRunsTest {
    private static final String ARABIC = "\u0645\u0631\u062D\u0628\u0627";
    private static final String ARABIC_2 = "\u0628\u0627\u0644\u0639\u0627\u0644\u0645";
    private static final String HEBREW = "\u05E9\u05DC\u05D5\u05DD";
    private static final String HAN = "\u674E\u5C0F\u9F8D";

    @Test
    void keepsLatinTextInOneRun() {
        assertThat(ScriptRuns.split("Hello, world \u00E9\u00E8 \u0416 2026!", false))
                .containsExactly(new Segment("Hello, world \u00E9\u00E8 \u0416 2026!", false, false));
    }

    @Test
    void marksArabicRightToLeftAndLeavesBorderSpacesWithLatin() {
        assertThat(ScriptRuns.split("Hi " + ARABIC + " " + ARABIC_2 + " there", false))
                .containsExactly(
                        new Segment("Hi ", false, false),
                        new Segment(ARABIC + " " + ARABIC_2, true, false),
                        new Segment(" there", false, false));
    }

    @Test
    void keepsDigitsAndPunctuationBetweenRightToLeftWordsRightToLeft() {
        assertThat(ScriptRuns.split(HEBREW + " 2026, " + ARABIC + ".", false))
                .containsExactly(new Segment(HEBREW + " 2026, " + ARABIC, true, false), new Segment(".", false, false));
    }

    @Test
    void hintsChineseJapaneseAndKoreanAsEastAsian() {
        assertThat(ScriptRuns.split("Name: " + HAN + "\u3001\u3072\u3089\u304C\u306A \uD55C\uAE00 end", false))
                .containsExactly(
                        new Segment("Name: ", false, false),
                        new Segment(HAN + "\u3001\u3072\u3089\u304C\u306A \uD55C\uAE00", false, true),
                        new Segment(" end", false, false));
        assertThat(ScriptRuns.split("(" + HAN + ", " + HAN + "\u3002)", false))
                .containsExactly(
                        new Segment("(", false, false),
                        new Segment(HAN + ", " + HAN + "\u3002", false, true),
                        new Segment(")", false, false));
    }

    @Test
    void keepsLeadingNeutralsWithTheBaseDirection() {
        assertThat(ScriptRuns.split("(" + ARABIC + ")", false))
                .containsExactly(
                        new Segment("(", false, false),
                        new Segment(ARABIC, true, false),
                        new Segment(")", false, false));
    }

    @Test
    void givesBorderNeutralsToRightToLeftInARightToLeftDocument() {
        assertThat(ScriptRuns.split(ARABIC + " Java " + ARABIC_2, true))
                .containsExactly(
                        new Segment(ARABIC + " ", true, false),
                        new Segment("Java", false, false),
                        new Segment(" " + ARABIC_2, true, false));
        assertThat(ScriptRuns.split("Kafka", true)).containsExactly(new Segment("Kafka", false, false));
        assertThat(ScriptRuns.split("2026 - 2027", true)).containsExactly(new Segment("2026 - 2027", true, false));
    }

    @Test
    void keepsEmojiInTheSurroundingRun() {
        assertThat(ScriptRuns.split("Done \uD83D\uDE00 " + HAN, false))
                .containsExactly(new Segment("Done \uD83D\uDE00 ", false, false), new Segment(HAN, false, true));
    }
}
