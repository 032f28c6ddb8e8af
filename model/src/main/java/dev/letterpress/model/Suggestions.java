package dev.letterpress.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the known name closest to a misspelt one, for messages such as
 * {@code unknown field, did you mean "yearsExperience"?}.
 */
public final class Suggestions {
    private Suggestions() {}

    /**
     * The known name closest to {@code wrong}: the same ignoring case, or within an edit distance of
     * about a third of its length (at least 2).
     *
     * @param wrong the name given
     * @param known the names allowed
     * @return the closest name, or empty when none is close
     */
    public static Optional<String> closest(String wrong, Collection<String> known) {
        String lower = wrong.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, lower.length() / 3);
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance.apply(lower, candidate.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
