package dev.letterpress.compose.review;

import java.util.List;
import java.util.Map;

/**
 * Raises a finding when none of the rule's terms appears anywhere the reader reads (headline,
 * header, subject, body), bare technology lists left out ({@link TechLists}): a name in a list of
 * twenty shows no practice. Used by {@code design.missing}, {@code devops.missing} and
 * {@code testing.missing}.
 * Pack keys: {@code terms}, {@code message}, {@code suggestion}.
 */
final class PresenceRule extends Rule {
    private final Terms terms;
    private final Wording wording;

    private PresenceRule(Base base, Terms terms, Wording wording) {
        super(base);
        this.terms = terms;
        this.wording = wording;
    }

    static Rule read(Base base, PackSection section, Vocabulary vocabulary) {
        Terms terms = vocabulary.terms(section.texts("terms", true));
        Wording wording = wording(section, List.of());
        return wording == null ? null : new PresenceRule(base, terms, wording);
    }

    @Override
    void check(Context context, List<Finding> findings) {
        if (!terms.foundIn(context.readableWithoutBareLists())) {
            findings.add(finding(wording, Map.of(), null));
        }
    }
}
