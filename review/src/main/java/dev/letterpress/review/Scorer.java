package dev.letterpress.review;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The documented weighting of a review. A letter starts at 100; every rule that raised at least
 * one finding subtracts its weight from the role pack once, however many findings it raised
 * (three placeholders cost what one does); the score never goes below 0. The {@link Band}
 * follows: good at 75 and above, fair from 50 to 74, poor below 50. Severity orders the findings
 * but does not change the score; the weights alone do.
 *
 * <p>With the bundled backend pack: placeholder 30; metrics.missing, tailoring.company, length,
 * stack.breadth, frontend.first and tailoring.requirements 26 each (one of these mistakes alone
 * leaves "good": 100 - 26 = 74); design.missing 20; metrics.implausible 15; github.missing 10;
 * stack.primary, devops.missing and testing.missing 8 each (gaps that matter when several add up).
 */
final class Scorer {
    static final int FULL = 100;

    private Scorer() {
    }

    static int score(List<Finding> findings, List<Rule> rules) {
        Set<RuleId> raised = EnumSet.noneOf(RuleId.class);
        findings.forEach(f -> raised.add(f.rule()));
        int score = FULL;
        for (Rule rule : rules) {
            if (raised.contains(rule.id())) {
                score -= rule.base.weight();
            }
        }
        return Math.max(0, score);
    }
}
