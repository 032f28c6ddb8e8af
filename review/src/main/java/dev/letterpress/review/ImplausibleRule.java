package dev.letterpress.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code metrics.implausible}: scale claims nobody can check, as the pack's {@code figures}
 * section defines them. A vague claim ("billions of requests", "millions of users") is raised
 * unless the same sentence also holds a concrete figure outside every claim ("1.2B events/month");
 * an absolute claim ("100% uptime", "infinite scale") is always raised. One finding per distinct
 * phrase, quoting it. Pack keys: {@code message}, {@code suggestion} (variable {@code {quote}}).
 */
final class ImplausibleRule extends Rule {
    private ImplausibleRule(Base base, Wording wording) {
        super(base, wording);
    }

    static Rule read(Base base, PackSection section, Vocabulary vocabulary) {
        Wording wording = wording(section, List.of("quote"));
        return wording == null ? null : new ImplausibleRule(base, wording);
    }

    @Override
    void check(Context context, List<Finding> findings) {
        LetterParts letter = context.letter();
        Figures figures = context.vocabulary().figures();
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
            List<Figures.Span> hits = new ArrayList<>(Figures.matches(figures.absoluteClaims, sentence));
            List<Figures.Span> vague = Figures.matches(figures.vagueClaims, sentence);
            List<Figures.Span> claims = new ArrayList<>(hits);
            claims.addAll(vague);
            // Only a vague claim can be excused by a figure: look for figures only where there is one.
            if (!vague.isEmpty()
                    && figures.find(sentence).stream()
                            .noneMatch(f -> claims.stream().noneMatch(c -> c.overlaps(f)))) {
                hits.addAll(vague);
            }
            hits.sort(Comparator.comparingInt(Figures.Span::start));
            for (Figures.Span hit : hits) {
                String quote = sentence.substring(hit.start(), hit.end()).strip();
                if (seen.add(quote.toLowerCase(Locale.ROOT))) {
                    findings.add(finding(Map.of("quote", quote), quote));
                }
            }
        }
    }
}
