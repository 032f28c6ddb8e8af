package dev.letterpress.review;

import dev.letterpress.text.Quantities;
import dev.letterpress.text.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantified results in text: a number followed (directly or after at most two words) by a
 * unit from the role pack ("45 ms", "10M requests/day", "18,000 policy documents/day"), or a match
 * of one of the pack's figure patterns (percentages, money, multipliers). Also knows the claims
 * that are not results: vague magnitudes ("billions of requests") and absolute promises ("100%
 * uptime"); a figure inside an absolute claim does not count as a result.
 */
final class Figures {
    /** A number as letters write it: "45", "3,500", "1.2B", "$40k", "10 million", "200+". */
    private static final String NUMBER = "(?<![\\p{L}\\p{N}.,])" + Quantities.CURRENCY + "?\\d+(?:[.,]\\d+)*"
            + "(?:\\s?(?:" + Quantities.MAGNITUDE + ")(?![\\p{L}]))?\\+?";
    /** Between the number and its unit: nothing, a hyphen, or up to two words ("policy documents"). */
    private static final String GAP = "(?:\\s*-?|\\s+(?:[\\p{L}][\\p{L}'-]*\\s+){1,2})";

    /** The number-with-unit pattern (when the pack has units), then the pack's own patterns. */
    private final List<Pattern> figures;

    final List<Pattern> vagueClaims;
    final List<Pattern> absoluteClaims;

    Figures(
            List<String> units,
            List<Pattern> patterns,
            List<Pattern> vagueClaims,
            List<Pattern> absoluteClaims,
            Set<String> matchCase) {
        StringBuilder alternation = new StringBuilder();
        List<String> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        for (String unit : sorted) {
            if (!alternation.isEmpty()) {
                alternation.append('|');
            }
            alternation.append(Terms.termRegex(unit, matchCase.contains(unit)));
        }
        List<Pattern> figures = new ArrayList<>();
        if (!units.isEmpty()) {
            figures.add(Pattern.compile(NUMBER + GAP + "(?:" + alternation + ")" + Terms.AFTER));
        }
        figures.addAll(patterns);
        this.figures = List.copyOf(figures);
        this.vagueClaims = List.copyOf(vagueClaims);
        this.absoluteClaims = List.copyOf(absoluteClaims);
    }

    /** Where a figure stands in the text. */
    record Span(int start, int end) {
        boolean overlaps(Span other) {
            return start < other.end && end > other.start;
        }
    }

    /** Every figure in the text, in no particular order. */
    List<Span> find(CharSequence text) {
        return matches(figures, text);
    }

    /** Whether the text holds a figure outside every absolute claim. */
    boolean foundIn(CharSequence text) {
        List<Span> claims = null;
        for (Pattern p : figures) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    // The claims are looked for once, when the first figure needs checking against them.
                    if (claims == null) {
                        claims = matches(absoluteClaims, text);
                    }
                    Span figure = new Span(m.start(), m.end());
                    if (claims.stream().noneMatch(c -> c.overlaps(figure))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The words that may follow a number without making it a result. */
    private static final Pattern EXPERIENCE = Pattern.compile("\\s*\\(?\\s*(?:\\+\\s*)?(?:years?|yrs?|months?)\\b");

    /**
     * The first figure a sentence states twice, by value ("40M" and "40 million" are one figure),
     * or null. Years of experience do not count.
     */
    String repeated(CharSequence sentence) {
        List<Double> seen = new ArrayList<>();
        List<Span> spans = find(sentence);
        spans.sort(Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed()));
        int covered = -1;
        for (Span span : spans) {
            if (span.start() < covered) {
                continue; // the same figure, matched by another pattern
            }
            covered = span.end();
            Matcher m = Quantities.NUMBER.matcher(sentence).region(span.start(), span.end());
            while (m.find()) {
                Matcher after = EXPERIENCE.matcher(sentence).region(m.end(), sentence.length());
                if (after.lookingAt()) {
                    continue;
                }
                double value = Quantities.value(m);
                if (seen.contains(value)) {
                    return withUnit(sentence, m.start(), m.end());
                }
                seen.add(value);
            }
        }
        return null;
    }

    /** A number with the word after it: "820 ms", "45%", "1.2M messages/day". */
    private static String withUnit(CharSequence text, int start, int end) {
        int e = end;
        if (e < text.length() && text.charAt(e) == ' ') {
            e++;
        }
        while (e < text.length()
                && !Character.isWhitespace(text.charAt(e))
                && ",;:)".indexOf(text.charAt(e)) < 0
                && !(text.charAt(e) == '.' && (e + 1 == text.length() || Character.isWhitespace(text.charAt(e + 1))))) {
            e++;
        }
        return text.subSequence(start, e).toString().strip();
    }

    /** Every match of the patterns, in no particular order. */
    static List<Span> matches(List<Pattern> patterns, CharSequence text) {
        List<Span> spans = new ArrayList<>();
        for (Pattern p : patterns) {
            collect(p.matcher(text), spans);
        }
        return spans;
    }

    private static void collect(Matcher m, List<Span> spans) {
        while (m.find()) {
            if (m.end() > m.start()) {
                spans.add(new Span(m.start(), m.end()));
            }
        }
    }
}
