package dev.letterpress.review;

import dev.letterpress.text.Terms;
import java.util.List;
import java.util.Map;

/**
 * Raises a finding when none of the rule's terms appears anywhere the reader reads (headline,
 * header, subject, body), bare technology lists ({@link TechLists}) and wishes (the pack's
 * {@code depth.wishes}) left out: a name in a list of twenty, or in "I'm eager to learn
 * Kubernetes", shows no practice. Used by {@code design.missing}, {@code devops.missing} and
 * {@code testing.missing}. Pack keys: {@code terms}, {@code message}, {@code suggestion}.
 */
final class PresenceRule extends Rule {
    private final Terms terms;

    private PresenceRule(Base base, Wording wording, Terms terms) {
        super(base, wording);
        this.terms = terms;
    }

    static Rule read(Base base, PackSection section, Vocabulary vocabulary) {
        Terms terms = vocabulary.terms(section.texts("terms", true));
        Wording wording = wording(section, List.of());
        return wording == null ? null : new PresenceRule(base, wording, terms);
    }

    @Override
    void check(Context context, List<Finding> findings) {
        if (!terms.foundIn(context.readablePractice())) {
            findings.add(finding(Map.of(), null));
        }
    }
}
