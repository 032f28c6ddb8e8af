package dev.letterpress.compose.view;

import java.util.List;

/**
 * One achievement in the variables {@code achievements}, {@code backendAchievements},
 * {@code moreAchievements} and {@code topAchievement}, ranked by how much it has to do with the
 * posting, then by having figures.
 *
 * @param text      the profile's words, capitalised, without a final full stop; never null
 * @param sentence  the achievement with its figures as one sentence: "Rebuilt the order pipeline
 *                  on Kafka, which cut p95 latency from 320 ms to 45 ms at 10M requests/day.";
 *                  never null
 * @param statement the same in the first person when the text starts with a CV verb ("I rebuilt
 *                  the order pipeline…"), else equal to {@code sentence}; never null
 * @param metrics   each figure in words ({@code Metric.phrase()}: "cut p95 latency from 320 ms to
 *                  45 ms"); never null
 * @param skills    the skills it used, as the profile names them; never null
 * @param measured  whether it has at least one figure
 * @param relevant  whether it mentions something the posting asks for
 */
public record AchievementView(
        String text,
        String sentence,
        String statement,
        List<String> metrics,
        List<String> skills,
        boolean measured,
        boolean relevant) {
    /**
     * Copies the lists.
     *
     * @param text      the profile's words, capitalised, without a final full stop; never null
     * @param sentence  the achievement with its figures as one sentence: "Rebuilt the order pipeline
     *                  on Kafka, which cut p95 latency from 320 ms to 45 ms at 10M requests/day.";
     *                  never null
     * @param statement the same in the first person when the text starts with a CV verb ("I rebuilt
     *                  the order pipeline…"), else equal to {@code sentence}; never null
     * @param metrics   each figure in words ({@code Metric.phrase()}: "cut p95 latency from 320 ms to
     *                  45 ms"); never null
     * @param skills    the skills it used, as the profile names them; never null
     * @param measured  whether it has at least one figure
     * @param relevant  whether it mentions something the posting asks for
     */
    public AchievementView {
        metrics = List.copyOf(metrics);
        skills = List.copyOf(skills);
    }
}
