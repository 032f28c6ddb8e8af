package dev.letterpress.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled list of terms from a role pack, matched as whole words.
 *
 * <p>Term syntax: a term matches as a whole word ("Java" never inside "JavaScript", "Go" never
 * inside "Google"); case is ignored unless the term is in the pack's {@code matchCase} list; a
 * space or hyphen inside a term matches a space, a hyphen or nothing ("event-driven" matches
 * "event driven" and "eventdriven"); a trailing {@code *} matches any word ending
 * ("microservice*" matches "microservices"). Each term may have aliases (the pack's synonyms);
 * a match reports the canonical name. Where several terms could match at one place, the longest
 * term wins ("Spring Boot" over "Spring"). Immutable and thread-safe.
 *
 * <pre>{@code
 * Terms terms = Terms.compile(List.of("Go", "Kubernetes"), Map.of("Kubernetes", List.of("k8s")), Set.of("Go"));
 * terms.findAll("Go services on k8s");   // [Match[Go, 0, 2], Match[Kubernetes, 15, 18]]
 * }</pre>
 */
public final class Terms {
    /** What may not stand before a term: a letter, a digit or an underscore. */
    public static final String BEFORE = "(?<![\\p{L}\\p{N}_])";
    /** What may not follow a term: a letter, a digit, an underscore, {@code +}, {@code #} or {@code &}. */
    public static final String AFTER = "(?![\\p{L}\\p{N}_+#&])";

    /**
     * One occurrence of a term: its canonical name and where it stands.
     *
     * @param name  the canonical name of the term found
     * @param start index of its first character
     * @param end   index after its last character
     */
    public record Match(String name, int start, int end) {}

    /** No terms: finds nothing. */
    public static final Terms NONE = new Terms(null, Map.of());

    /**
     * The alternation of the terms that can start with one character, with the canonical name of
     * each of its groups. Matching tries only the bucket of the character at hand, at the start of
     * a word, so a text costs one short alternation per word instead of the whole list of terms at
     * every character.
     */
    private record Bucket(Pattern pattern, String[] canonicalByGroup) {
        static Bucket of(List<String[]> aliases, Set<String> matchCase) {
            StringBuilder regex = new StringBuilder(BEFORE).append("(?:");
            String[] canonical = new String[aliases.size() + 1];
            for (int i = 0; i < aliases.size(); i++) {
                String[] alias = aliases.get(i);
                regex.append(i == 0 ? "" : "|")
                        .append('(')
                        .append(termRegex(alias[0], matchCase.contains(alias[0])))
                        .append(')');
                canonical[i + 1] = alias[1];
            }
            return new Bucket(Pattern.compile(regex.append(')').append(AFTER).toString()), canonical);
        }

        Match match(Matcher m) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.start(g) >= 0) {
                    return new Match(canonicalByGroup[g], m.start(), m.end());
                }
            }
            throw new AssertionError("a match of the alternation has one group");
        }
    }

    /** All terms in one alternation: used where a term may start with a space or a hyphen. */
    private final Bucket all;
    /** The buckets by the lower-cased first character of their terms; empty when {@link #all} is used. */
    private final Map<Character, Bucket> buckets;

    private Terms(Bucket all, Map<Character, Bucket> buckets) {
        this.all = all;
        this.buckets = buckets;
    }

    /**
     * Compiles terms.
     *
     * @param names     canonical term names, in the pack's order
     * @param synonyms  canonical name (any case) to its aliases
     * @param matchCase terms and aliases whose case must match exactly
     * @return the compiled terms, {@link #NONE} when {@code names} is empty
     */
    public static Terms compile(List<String> names, Map<String, List<String>> synonyms, Set<String> matchCase) {
        if (names.isEmpty()) {
            return NONE;
        }
        Map<String, List<String>> byLower = new LinkedHashMap<>();
        synonyms.forEach((k, v) -> byLower.put(k.toLowerCase(Locale.ROOT), v));
        List<String[]> aliases = new ArrayList<>();
        for (String name : names) {
            aliases.add(new String[] {name, name});
            for (String alias : byLower.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())) {
                aliases.add(new String[] {alias, name});
            }
        }
        aliases.sort(Comparator.comparingInt((String[] a) -> a[0].length()).reversed());
        Map<Character, List<String[]>> byFirst = new LinkedHashMap<>();
        for (String[] alias : aliases) {
            char first = alias[0].charAt(0);
            if (first == ' ' || first == '-') {
                return new Terms(Bucket.of(aliases, matchCase), Map.of());
            }
            for (char key :
                    new char[] {Character.toLowerCase(first), Character.toLowerCase(Character.toUpperCase(first))}) {
                List<String[]> bucket = byFirst.computeIfAbsent(key, k -> new ArrayList<>());
                if (bucket.isEmpty() || bucket.get(bucket.size() - 1) != alias) {
                    bucket.add(alias);
                }
            }
        }
        Map<Character, Bucket> buckets = new HashMap<>();
        byFirst.forEach((first, bucket) -> buckets.put(first, Bucket.of(bucket, matchCase)));
        return new Terms(null, Map.copyOf(buckets));
    }

    /**
     * The regular expression of one term, without the word boundaries.
     *
     * @param term      the term, in the syntax above
     * @param exactCase whether its case must match
     * @return the expression
     */
    public static String termRegex(String term, boolean exactCase) {
        StringBuilder body = new StringBuilder();
        boolean wildcard = term.endsWith("*");
        String text = wildcard ? term.substring(0, term.length() - 1) : term;
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '-') {
                flush(literal, body);
                body.append("(?:\\s+|-)?");
            } else {
                literal.append(c);
            }
        }
        flush(literal, body);
        if (wildcard) {
            body.append("[\\p{L}\\p{N}]*");
        }
        return exactCase ? body.toString() : "(?iu:" + body + ")";
    }

    private static void flush(StringBuilder literal, StringBuilder body) {
        if (!literal.isEmpty()) {
            body.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }

    /**
     * Whether there are no terms.
     *
     * @return true for {@link #NONE}
     */
    public boolean isEmpty() {
        return all == null && buckets.isEmpty();
    }

    /**
     * Every occurrence in a text, left to right, without overlaps.
     *
     * @param text the text
     * @return the matches
     */
    public List<Match> findAll(CharSequence text) {
        List<Match> matches = new ArrayList<>();
        for (Match m = next(text, 0); m != null; m = next(text, m.end())) {
            matches.add(m);
        }
        return matches;
    }

    /**
     * The first occurrence in a text.
     *
     * @param text the text
     * @return the match, or empty
     */
    public Optional<Match> find(CharSequence text) {
        return Optional.ofNullable(next(text, 0));
    }

    /**
     * Whether any term occurs in a text.
     *
     * @param text the text
     * @return true when one does
     */
    public boolean foundIn(CharSequence text) {
        return next(text, 0) != null;
    }

    /**
     * The leftmost occurrence that starts at or after {@code from}, as {@link Matcher#find(int)}
     * of the whole alternation would find it; {@code null} when there is none.
     */
    private Match next(CharSequence text, int from) {
        if (all != null) {
            Matcher m = all.pattern().matcher(text);
            return m.find(from) ? all.match(m) : null;
        }
        int length = text.length();
        for (int i = from; i < length; i++) {
            Bucket bucket = buckets.get(Character.toLowerCase(text.charAt(i)));
            // A letter or digit before i fails the BEFORE look-behind anyway: skip the attempt.
            if (bucket != null && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                Matcher m = bucket.pattern()
                        .matcher(text)
                        .useTransparentBounds(true)
                        .region(i, length);
                if (m.lookingAt()) {
                    return bucket.match(m);
                }
            }
        }
        return null;
    }
}
