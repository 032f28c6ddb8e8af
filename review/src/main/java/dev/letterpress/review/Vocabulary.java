package dev.letterpress.review;

import dev.letterpress.text.Synonyms;
import dev.letterpress.text.Technologies;
import dev.letterpress.text.Terms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * and what makes a mention "deep" (years of use, or evidence of a thing built). The case rules,
 * synonyms and technologies start from the one vocabulary composing uses too ({@link
 * Technologies}); a pack adds to them and never takes away.
 *
 * @param matchCase    terms whose case must match exactly ("Go", "R", "REST")
 * @param synonyms     each name of a synonym group to the other names of its group ("Kubernetes" to
 *                     "k8s", "kube"; "k8s" to "Kubernetes", "kube")
 * @param technologies every technology the role knows
 * @param years        expressions of years of use ("5 years", "since 2019")
 * @param evidence     words that show a thing built or run ("built", "designed", "migrated")
 * @param bareList     how many technologies in a row, without depth, make a bare list
 * @param wishes       words that make a sentence a wish rather than a record ("eager to learn", "grow
 *                     into"): what it names shows no practice
 * @param figures      what counts as a quantified result, and which claims do not
 */
record Vocabulary(
        Set<String> matchCase,
        Map<String, List<String>> synonyms,
        Terms technologies,
        List<Pattern> years,
        Terms evidence,
        int bareList,
        Terms wishes,
        Figures figures) {

    /**
     * The vocabulary of a pack: the shared one extended by the pack's own words.
     *
     * @param matchCase    the pack's names whose case must match, besides the shared ones
     * @param synonyms     the pack's synonym groups (preferred name to aliases), merged into the
     *                     shared groups they share a name with
     * @param technologies the pack's technologies, besides the shared ones
     */
    static Vocabulary extending(
            Set<String> matchCase,
            Map<String, List<String>> synonyms,
            List<String> technologies,
            List<Pattern> years,
            List<String> evidence,
            int bareList,
            List<String> wishes,
            Figures figures) {
        Technologies shared = Technologies.builtIn();
        Set<String> cases = new LinkedHashSet<>(shared.matchCase());
        cases.addAll(matchCase);
        List<List<String>> groups = new ArrayList<>();
        synonyms.forEach((name, aliases) ->
                groups.add(Stream.concat(Stream.of(name), aliases.stream()).toList()));
        Synonyms merged = shared.synonyms().with(groups);
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (List<String> group : merged.groups()) {
            for (String name : group) {
                List<String> others = new ArrayList<>(byName.getOrDefault(name, List.of()));
                group.stream()
                        .filter(n -> !n.equals(name) && !others.contains(n))
                        .forEach(others::add);
                byName.put(name, List.copyOf(others));
            }
        }
        List<String> names = new ArrayList<>(technologies);
        Set<String> known = new HashSet<>();
        technologies.forEach(t -> known.add(merged.canonicalKey(t)));
        for (String name : shared.technologyNames()) {
            if (known.add(merged.canonicalKey(name))) {
                names.add(name);
            }
        }
        Set<String> allCases = Set.copyOf(cases);
        Map<String, List<String>> allSynonyms = Map.copyOf(byName);
        return new Vocabulary(
                allCases,
                allSynonyms,
                Terms.compile(names, allSynonyms, allCases),
                years,
                Terms.compile(evidence, allSynonyms, allCases),
                bareList,
                Terms.compile(wishes, allSynonyms, allCases),
                figures);
    }

    /**
     * The frontend technologies: the shared list and a pack's additions.
     *
     * @param more the pack's additions
     * @return the names, without repeats
     */
    List<String> frontend(List<String> more) {
        Set<String> names = new LinkedHashSet<>(Technologies.builtIn().frontendTechnologies());
        names.addAll(more);
        return List.copyOf(names);
    }

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
                    || e.getValue().stream()
                            .anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(lower))) {
                return Optional.of(Stream.concat(Stream.of(e.getKey()), e.getValue().stream())
                        .toList());
            }
        }
        return Optional.empty();
    }
}
