package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.JobPosting;
import dev.letterpress.review.Review;
import dev.letterpress.review.Reviewer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Thousands of made-up profile × posting pairs ({@link RandomInputs}): each letter passes the fact
 * check, and its review raises only what the profile's own data explains (the profile, reviewed as
 * a letter, raises it too). A failure names its seed; {@code -Dletterpress.seed=N} starts the run
 * at seed N, so {@code -Dletterpress.seed=N -Dletterpress.pairs=1} repeats exactly that pair.
 */
class GeneratedLettersTest {
    private static final int PAIRS = Integer.getInteger("letterpress.pairs", 2400);
    /**
     * Findings a profile explains when it raises them itself. design.missing, devops.missing and
     * testing.missing are left out of the check: a letter shows at most six skills, and a profile
     * whose only evidence of them is a skill ranked below those gets the finding rightly.
     */
    private static final Set<String> EVIDENCE =
            Set.of("metrics.missing", "github.missing", "tailoring.requirements", "stack.primary");

    private static final Set<String> SELECTION =
            Set.of("design.missing", "devops.missing", "testing.missing", "length", "stack.breadth");
    private static final Reviewer REVIEWER = Reviewer.builder().build();

    @Test
    void everyGeneratedLetterPassesTheFactCheck() {
        List<String> failures = new ArrayList<>();
        long base = RandomInputs.baseSeed();
        for (long seed = base; seed < base + PAIRS; seed++) {
            RandomInputs.Pair pair = RandomInputs.pair(seed);
            Composition c = Fixtures.composer().composition(pair.candidate(), pair.job(), null);
            if (!c.factFindings().isEmpty()) {
                failures.add("seed " + seed + " (" + c.letter().template() + "): " + c.factFindings());
            }
        }
        assertThat(failures)
                .as("%d of %d letters with fact-check findings", failures.size(), PAIRS)
                .isEmpty();
    }

    @Test
    void everyGeneratedLetterRaisesOnlyReviewFindingsItsProfileExplains() {
        List<String> failures = new ArrayList<>();
        long base = RandomInputs.baseSeed();
        for (long seed = base; seed < base + PAIRS; seed += 8) {
            RandomInputs.Pair pair = RandomInputs.pair(seed);
            JobPosting job = pair.job();
            Review review = REVIEWER.review(Fixtures.composer().compose(pair.candidate(), job), job);
            Set<String> unexplained = new LinkedHashSet<>(review.ruleIds());
            unexplained.removeAll(SELECTION);
            if (unexplained.stream().anyMatch(EVIDENCE::contains)) {
                Set<String> profile =
                        new LinkedHashSet<>(REVIEWER.review(SampleLettersReviewTest.profileText(pair.candidate()), job)
                                .ruleIds());
                unexplained.removeIf(id -> EVIDENCE.contains(id) && profile.contains(id));
            }
            if (!unexplained.isEmpty()) {
                failures.add("seed " + seed + ": " + unexplained + " " + review.findings());
            }
        }
        assertThat(failures)
                .as(
                        "%d of %d letters whose review raises what the profile does not explain",
                        failures.size(), PAIRS / 8)
                .isEmpty();
    }
}
