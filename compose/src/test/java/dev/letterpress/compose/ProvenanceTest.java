package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Profiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void eachSentenceOfALongerFieldIsASourceOfTheSentenceThatQuotesIt(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(Fixtures.RESOURCES.resolve("candidates/sam-junior.yaml"))
                .replace(
                        "summary: A small REST API that serves tide forecasts from public data.",
                        "summary: A small REST API that serves tide forecasts from public data. Used by 300 sailors"
                                + " to plan their trips.");
        Path file = dir.resolve("sam-junior.yaml");
        Files.writeString(file, yaml);
        Composition c =
                Fixtures.composer().composition(Profiles.readCandidate(file), Fixtures.job("brightwave-mid"), null);

        List<SentenceSource> quoting = c.sentences().stream()
                .filter(s -> s.text().contains("Used by 300 sailors"))
                .toList();
        assertThat(quoting).isNotEmpty();
        assertThat(quoting).allSatisfy(s -> assertThat(s.sources()).contains("projects[0].summary"));
    }
}
