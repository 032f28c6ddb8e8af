package dev.letterpress.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Inline;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlueTest {
    private static final String HREF = "https://github.com/kwatanabe";

    @Test
    void movesBracketsAndFullStopAroundALinkIntoTheLink() {
        List<Inline> runs = List.of(
                Inline.text("worth a look is pg-lag-exporter ("),
                Inline.link("github.com/kwatanabe", HREF),
                Inline.text("). Thank you"));

        assertThat(Glue.join(runs))
                .containsExactly(
                        Inline.text("worth a look is pg-lag-exporter "),
                        Inline.link("(github.com/kwatanabe).", HREF),
                        Inline.text(" Thank you"));
    }

    @Test
    void dropsARunThatWasOnlyPunctuation() {
        List<Inline> runs = List.of(Inline.text("See "), Inline.link("github.com/kwatanabe", HREF), Inline.text("."));

        assertThat(Glue.join(runs)).containsExactly(Inline.text("See "), Inline.link("github.com/kwatanabe.", HREF));
    }

    @Test
    void joinsACommaToTheBoldWordItFollows() {
        List<Inline> runs = List.of(Inline.text("I used "), Inline.bold("Kafka"), Inline.text(", Go and SQL"));

        assertThat(Glue.join(runs))
                .containsExactly(Inline.text("I used "), Inline.bold("Kafka,"), Inline.text(" Go and SQL"));
    }

    @Test
    void leavesRunsSeparatedBySpacesAlone() {
        List<Inline> runs = List.of(Inline.text("I used "), Inline.bold("Kafka"), Inline.text(" daily"));

        assertThat(Glue.join(runs)).isEqualTo(runs);
    }

    @Test
    void keepsTheTextOfEveryLetter() {
        List<Inline> runs = List.of(Inline.text("("), Inline.italic("a"), Inline.bold("b"), Inline.text(")"));

        assertThat(Glue.join(runs).stream().map(Inline::text).reduce("", String::concat))
                .isEqualTo("(ab)");
    }
}
