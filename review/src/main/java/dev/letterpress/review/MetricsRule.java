package dev.letterpress.review;

import java.util.List;
import java.util.Map;

/**
 * {@code metrics.missing}: raises a finding when the letter holds no quantified result, as the
 * pack's {@code figures} section defines one. Pack keys: {@code message}, {@code suggestion}.
 */
final class MetricsRule extends Rule {
    private MetricsRule(Base base, Wording wording) {
        super(base, wording);
    }

    static Rule read(Base base, PackSection section, Vocabulary vocabulary) {
        Wording wording = wording(section, List.of());
        return wording == null ? null : new MetricsRule(base, wording);
    }

    @Override
    void check(Context context, List<Finding> findings) {
        if (!context.vocabulary().figures().foundIn(context.letter().readable())) {
            findings.add(finding(Map.of(), null));
        }
    }
}
