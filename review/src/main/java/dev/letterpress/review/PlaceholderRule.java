package dev.letterpress.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code placeholder}: template text left unfilled ({@code [Company]}, {@code {{name}}},
 * {@code <Hiring Manager>}, {@code XX}, {@code TODO}). Searches the whole letter with the pack's
 * {@code patterns}; one finding per distinct placeholder, in reading order, quoting it. Pack keys:
 * {@code patterns}, {@code message}, {@code suggestion} (variable {@code {quote}}).
 */
final class PlaceholderRule extends Rule {
    private final List<Pattern> patterns;

    private PlaceholderRule(Base base, List<Pattern> patterns, Wording wording) {
        super(base, wording);
        this.patterns = patterns;
    }

    static Rule read(Base base, PackSection section, Vocabulary vocabulary) {
        List<Pattern> patterns = section.patterns("patterns");
        Wording wording = wording(section, List.of("quote"));
        return wording == null ? null : new PlaceholderRule(base, patterns, wording);
    }

    @Override
    void check(Context context, List<Finding> findings) {
        String text = context.letter().full;
        List<int[]> hits = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    hits.add(new int[] {m.start(), m.end()});
                }
            }
        }
        hits.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        Set<String> seen = new LinkedHashSet<>();
        int covered = -1;
        for (int[] hit : hits) {
            if (hit[0] < covered) {
                continue;
            }
            covered = hit[1];
            String quote = text.substring(hit[0], hit[1]).strip();
            if (seen.add(quote)) {
                findings.add(finding(Map.of("quote", quote), quote));
            }
        }
    }
}
