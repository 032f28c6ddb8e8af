package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each sentence of a composed letter names the input fields behind it and its part of the template. */
class ProvenanceTest {
    private static final Composition SAM =
            Fixtures.composer().composition(Fixtures.candidate("sam-junior"), Fixtures.job("brightwave-mid"), null);

    private static SentenceSource sentence(String start) {
        return SAM.sentences().stream()
                .filter(s -> s.text().startsWith(start))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anAchievementWithItsFiguresNamesTheTextAndEachMetric() {
        assertThat(sentence("I wrote the ingestion service").sources())
                .containsExactly(
                        "achievements[2].text",
                        "achievements[2].metrics[0]",
                        "achievements[2].metrics[1]",
                        "template:junior-to-mid/p2");
    }

    @Test
    void theOpeningNamesThePostingFieldsAndTheTemplate() {
        assertThat(sentence("I'm applying for").sources())
                .containsExactly("job.company", "job.title", "template:junior-to-mid/p1");
    }

    @Test
    void theSubjectAndTheClosingAreSentencesToo() {
        List<SentenceSource> all = SAM.sentences();
        assertThat(all.get(0).sources()).last().isEqualTo("template:junior-to-mid/subject");
        assertThat(all.get(all.size() - 1))
                .isEqualTo(new SentenceSource(SAM.letter().closing(), List.of("template:junior-to-mid/closing")));
    }
}
