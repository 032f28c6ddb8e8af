package dev.letterpress.compose.review;

import java.util.ArrayList;
import java.util.Comparator;
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
 * term wins ("Spring Boot" over "Spring").
 */
final class Terms {
    /** Characters that may not touch a term on either side. */
    static final String BEFORE = "(?<![\\p{L}\\p{N}_])";
    static final String AFTER = "(?![\\p{L}\\p{N}_+#&])";

    /** One occurrence of a term: its canonical name and where it stands. */
    record Match(String name, int start, int end) {
    }

    static final Terms NONE = new Terms(new String[0], null);

    private final String[] canonicalByGroup;
    private final Pattern pattern;

    private Terms(String[] canonicalByGroup, Pattern pattern) {
        this.canonicalByGroup = canonicalByGroup;
        this.pattern = pattern;
    }

    /**
     * Compiles terms.
     *
     * @param names     canonical term names, in the pack's order
     * @param synonyms  canonical name (any case) to its aliases
     * @param matchCase terms and aliases whose case must match exactly
     */
    static Terms compile(List<String> names, Map<String, List<String>> synonyms, Set<String> matchCase) {
        if (names.isEmpty()) {
            return NONE;
        }
        Map<String, List<String>> byLower = new LinkedHashMap<>();
        synonyms.forEach((k, v) -> byLower.put(k.toLowerCase(Locale.ROOT), v));
        record Alias(String text, String canonical) {
        }
        List<Alias> aliases = new ArrayList<>();
        for (String name : names) {
            aliases.add(new Alias(name, name));
            for (String alias : byLower.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())) {
                aliases.add(new Alias(alias, name));
            }
        }
        aliases.sort(Comparator.comparingInt((Alias a) -> a.text().length()).reversed());
        StringBuilder regex = new StringBuilder(BEFORE).append("(?:");
        List<String> canonical = new ArrayList<>();
        canonical.add(null);
        for (Alias alias : aliases) {
            if (canonical.size() > 1) {
                regex.append('|');
            }
            regex.append('(').append(termRegex(alias.text(), matchCase.contains(alias.text()))).append(')');
            canonical.add(alias.canonical());
        }
        regex.append(')').append(AFTER);
        return new Terms(canonical.toArray(new String[0]), Pattern.compile(regex.toString()));
    }

    /** The regular expression of one term, without the word boundaries. */
    static String termRegex(String term, boolean exactCase) {
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

    boolean isEmpty() {
        return pattern == null;
    }

    /** Every occurrence in {@code text}, left to right, without overlaps. */
    List<Match> findAll(CharSequence text) {
        if (pattern == null) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            matches.add(new Match(canonical(m), m.start(), m.end()));
        }
        return matches;
    }

    /** The first occurrence in {@code text}. */
    Optional<Match> find(CharSequence text) {
        if (pattern == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(new Match(canonical(m), m.start(), m.end())) : Optional.empty();
    }

    boolean foundIn(CharSequence text) {
        return pattern != null && pattern.matcher(text).find();
    }

    private String canonical(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.start(g) >= 0) {
                return canonicalByGroup[g];
            }
        }
        throw new AssertionError("a match of the alternation has one group");
    }
}
