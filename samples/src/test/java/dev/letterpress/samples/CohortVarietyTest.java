package dev.letterpress.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.compose.Composer;
import dev.letterpress.model.Block;
import dev.letterpress.model.Letter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The cohort demo's 40 letters do not read as one template: no fixed sentence (six words or more,
 * holding no name, company, title, link or figure) stands in more than a quarter of them.
 */
class CohortVarietyTest {
    private static final Composer COMPOSER =
            Composer.builder().date(LocalDate.of(2026, 3, 2)).build();

    /** How many letters of the cohort hold each fixed sentence. */
    static Map<String, Integer> fixedSentences(List<SampleApplications.Row> rows) {
        Map<String, Integer> counts = new HashMap<>();
        for (SampleApplications.Row row : rows) {
            Letter letter = COMPOSER.compose(row.candidate(), row.job(), row.template());
            Set<String> own = new LinkedHashSet<>();
            for (String text : texts(letter)) {
                for (String sentence : text.split("(?<=[.!?])\\s+(?=[A-Z])")) {
                    if (fixed(sentence, row)) {
                        own.add(sentence.strip());
                    }
                }
            }
            own.forEach(s -> counts.merge(s, 1, Integer::sum));
        }
        return counts;
    }

    private static List<String> texts(Letter letter) {
        List<String> texts = new ArrayList<>();
        texts.add(letter.closing());
        for (Block block : letter.blocks()) {
            if (block instanceof Block.Paragraph p) {
                texts.add(Letter.runs(p.runs()));
            } else if (block instanceof Block.BulletList l) {
                l.items().forEach(i -> texts.add(Letter.runs(i.runs())));
            }
        }
        return texts;
    }

    private static boolean fixed(String sentence, SampleApplications.Row row) {
        if (sentence.split("\\s+").length < 6 || sentence.matches(".*\\d.*") || sentence.matches(".*\\w\\.\\w+/.*")) {
            return false;
        }
        for (String name : new String[] {
            row.candidate().name(),
            row.job().company(),
            row.job().title(),
            row.job().hiringManager()
        }) {
            if (name != null && sentence.contains(name)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void noFixedSentenceStandsInMoreThanAQuarterOfTheCohortLetters() {
        List<SampleApplications.Row> rows = SampleApplications.cohort();
        Map<String, Integer> common = new TreeMap<>();
        fixedSentences(rows).forEach((sentence, count) -> {
            if (count * 4 > rows.size()) {
                common.put(sentence, count);
            }
        });
        assertThat(common)
                .as("fixed sentences in more than a quarter of %d letters", rows.size())
                .isEmpty();
    }
}
