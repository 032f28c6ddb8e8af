package dev.letterpress.text;

import java.util.Arrays;

/**
 * Which names a piece of text mentions. Every run of up to four words is kept as the key of the
 * words joined ({@link Synonyms#key}: lower case, letters, digits, {@code +} and {@code #}), and a
 * {@link Term} is found under any of its synonyms' keys, so "Node.js", "Node JS", "NodeJS" and
 * "Node" all mention {@code Node.js}. A name matches whole words only.
 *
 * <p>A short word (four letters or fewer) written all in lower case counts only when the name it
 * stands for is itself written in lower case ({@code k8s}, {@code psql}): "go live", "the rest",
 * "a 12-node cluster" mention neither Go, REST nor Node.js, while "Go", "REST" and "Node" do. So
 * does a longer word that the vocabulary lists as case-sensitive, as review reads it: "spring
 * cleaning" and "express delivery" mention neither Spring nor Express.
 *
 * <p>Keys are stored as 64-bit polynomial hashes in an open-addressing table, so indexing a text
 * allocates nothing per word: composing indexes a few hundred words per letter. The hash of a run
 * of words comes from the running hash of the text's word characters (the hash up to the run's end,
 * less the hash up to its start shifted by the run's length), so each character is read once,
 * however many runs hold it. Get an empty index
 * from {@link Technologies#index()}; an index is not thread-safe.
 *
 * <pre>{@code
 * Technologies words = Technologies.builtIn();
 * words.index().add("Rewrote the services in Go").mentions(words.term("Golang"));   // true
 * }</pre>
 */
public final class TextIndex {
    private static final int MAX_WORDS = 4;
    private static final int MAX_KEY = 48;
    /** Words of at most this many characters are "short". */
    public static final int SHORT = 4;

    /** The hash of an empty key, before any {@link #step}. */
    static final long SEED = 0;

    private static final long PRIME = 0x100000001b3L;

    private final Hashes lowerCaseNames;
    private final Hashes caseSensitive;
    private final Hashes keys = new Hashes(64);

    /**
     * An empty index.
     *
     * @param lowerCaseNames hashes of the keys of short names that are written in lower case
     * @param caseSensitive  hashes of the keys of one-word names whose case must match, as review
     *                       matches them ("Spring", "Express"): written all in lower case they
     *                       count only when the name itself is a lower-case one
     */
    TextIndex(Hashes lowerCaseNames, Hashes caseSensitive) {
        this.lowerCaseNames = lowerCaseNames;
        this.caseSensitive = caseSensitive;
    }

    /**
     * The hash under which a key is stored.
     *
     * @param key a key in {@link Synonyms#key} form
     * @return its 64-bit hash: the polynomial of its characters in {@code 0x100000001b3}, modulo
     *         2<sup>64</sup>, then mixed (MurmurHash3's finaliser) so that every bit counts
     */
    public static long hash(String key) {
        long h = SEED;
        for (int i = 0; i < key.length(); i++) {
            h = step(h, key.charAt(i));
        }
        return mix(h);
    }

    /**
     * A running hash extended by one character of a key: how composing's index and review's
     * {@link Terms} both file what they read (the index mixes it before storing).
     */
    static long step(long h, char c) {
        return h * PRIME + c;
    }

