package dev.letterpress.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shared words of a role pack: which terms keep their case, synonyms, every technology name,
 * and what makes a mention "deep" (years of use, or evidence of a thing built).
 *
 * @param matchCase    terms whose case must match exactly ("Go", "R", "REST")
 * @param synonyms     canonical name to aliases ("Kubernetes" to "k8s")
 * @param technologies every technology the role knows
 * @param years        expressions of years of use ("5 years", "since 2019")
 * @param evidence     words that show a thing built or run ("built", "designed", "migrated")
 * @param bareList     how many technologies in a row, without depth, make a bare list
 * @param wishes       words that make a sentence a wish rather than a record ("eager to learn", "grow
 *                     into"): what it names shows no practice
 * @param figures      what counts as a quantified result, and which claims do not
 */
record Vocabulary(Set<String> matchCase, Map<String, List<String>> synonyms, Terms technologies, List<Pattern> years,
        Terms evidence, int bareList, Terms wishes, Figures figures) {

    Terms terms(List<String> names) {
        return Terms.compile(names, synonyms, matchCase);
    }

    /** Whether a text states years of use. */
    boolean hasYears(CharSequence text) {
        return !yearSpans(text).isEmpty();
    }

    /** Where the text states years of use, as start/end pairs. */
    List<int[]> yearSpans(CharSequence text) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern p : years) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        return spans;
    }

    /** Whether a text carries depth: years of use or an evidence word. */
    boolean hasDepth(CharSequence text) {
        return hasYears(text) || evidence.foundIn(text);
    }

    /**
     * The synonym group a name belongs to (as canonical name or alias), ignoring case.
     *
     * @return the canonical name and its aliases, or empty when the name is in no group
     */
    Optional<List<String>> group(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<String>> e : synonyms.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(lower)
                    || e.getValue().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(lower))) {
                return Optional.of(Stream.concat(Stream.of(e.getKey()), e.getValue().stream()).toList());
            }
        }
        return Optional.empty();
    }
}
