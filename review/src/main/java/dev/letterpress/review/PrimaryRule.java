package dev.letterpress.review;

import dev.letterpress.text.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code stack.primary}: the letter should say what the writer mainly works in, like "Python
 * backend specialist (5 years)". Satisfied when, in the headline, the header, the subject or one
 * sentence or item of the body, one of the rule's {@code terms} (primary languages and platforms)
 * stands within {@code window} characters of a {@code roleWords} term ("backend", "developer") or
 * of years of use ("6 years"). Pack keys: {@code terms}, {@code roleWords}, {@code window},
 * {@code message}, {@code suggestion}.
 */
final class PrimaryRule extends Rule {
    private final Terms primary;
    private final Terms roleWords;
    private final int window;

    private PrimaryRule(Base base, Terms primary, Terms roleWords, int window, Wording wording) {
        super(base, wording);
        this.primary = primary;
        this.roleWords = roleWords;
        this.window = window;
    }

    static Rule read(Base base, PackSection section, Vocabulary vocabulary) {
        Terms primary = vocabulary.terms(section.texts("terms", true));
        Terms roleWords = vocabulary.terms(section.texts("roleWords", true));
        int window = section.integer("window", 0, 200);
        Wording wording = wording(section, List.of());
        return wording == null ? null : new PrimaryRule(base, primary, roleWords, window, wording);
    }

    @Override
    void check(Context context, List<Finding> findings) {
        LetterParts letter = context.letter();
        List<String> texts = new ArrayList<>();
        if (letter.headline != null) {
            texts.add(letter.headline);
        }
        texts.addAll(List.of(LetterParts.mask(letter.header).split("\n")));
        if (letter.subject != null) {
            texts.add(letter.subject);
        }
        letter.segments.forEach(s -> texts.add(s.masked()));
        for (String text : texts) {
            if (states(text, context.vocabulary())) {
                return;
            }
        }
        findings.add(finding(Map.of(), null));
    }

    private boolean states(String text, Vocabulary vocabulary) {
        List<Terms.Match> stacks = primary.findAll(text);
        if (stacks.isEmpty()) {
            return false;
        }
        List<int[]> anchors = new ArrayList<>(vocabulary.yearSpans(text));
        roleWords.findAll(text).forEach(m -> anchors.add(new int[] {m.start(), m.end()}));
        for (Terms.Match stack : stacks) {
            for (int[] anchor : anchors) {
                int gap = anchor[0] >= stack.end() ? anchor[0] - stack.end() : stack.start() - anchor[1];
                if (gap <= window) {
                    return true;
                }
            }
        }
        return false;
    }
}
