package dev.letterpress.review;

import java.util.List;
import java.util.Map;

/**
 * {@code length}: a cover letter makes its case in {@code minWords} to {@code maxWords} words of
 * body (from the salutation to the closing) on at most {@code maxPages} pages. Three variants:
 * {@code short}, {@code long} (variables {@code {words}}, {@code {min}}, {@code {max}}) and
 * {@code pages} (variables {@code {pages}}, {@code {maxPages}}), the last only when the page count
 * is known. Pack keys: {@code minWords}, {@code maxWords}, {@code maxPages}, and {@code short},
 * {@code long}, {@code pages} each with {@code message} and {@code suggestion}.
 */
final class LengthRule extends Rule {
    private final int minWords;
    private final int maxWords;
    private final int maxPages;
    private final Wording tooShort;
    private final Wording tooLong;
    private final Wording tooManyPages;

    private LengthRule(Base base, int[] limits, Wording tooShort, Wording tooLong, Wording tooManyPages) {
        super(base, null);
        this.minWords = limits[0];
        this.maxWords = limits[1];
        this.maxPages = limits[2];
        this.tooShort = tooShort;
        this.tooLong = tooLong;
        this.tooManyPages = tooManyPages;
    }

    static Rule read(Base base, PackSection section, Vocabulary vocabulary) {
        int min = section.integer("minWords", 0, 10_000);
        int max = section.integer("maxWords", 1, 10_000);
        int pages = section.integer("maxPages", 1, 100);
        if (max <= min && section.has("maxWords")) {
            section.problemAtKey("maxWords", "must be greater than minWords (" + min + ")");
        }
        List<String> words = List.of("words", "min", "max");
        Wording tooShort = variant(section, "short", words);
        Wording tooLong = variant(section, "long", words);
        Wording tooManyPages = variant(section, "pages", List.of("pages", "maxPages"));
        if (tooShort == null || tooLong == null || tooManyPages == null) {
            return null;
        }
        return new LengthRule(base, new int[] {min, max, pages}, tooShort, tooLong, tooManyPages);
    }

    @Override
    void check(Context context, List<Finding> findings) {
        LetterParts letter = context.letter();
        Map<String, String> values = Map.of(
                "words",
                String.valueOf(letter.words),
                "min",
                String.valueOf(minWords),
                "max",
                String.valueOf(maxWords));
        if (letter.words < minWords) {
            findings.add(finding(tooShort, values, null));
        } else if (letter.words > maxWords) {
            findings.add(finding(tooLong, values, null));
        }
        if (letter.pages > maxPages) {
            findings.add(finding(
                    tooManyPages,
                    Map.of("pages", String.valueOf(letter.pages), "maxPages", String.valueOf(maxPages)),
                    null));
        }
    }
}
