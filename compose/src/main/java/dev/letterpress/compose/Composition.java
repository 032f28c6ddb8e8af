package dev.letterpress.compose;

import dev.letterpress.model.Letter;
import java.util.List;
import java.util.Objects;

/**
 * A composed letter with what Letterpress knows about how it was made: where each sentence came
 * from, and the findings of the fact check that every letter passes (see
 * {@link Composer#composition}).
 *
 * <pre>{@code
 * Composition c = composer.composition(candidate, job, null);
 * c.factFindings().forEach(System.err::println);   // empty unless Letterpress has a bug
 * for (SentenceSource s : c.sentences()) {
 *     System.out.println(s.text() + "  <- " + String.join(", ", s.sources()));
 * }
 * Letter letter = c.letter();
 * }</pre>
 *
 * @param letter       the letter; never null
 * @param sentences    each sentence of the subject, body and closing, in reading order, with the
 *                     input fields behind it; never null
 * @param factFindings what the fact check found: a figure that traces to no input value, a figure
 *                     stated twice in one sentence, a technology neither the profile nor the
 *                     posting names, a skill in another spelling, doubled or stray punctuation,
 *                     unbalanced brackets or quotes. Each is a bug in Letterpress or in a user
 *                     template, worth a warning; empty when the letter passes. Never null.
 */
public record Composition(Letter letter, List<SentenceSource> sentences, List<String> factFindings) {
    /**
     * Validates and copies.
     *
     * @param letter       the letter; never null
     * @param sentences    each sentence with its sources; never null
     * @param factFindings what the fact check found; never null
     */
    public Composition {
        Objects.requireNonNull(letter, "Composition.letter must not be null");
        sentences = List.copyOf(sentences);
        factFindings = List.copyOf(factFindings);
    }
}
