package dev.letterpress.review;

import dev.letterpress.text.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code tailoring.requirements}: with a posting, the subject and body should address its required
 * skills. A skill counts as addressed when it, or a synonym from the pack, appears in the subject,
 * salutation or body; a skill of
 * several words ("REST API design") also counts when each of its words of three letters or more
 * appears as the start of a word ("designed REST APIs"). Raised when fewer than {@code minPercent}
 * percent are addressed. Without a posting, or with one that lists no required skills, the rule
 * does not run. Pack keys: {@code minPercent}, {@code message}, {@code suggestion} (variables
 * {@code {addressed}}, {@code {required}}, {@code {missing}}).
 */
final class RequirementsRule extends Rule {
    private static final Set<String> FILLER =
            Set.of("and", "the", "for", "with", "experience", "knowledge", "of", "skills", "strong", "good", "solid");

    private final int minPercent;

    private RequirementsRule(Base base, int minPercent, Wording wording) {
        super(base, wording);
        this.minPercent = minPercent;
    }

    static Rule read(Base base, PackSection section, Vocabulary vocabulary) {
        int minPercent = section.integer("minPercent", 1, 100);
        Wording wording = wording(section, List.of("addressed", "required", "missing"));
        return wording == null ? null : new RequirementsRule(base, minPercent, wording);
    }

    @Override
    String notChecked(Context context) {
        if (context.job() == null) {
            return NO_POSTING;
        }
        return context.job().requiredSkills().isEmpty() ? "Not checked: the posting lists no required skills." : null;
    }

    @Override
    void check(Context context, List<Finding> findings) {
        if (context.job() == null || context.job().requiredSkills().isEmpty()) {
            return;
        }
        String text = context.letter().subjectAndBody();
        List<String> required = context.job().requiredSkills();
        List<String> missing = new ArrayList<>();
        for (String skill : required) {
            if (!addressed(skill, text, context.vocabulary())) {
                missing.add(skill);
            }
        }
        int addressed = required.size() - missing.size();
        if (addressed * 100 < minPercent * required.size()) {
            findings.add(finding(
                    Map.of(
                            "addressed",
                            String.valueOf(addressed),
                            "required",
                            String.valueOf(required.size()),
                            "missing",
                            String.join(", ", missing)),
                    null));
        }
    }

    static boolean addressed(String skill, String text, Vocabulary vocabulary) {
        List<String> names = vocabulary.group(skill).orElse(List.of(skill));
        if (vocabulary
                .terms(names.contains(skill) ? names : append(names, skill))
                .foundIn(text)) {
            return true;
        }
        String[] words = skill.split("[\\s/,+()-]+");
        if (words.length < 2) {
            return false;
        }
        boolean any = false;
        for (String word : words) {
            if (word.length() < 3 || FILLER.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            any = true;
            Pattern start = Pattern.compile(Terms.BEFORE + "(?iu:" + Pattern.quote(word) + ")");
            if (!start.matcher(text).find()) {
                return false;
            }
        }
        return any;
    }

    private static List<String> append(List<String> names, String skill) {
        List<String> all = new ArrayList<>(names);
        all.add(skill);
        return all;
    }
}
