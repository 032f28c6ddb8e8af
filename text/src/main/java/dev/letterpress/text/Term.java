package dev.letterpress.text;

import java.util.List;

/**
 * A name to look for in a {@link TextIndex}: a skill, a posting's requirement or keyword, a theme
 * word. Build one with {@link #of(Synonyms, String)} or {@link Technologies#term(String)}.
 *
 * @param text   the name as written
 * @param key    its canonical key (through the synonym table)
 * @param hashes the {@link TextIndex#hash hashes} of the keys of every name that means the same;
 *               empty when the name has no letter or digit
 */
public record Term(String text, String key, long[] hashes) {
    /**
     * The term for a name.
     *
     * @param synonyms the table that says which names mean the same
     * @param text     the name as written
     * @return the term
     */
    public static Term of(Synonyms synonyms, String text) {
        String key = synonyms.canonicalKey(text);
        if (key.isEmpty()) {
            return new Term(text, key, new long[0]);
        }
        List<String> aliases = synonyms.aliases(key);
        long[] hashes = new long[aliases.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = TextIndex.hash(aliases.get(i));
        }
        return new Term(text, key, hashes);
    }

    /**
     * Whether this term and another name the same thing.
     *
     * @param other another term
     * @return true when both have the same non-empty canonical key
     */
    public boolean sameAs(Term other) {
        return key.equals(other.key) && !key.isEmpty();
    }
}
