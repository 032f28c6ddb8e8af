package dev.letterpress.compose.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code metrics.implausible}: scale claims nobody can check. A match of a {@code vaguePatterns}
 * expression ("billions of requests", "millions of users") is raised unless the same sentence
 * also holds a concrete figure ("1.2B events/month"); a match of an {@code absolutePatterns}
 * expression ("100% uptime", "infinite scale") is always raised. One finding per distinct phrase,
 * quoting it. Pack keys: {@code vaguePatterns}, {@code absolutePatterns}, {@code message},
 * {@code suggestion} (variable {@code {quote}}).
 */
final class ImplausibleRule extends Rule {
    private final List<Pattern> vague;
    private final List<Pattern> absolute;
    private final Wording wording;

    private ImplausibleRule(Base base, List<Pattern> vague, List<Pattern> absolute, Wording wording) {
        super(base);
        this.vague = vague;
        this.absolute = absolute;
        this.wording = wording;
    }

    static Rule read(Base base, PackSection section, Vocabulary vocabulary) {
        List<Pattern> vague = section.patterns("vaguePatterns");
        List<Pattern> absolute = section.patterns("absolutePatterns");
        Wording wording = wording(section, Set.of("quote"));
        return wording == null ? null : new ImplausibleRule(base, vague, absolute, wording);
    }

    @Override
    void check(Context context, List<Finding> findings) {
        LetterParts letter = context.letter();
        List<String> sentences = new ArrayList<>();
        if (letter.headline != null) {
            sentences.add(letter.headline);
        }
        if (letter.subject != null) {
            sentences.add(letter.subject);
        }
        letter.segments.forEach(s -> sentences.add(s.masked()));
        Set<String> seen = new LinkedHashSet<>();
        for (String sentence : sentences) {
            List<Figures.Span> figures = context.vocabulary().figures().find(sentence);
            List<int[]> hits = new ArrayList<>();
            for (Pattern p : absolute) {
                hits.addAll(matches(p, sentence));
            }
            List<int[]> vagueHits = new ArrayList<>();
            for (Pattern p : vague) {
                vagueHits.addAll(matches(p, sentence));
            }
            List<int[]> claims = new ArrayList<>(hits);
            claims.addAll(vagueHits);
            // a figure counts as concrete only outside every claim: "100% uptime" backs nothing
            boolean concrete = figures.stream().anyMatch(f -> claims.stream().noneMatch(c -> f.start() < c[1] && f.end() > c[0]));
            if (!concrete) {
                hits.addAll(vagueHits);
            }
            hits.sort((a, b) -> Integer.compare(a[0], b[0]));
            for (int[] hit : hits) {
                String quote = sentence.substring(hit[0], hit[1]).strip();
                if (seen.add(quote.toLowerCase(Locale.ROOT))) {
                    findings.add(finding(wording, Map.of("quote", quote), quote));
                }
            }
        }
    }

    private static List<int[]> matches(Pattern p, String sentence) {
        List<int[]> hits = new ArrayList<>();
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            if (m.end() > m.start()) {
                hits.add(new int[] {m.start(), m.end()});
            }
        }
        return hits;
    }
}