    private static long mix(long h) {
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /**
     * Adds a text.
     *
     * @param text the text; null is ignored
     * @return this index
     */
    public TextIndex add(String text) {
        if (text == null || text.isEmpty()) {
            return this;
        }
        int n = text.length();
        // per word: the running hash of all word characters before it and up to its end, and
        // PRIME to the power of its length
        long[] before = new long[16];
        long[] after = new long[16];
        long[] shift = new long[16];
        int[] lengths = new int[16];
        boolean[] lower = new boolean[16];
        long running = SEED;
        int count = 0;
        int i = 0;
        while (i < n) {
            while (i < n && !wordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            long startHash = running;
            long power = 1;
            boolean hasUpper = false;
            while (i < n && wordChar(text.charAt(i))) {
                char c = text.charAt(i);
                if (c < 128) {
                    hasUpper |= c >= 'A' && c <= 'Z';
                    c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                } else {
                    hasUpper |= Character.isUpperCase(c);
                    c = Character.toLowerCase(c);
                }
                running = step(running, c);
                power *= PRIME;
                i++;
            }
            if (i > start) {
                if (count == before.length) {
                    before = Arrays.copyOf(before, count * 2);
                    after = Arrays.copyOf(after, count * 2);
                    shift = Arrays.copyOf(shift, count * 2);
                    lengths = Arrays.copyOf(lengths, count * 2);
                    lower = Arrays.copyOf(lower, count * 2);
                }
                before[count] = startHash;
                after[count] = running;
                shift[count] = power;
                lengths[count] = i - start;
                lower[count] = !hasUpper;
                count++;
            }
        }
        keys.reserve(count * MAX_WORDS);
        for (int w = 0; w < count; w++) {
            long power = 1;
            int length = 0;
            for (int k = w; k < count && k < w + MAX_WORDS && length <= MAX_KEY; k++) {
                power *= shift[k];
                long h = mix(after[k] - before[w] * power);
                length += lengths[k];
                if (k == w
                        && lower[w]
                        && !lowerCaseNames.contains(h)
                        && (length <= SHORT || caseSensitive.contains(h))) {
                    continue;
                }
                keys.add(h);
            }
        }
        return this;
    }

    /**
     * Adds everything another index holds.
     *
     * @param other the other index; null is ignored
     * @return this index
     */
    public TextIndex addAll(TextIndex other) {
        if (other != null) {
            keys.addAll(other.keys);
        }
        return this;
    }

    /** Whether a character belongs to a word, and to a key ({@link Synonyms#key}): a letter, digit, + or #. */
    static boolean wordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '#';
        }
        return Character.isLetterOrDigit(c);
    }

    /**
     * Whether the indexed text mentions the term, in any of its spellings.
     *
     * @param term the term
     * @return true when one of its synonyms' keys was indexed
     */
    public boolean mentions(Term term) {
        for (long alias : term.hashes()) {
            if (keys.contains(alias)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the indexed text mentions any of the terms.
     *
     * @param terms the terms
     * @return true when one of them is mentioned
     */
    public boolean mentionsAny(Iterable<Term> terms) {
        for (Term t : terms) {
            if (mentions(t)) {
                return true;
            }
        }
        return false;
    }

    /** A set of hashes: open addressing with linear probing; 0 stands for itself via a flag. */
    static final class Hashes {
        private long[] table;
        private int size;
        private boolean zero;

        Hashes(int capacity) {
            table = new long[Integer.highestOneBit(Math.max(8, capacity - 1)) << 1];
        }

        void add(long h) {
            if (h == 0) {
                zero = true;
                return;
            }
            if ((size + 1) * 2 > table.length) {
                grow();
            }
            int mask = table.length - 1;
            int i = spread(h) & mask;
            while (table[i] != 0) {
                if (table[i] == h) {
                    return;
                }
                i = (i + 1) & mask;
            }
            table[i] = h;
            size++;
        }

        boolean contains(long h) {
            if (h == 0) {
                return zero;
            }
            int mask = table.length - 1;
            int i = spread(h) & mask;
            while (table[i] != 0) {
                if (table[i] == h) {
                    return true;
                }
                i = (i + 1) & mask;
            }
            return false;
        }

        /** Makes room for {@code more} hashes, so that adding them does not grow the table step by step. */
        void reserve(int more) {
            int length = table.length;
            while ((size + more) * 2L > length) {
                length *= 2;
            }
            if (length != table.length) {
                rehash(length);
            }
        }

        void addAll(Hashes other) {
            zero |= other.zero;
            for (long h : other.table) {
                if (h != 0) {
                    add(h);
                }
            }
        }

        private void grow() {
            rehash(table.length * 2);
        }

        private void rehash(int length) {
            long[] old = table;
            table = new long[length];
            size = 0;
            for (long h : old) {
                if (h != 0) {
                    add(h);
                }
            }
        }

        private static int spread(long h) {
            return (int) (h ^ (h >>> 29) ^ (h >>> 43));
        }
    }
}
