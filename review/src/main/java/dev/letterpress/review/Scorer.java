package dev.letterpress.review;

import java.util.ArrayList;
import java.util.List;

/**
 * The documented weighting of a review. A letter starts at 100; every rule that raised at least
 * one finding subtracts its weight from the role pack once, however many findings it raised
 * (three placeholders cost what one does); the score never goes below 0. The {@link Band}
 * follows: good at 75 and above, fair from 50 to 74, poor below 50. Severity orders the findings
 * but does not change the score; the weights alone do. Every rule's share is kept as a
 * {@link RuleScore}, so that a review can show what took each point.
 *
 * <p>With the bundled backend pack: placeholder 30; metrics.missing, tailoring.company, length,
 * stack.breadth, frontend.first and tailoring.requirements 26 each (one of these mistakes alone
 * leaves "good": 100 - 26 = 74); design.missing 20; metrics.implausible 15; github.missing 10;
 * stack.primary, devops.missing and testing.missing 8 each (gaps that matter when several add up).
 */
final class Scorer {
    static final int FULL = 100;
    static final String NO_FINDING = "No finding.";

    private Scorer() {}

    /** Each rule's share of the score, in the pack's order; {@code findings} are the letter's. */
    static List<RuleScore> scoring(List<Finding> findings, List<Rule> rules, Rule.Context context) {
        List<RuleScore> scoring = new ArrayList<>();
        for (Rule rule : rules) {
            List<Finding> own =
                    findings.stream().filter(f -> f.rule() == rule.id()).toList();
            String notChecked = rule.notChecked(context);
            RuleScore.Outcome outcome;
            String why;
            if (!own.isEmpty()) {
                outcome = RuleScore.Outcome.RAISED;
                why = own.size() == 1
                        ? own.get(0).message()
                        : own.size() + " findings; the first: " + own.get(0).message();
            } else if (notChecked != null) {
                outcome = RuleScore.Outcome.NOT_CHECKED;
                why = notChecked;
            } else {
                outcome = RuleScore.Outcome.PASSED;
                why = NO_FINDING;
            }
            scoring.add(new RuleScore(rule.id(), rule.base.severity(), rule.base.weight(), outcome, own.size(), why));
        }
        return List.copyOf(scoring);
    }

    /** 100 less the points every rule took, never below 0. */
    static int score(List<RuleScore> scoring) {
        return Math.max(0, FULL - taken(scoring));
    }

    /** The points all rules took together, before the floor at 0. */
    static int taken(List<RuleScore> scoring) {
        return scoring.stream().mapToInt(RuleScore::points).sum();
    }
}
