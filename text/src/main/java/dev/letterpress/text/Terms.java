package dev.letterpress.text;

import java.util.ArrayList;
import java.util.BitSet;
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
 * term wins ("Spring Boot" over "Spring"). Immutable and thread-safe.
 *
 * <p>Matching runs on the engine of composing's {@link TextIndex}: the words of a text are read
 * as keys (letters, digits, {@code +} and {@code #}, case-folded) hashed with {@link
 * TextIndex}'s running polynomial hash, and every spelling of every term is filed under its key's hash. At a
 * word start whose first character begins a spelling, the key read so far names, character by
 * character, the only spellings that can match there; each is then checked exactly (case,
 * punctuation, separators, word ending), so a text costs one hash step per character near a word
 * start, whatever the number of terms, and no regular expression.
 *
 * <pre>{@code
 * Terms terms = Terms.compile(List.of("Go", "Kubernetes"), Map.of("Kubernetes", List.of("k8s")), Set.of("Go"));
 * terms.findAll("Go services on k8s");   // [Match[Go, 0, 2], Match[Kubernetes, 15, 18]]
 * }</pre>
 */
public final class Terms {
    /**
     * What may not stand before a term: a letter, a digit or an underscore, or a full stop glued to
     * a word ("js" in "Node.js" is part of a name, not JavaScript; composing's index reads it so too).
     */
    public static final String BEFORE = "(?<![\\p{L}\\p{N}_])(?<![\\p{L}\\p{N}]\\.)";
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
    public static final Terms NONE = new Terms(new Alias[0], false);

    /**
     * One spelling of a term: its text (without the trailing {@code *}), the canonical name it
     * reports, and the two bucket characters its first character is filed under, as {@link
     * Character#toLowerCase(char)} of the text's character at a match must equal one of them.
     */
    private record Alias(String body, String name, boolean exactCase, boolean wildcard, char bucket, char upperBucket) {
        static Alias of(String text, String name, boolean exactCase) {
            boolean wildcard = text.endsWith("*");
            String body = wildcard ? text.substring(0, text.length() - 1) : text;
            char first = text.charAt(0);
            return new Alias(
                    body,
                    name,
                    exactCase,
                    wildcard,
                    Character.toLowerCase(first),
                    Character.toLowerCase(Character.toUpperCase(first)));
        }

        /** The key this spelling is filed under: its word characters, case-folded, hashed. */
        long hash() {
            long h = TextIndex.SEED;
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (TextIndex.wordChar(c)) {
                    h = TextIndex.step(h, fold(c));
                }
            }
            return h;
        }

        int keyLength() {
            int n = 0;
            for (int i = 0; i < body.length(); i++) {
                n += TextIndex.wordChar(body.charAt(i)) ? 1 : 0;
            }
            return n;
        }

        /**
         * Where this spelling, matched as {@link #termRegex} reads it, ends when it starts at
         * {@code i}, its {@link #AFTER} boundary included; -1 when it does not match there.
         */
        int end(CharSequence text, int i) {
            int n = text.length();
            int p = i;
            for (int k = 0; k < body.length(); k++) {
                char c = body.charAt(k);
                if (c == ' ' || c == '-') {
                    // (?:\s+|-)? taken greedily: what follows a separator is never a space or a hyphen
                    if (p < n && space(text.charAt(p))) {
                        do {
                            p++;
                        } while (p < n && space(text.charAt(p)));
                    } else if (p < n && text.charAt(p) == '-') {
                        p++;
                    }
                } else {
                    if (p >= n) {
                        return -1;
                    }
                    char t = text.charAt(p);
                    if (exactCase ? t != c : fold(t) != fold(c)) {
                        return -1;
                    }
                    p++;
                }
            }
            if (wildcard) {
                while (p < n) {
                    int cp = Character.codePointAt(text, p);
                    if (!letterOrNumber(cp)) {
                        break;
                    }
                    p += Character.charCount(cp);
                }
            }
            if (p < n) {
                int cp = Character.codePointAt(text, p);
                if (letterOrNumber(cp) || cp == '_' || cp == '+' || cp == '#' || cp == '&') {
                    return -1;
                }
            }
            return p;
        }
    }

    /**
     * The spellings by the hash of their key, each slot's spellings in matching order. Matching
     * reads the key of the text from a start (case-folded word characters, as {@link TextIndex}
     * reads words) and, after each character, takes the spellings filed under the key so far as
     * candidates; the first candidate in matching order that matches exactly wins.
     */
    private static final class Table {
        private final long[] keys;
        private final int[][] aliases;

        Table(Map<Long, List<Integer>> byHash) {
            int size = Integer.highestOneBit(Math.max(4, byHash.size() * 2 - 1)) << 1;
            keys = new long[size];
            aliases = new int[size][];
            byHash.forEach((h, list) -> {
                int i = slot(h);
                while (aliases[i] != null) {
                    i = (i + 1) & (size - 1);
                }
                keys[i] = h;
                aliases[i] = list.stream().mapToInt(Integer::intValue).toArray();
            });
        }

        /** The spellings filed under a hash, or null. */
        int[] get(long h) {
            int i = slot(h);
            while (aliases[i] != null) {
                if (keys[i] == h) {
                    return aliases[i];
                }
                i = (i + 1) & (keys.length - 1);
            }
            return null;
        }

        private int slot(long h) {
            return (int) (h ^ (h >>> 29) ^ (h >>> 43)) & (keys.length - 1);
        }
    }

    /** Every spelling, longest first (the order of the alternation {@link #termRegex} describes). */
    private final Alias[] aliases;
    /** Whether a spelling starts with a space or a hyphen: then a match may start anywhere. */
    private final boolean anywhere;
    /** The bucket characters: where a match may start, as {@link Character#toLowerCase(char)}. */
    private final BitSet starts = new BitSet();
    /** The characters other than word characters that spellings hold ('.', '/', …). */
    private final BitSet punctuation = new BitSet();
    /** Spellings without a wildcard, by their key's hash. */
    private final Table exact;
    /** Spellings with a wildcard, by the hash of the key before the {@code *}. */
    private final Table prefixes;
    /** Spellings with no word character at all, tried at every start. */
    private final int[] keyless;
    /** The longest key of a spelling. */
    private final int longest;

    private Terms(Alias[] aliases, boolean anywhere) {
        this.aliases = aliases;
        this.anywhere = anywhere;
        Map<Long, List<Integer>> exactKeys = new LinkedHashMap<>();
        Map<Long, List<Integer>> prefixKeys = new LinkedHashMap<>();
        List<Integer> noKey = new ArrayList<>();
        int max = 0;
        for (int i = 0; i < aliases.length; i++) {
            Alias a = aliases[i];
            starts.set(a.bucket());
            starts.set(a.upperBucket());
            for (int k = 0; k < a.body().length(); k++) {
                char c = a.body().charAt(k);
                if (!TextIndex.wordChar(c)) {
                    punctuation.set(c);
                }
            }
            int length = a.keyLength();
            max = Math.max(max, length);
            if (length == 0) {
                noKey.add(i);
            } else {
                (a.wildcard() ? prefixKeys : exactKeys)
                        .computeIfAbsent(a.hash(), h -> new ArrayList<>())
                        .add(i);
            }
        }
        this.exact = new Table(exactKeys);
        this.prefixes = new Table(prefixKeys);
        this.keyless = noKey.stream().mapToInt(Integer::intValue).toArray();
        this.longest = max;
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
        List<String[]> spellings = new ArrayList<>();
        for (String name : names) {
            spellings.add(new String[] {name, name});
            for (String alias : byLower.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())) {
                spellings.add(new String[] {alias, name});
            }
        }
        spellings.sort(Comparator.comparingInt((String[] a) -> a[0].length()).reversed());
        Alias[] aliases = new Alias[spellings.size()];
        boolean anywhere = false;
        for (int i = 0; i < aliases.length; i++) {
            String[] s = spellings.get(i);
            aliases[i] = Alias.of(s[0], s[1], matchCase.contains(s[0]));
            anywhere |= s[0].charAt(0) == ' ' || s[0].charAt(0) == '-';
        }
        return new Terms(aliases, anywhere);
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
        return aliases.length == 0;
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
     * of the alternation of every spelling (longest first, between {@link #BEFORE} and {@link
     * #AFTER}) would find it; {@code null} when there is none.
     */
    private Match next(CharSequence text, int from) {
        int length = text.length();
        for (int i = from; i < length; i++) {
            char first = Character.toLowerCase(text.charAt(i));
            if (anywhere || (starts.get(first) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))))) {
                if (i > 0) {
                    int before = Character.codePointBefore(text, i);
                    if (letterOrNumber(before) || before == '_') {
                        continue;
                    }
                    if (before == '.' && i > 1 && letterOrNumber(Character.codePointBefore(text, i - 1))) {
                        continue;
                    }
                }
                Match m = at(text, i, first);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The first spelling, in matching order, that matches at {@code i}; null when none does. */
    private Match at(CharSequence text, int i, char first) {
        int best = Integer.MAX_VALUE;
        int bestEnd = -1;
        for (int a : keyless) {
            int end = a < best && inBucket(a, first) ? aliases[a].end(text, i) : -1;
            if (end >= 0) {
                best = a;
                bestEnd = end;
            }
        }
        long h = TextIndex.SEED;
        int keys = 0;
        int length = text.length();
        for (int p = i; p < length && keys < longest; p++) {
            char c = text.charAt(p);
            if (!TextIndex.wordChar(c)) {
                if (space(c) || c == '-' || punctuation.get(c)) {
                    continue;
                }
                break;
            }
            h = TextIndex.step(h, fold(c));
            keys++;
            long chosen = choose(exact.get(h), text, i, first, best, bestEnd);
            chosen = choose(prefixes.get(h), text, i, first, (int) (chosen >>> 32), (int) chosen);
            best = (int) (chosen >>> 32);
            bestEnd = (int) chosen;
        }
        return bestEnd < 0 ? null : new Match(aliases[best].name(), i, bestEnd);
    }

    /**
     * The first of some candidates, in matching order, that matches at {@code i} and comes before
     * the best so far: its index in the high half, its end in the low half; the best so far when
     * none does.
     */
    private long choose(int[] candidates, CharSequence text, int i, char first, int best, int bestEnd) {
        if (candidates != null) {
            for (int a : candidates) {
                if (a >= best) {
                    break;
                }
                int end = inBucket(a, first) ? aliases[a].end(text, i) : -1;
                if (end >= 0) {
                    return ((long) a << 32) | end;
                }
            }
        }
        return ((long) best << 32) | (bestEnd & 0xFFFFFFFFL);
    }

    private boolean inBucket(int alias, char first) {
        return anywhere || aliases[alias].bucket() == first || aliases[alias].upperBucket() == first;
    }

    /** A character compared without case, as {@code (?iu:)} compares it. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Whether a character is in {@code \s}: the ASCII white space. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Whether a code point is in {@code [\p{L}\p{N}]}. */
    private static boolean letterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
