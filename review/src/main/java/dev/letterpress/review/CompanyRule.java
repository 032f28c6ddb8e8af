package dev.letterpress.review;

import dev.letterpress.text.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code tailoring.company}: with a posting, the subject, salutation or body should name the company. The
 * name matches ignoring case, with or without a legal suffix from {@code suffixes} ("Inc", "Ltd")
 * and a leading "The"; the first word of a longer name ("Harbourline" for "Harbourline Bank") also
 * counts when it has at least four letters and keeps its capital. Without a posting the rule does
 * not run. Pack keys: {@code suffixes}, {@code message}, {@code suggestion} (variable
 * {@code {company}}).
 */
final class CompanyRule extends Rule {
    private static final int SHORT_NAME_MIN = 4;

    private final List<String> suffixes;

    private CompanyRule(Base base, List<String> suffixes, Wording wording) {
        super(base, wording);
        this.suffixes = suffixes;
    }

    static Rule read(Base base, PackSection section, Vocabulary vocabulary) {
        List<String> suffixes = section.texts("suffixes", false);
        Wording wording = wording(section, List.of("company"));
        return wording == null ? null : new CompanyRule(base, suffixes, wording);
    }

    @Override
    String notChecked(Context context) {
        return context.job() == null ? NO_POSTING : null;
    }

    @Override
    void check(Context context, List<Finding> findings) {
        if (context.job() == null) {
            return;
        }
        String company = context.job().company();
        String text = context.letter().subjectAndBody();
        for (Pattern name : names(company)) {
            if (name.matcher(text).find()) {
                return;
            }
        }
        findings.add(finding(Map.of("company", company), null));
    }

    private List<Pattern> names(String company) {
        List<Pattern> names = new ArrayList<>();
        names.add(Pattern.compile(Terms.BEFORE + Terms.termRegex(company, false) + Terms.AFTER));
        String core = company.replaceAll("[,.]", " ").strip();
        for (String suffix : suffixes) {
            core = core.replaceAll("(?iu)\\s+" + Pattern.quote(suffix) + "$", "");
        }
        core = core.replaceFirst("(?iu)^the\\s+", "").strip();
        if (!core.isEmpty()) {
            names.add(Pattern.compile(Terms.BEFORE + Terms.termRegex(core, false) + Terms.AFTER));
            String[] words = core.split("\\s+");
            if (words.length > 1
                    && words[0].codePointCount(0, words[0].length()) >= SHORT_NAME_MIN
                    && !words[0].toLowerCase(Locale.ROOT).equals(words[0])) {
                names.add(Pattern.compile(Terms.BEFORE + Pattern.quote(words[0]) + Terms.AFTER));
            }
        }
        return names;
    }
}
