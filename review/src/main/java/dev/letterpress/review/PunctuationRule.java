package dev.letterpress.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code style.punctuation}: doubled or stray punctuation — "Shopwave Inc..", "Yahoo!.", ",,",
 * ", ." and a comma or full stop with a space before it. An ellipsis ("...") and a full stop before
 * a name (", .NET") are not. One finding per distinct mistake, quoting the word it stands in. Pack
 * keys: {@code message}, {@code suggestion} (variable {@code quote}).
 */
final class PunctuationRule extends Rule {
    private static final Pattern DOUBLED = Pattern.compile("(?<!\\.)\\.\\.(?!\\.)|[,;:!?]\\s*\\.(?![.\\p{L}\\p{N}])"
            + "|[,;:]\\s*[,;:!?]|(?<=\\S)\\s+[,;:](?=\\s|$)|(?<=\\p{L})\\s+\\.(?=\\s|$)");

    private PunctuationRule(Base base, Wording wording) {
        super(base, wording);
    }

    static Rule read(Base base, PackSection section, Vocabulary vocabulary) {
        Wording wording = wording(section, List.of("quote"));
        return wording == null ? null : new PunctuationRule(base, wording);
    }

    @Override
    void check(Context context, List<Finding> findings) {
        Set<String> seen = new LinkedHashSet<>();
        for (LetterParts.Segment segment : context.letter().segments) {
            String text = segment.masked();
            Matcher m = DOUBLED.matcher(text);
            while (m.find()) {
                int start = m.start();
                while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                    start--;
                }
                String quote = text.substring(start, m.end()).strip();
                if (!quote.isEmpty() && seen.add(quote)) {
                    findings.add(finding(Map.of("quote", quote), quote));
                }
            }
        }
    }
}
