package dev.letterpress.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code style.repeated-figure}: a figure stated twice in one sentence ("cut latency from 820 ms
 * to 95 ms, which cut latency from 820 ms to 95 ms"), which reads as a template filled twice. A
 * figure is a number with a unit as the pack's {@code figures} section defines it; years of
 * experience ("Python (3 years), Go (3 years)") are not results and may repeat. One finding per
 * sentence, quoting it. Pack keys: {@code message}, {@code suggestion} (variables {@code figure},
 * {@code quote}).
 */
final class RepeatedFigureRule extends Rule {
    private RepeatedFigureRule(Base base, Wording wording) {
        super(base, wording);
    }

    static Rule read(Base base, PackSection section, Vocabulary vocabulary) {
        Wording wording = wording(section, List.of("figure", "quote"));
        return wording == null ? null : new RepeatedFigureRule(base, wording);
    }

    @Override
    void check(Context context, List<Finding> findings) {
        Set<String> seen = new LinkedHashSet<>();
        for (LetterParts.Segment segment : context.letter().segments) {
            for (String sentence : LetterParts.sentences(segment.masked())) {
                String figure = context.vocabulary().figures().repeated(sentence);
                if (figure != null && seen.add(sentence)) {
                    String quote = shorten(sentence, 160);
                    findings.add(finding(Map.of("figure", figure, "quote", quote), quote));
                }
            }
        }
    }
}
