package dev.letterpress.model;

import java.util.List;

/**
 * Something the candidate did, in their words, with the skills it used and what it measurably
 * changed.
 *
 * @param text    what was done ("Rebuilt the order pipeline on Kafka"); never blank
 * @param skills  names of the skills used; never null, unmodifiable
 * @param metrics the measured results; never null, unmodifiable
 */
public record Achievement(String text, List<String> skills, List<Metric> metrics) {
    /**
     * Validates the achievement and copies its lists.
     *
     * @param text    what was done ("Rebuilt the order pipeline on Kafka"); never blank
     * @param skills  names of the skills used; never null, unmodifiable
     * @param metrics the measured results; never null, unmodifiable
     * @throws IllegalArgumentException when the text is blank
     */
    public Achievement {
        text = Checks.required("Achievement", "text", text);
        skills = Checks.words(skills);
        metrics = Checks.list(metrics);
    }
}
