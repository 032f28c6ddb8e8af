package dev.letterpress.compose;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a composed letter and the inputs behind it: the provenance that {@code letterpress
 * generate --explain} prints.
 *
 * @param text    the sentence as the letter shows it; never null
 * @param sources the input fields it says something from, in the order of the inputs
 *                ({@code achievements[2].text}, {@code achievements[2].metrics[0]},
 *                {@code skills[0].name}, {@code job.company}, {@code job.keywords[1]}), then the
 *                template text around them ({@code template:experienced/p1}, {@code
 *                template:experienced/closing}); never null
 */
public record SentenceSource(String text, List<String> sources) {
    /**
     * Validates and copies.
     *
     * @param text    the sentence; never null
     * @param sources the input fields and the template part; never null
     */
    public SentenceSource {
        Objects.requireNonNull(text, "SentenceSource.text must not be null");
        sources = List.copyOf(sources);
    }
}
