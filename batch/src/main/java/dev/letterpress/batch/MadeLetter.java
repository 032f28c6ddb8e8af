package dev.letterpress.batch;

import dev.letterpress.model.Letter;
import dev.letterpress.review.Review;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link LetterMaker#make} made of one request: the letter, its documents and its review.
 *
 * @param letter    the composed letter
 * @param documents the rendered documents by format, in the order asked for; empty when nothing was
 *                  rendered (a dry run)
 * @param review    the letter's review, or null when the maker has no reviewer
 * @param warnings  what the renderers noticed, each prefixed with its format ({@code pdf: …})
 */
public record MadeLetter(Letter letter, Map<String, byte[]> documents, Review review, List<String> warnings) {
    /**
     * Copies the map and the list; the byte arrays are the caller's to keep.
     *
     * @param letter    the composed letter
     * @param documents the rendered documents by format, in the order asked for
     * @param review    the letter's review, or null
     * @param warnings  what the renderers noticed
     */
    public MadeLetter {
        Objects.requireNonNull(letter, "letter");
        documents = Collections.unmodifiableMap(new LinkedHashMap<>(documents));
        warnings = List.copyOf(warnings);
    }

    /**
     * One document.
     *
     * @param format the format, any case, e.g. {@code pdf}
     * @return its bytes
     * @throws IllegalArgumentException when that format was not rendered
     */
    public byte[] document(String format) {
        byte[] bytes = documents.get(format == null ? "" : format.strip().toLowerCase(java.util.Locale.ROOT));
        if (bytes == null) {
            throw new IllegalArgumentException("no " + format + " document; rendered: " + documents.keySet());
        }
        return bytes;
    }
}
