package dev.letterpress.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Writes the human forms of a {@link Review}: the report and the table of points. */
final class ReviewText {
    private static final String[] HEADINGS = {"rule", "severity", "weight", "points", "why"};

    private ReviewText() {}

    static String report(Review review) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(review));
        lines.add(points(review));
        lines.add(bands(review));
        lines.add("");
        List<Finding> findings = review.findings();
        if (findings.isEmpty()) {
            lines.add("No findings: the letter follows the advice.");
        }
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String number = (i + 1) + ". ";
            lines.add(number + "[" + f.severity().id() + "] " + f.rule().id() + ": " + f.message());
            lines.add(" ".repeat(number.length()) + "Suggestion: " + f.suggestion());
        }
        return String.join("\n", lines) + "\n";
    }

    static String explain(Review review) {
        int ruleWidth = HEADINGS[0].length();
        for (RuleScore r : review.scoring()) {
            ruleWidth = Math.max(ruleWidth, r.rule().id().length());
        }
        String format = "%-" + ruleWidth + "s  %-8s  %6s  %6s  %s";
        List<String> lines = new ArrayList<>();
        lines.add(headline(review));
        lines.add("");
        lines.add(String.format(Locale.ROOT, format, (Object[]) HEADINGS));
        for (RuleScore r : review.scoring()) {
            lines.add(String.format(
                    Locale.ROOT,
                    format,
                    r.rule().id(),
                    r.severity().id(),
                    r.weight(),
                    r.points() == 0 ? "0" : "-" + r.points(),
                    r.why()));
        }
        int taken = Scorer.taken(review.scoring());
        lines.add(String.format(
                Locale.ROOT,
                format,
                "total",
                "",
                "",
                taken == 0 ? "0" : "-" + taken,
                Scorer.FULL + " - " + taken + " = " + total(review)));
        lines.add("");
        lines.add(bands(review));
        return String.join("\n", lines) + "\n";
    }

    private static String headline(Review review) {
        int words = review.words();
        return "Score: " + review.score() + "/100 (" + review.band().id() + "), " + review.role() + " review of "
                + words + (words == 1 ? " word" : " words");
    }

    /** {@code Points: 100 - 26 metrics.missing - 8 testing.missing = 66}. */
    private static String points(Review review) {
        StringBuilder line = new StringBuilder("Points: ").append(Scorer.FULL);
        boolean any = false;
        for (RuleScore r : review.scoring()) {
            if (r.points() > 0) {
                line.append(" - ")
                        .append(r.points())
                        .append(' ')
                        .append(r.rule().id());
                any = true;
            }
        }
        return any
                ? line.append(" = ").append(total(review)).toString()
                : line.append(", no rule took any").toString();
    }

    /** The arithmetic's result, saying so when the floor at 0 applied: {@code 66} or {@code -14, so 0}. */
    private static String total(Review review) {
        int raw = Scorer.FULL - Scorer.taken(review.scoring());
        return raw < 0 ? raw + ", so 0" : String.valueOf(raw);
    }

    /** {@code Bands: good 75-100, fair 50-74, poor 0-49; fixing metrics.missing (+26) reaches good}. */
    private static String bands(Review review) {
        List<String> ranges = new ArrayList<>();
        int top = Scorer.FULL;
        for (Band band : Band.values()) {
            ranges.add(band.id() + " " + band.minimum() + "-" + top);
            top = band.minimum() - 1;
        }
        return "Bands: " + String.join(", ", ranges) + nextBand(review);
    }

    /** The fewest rules whose fixing lifts the score into the next band up, largest first. */
    private static String nextBand(Review review) {
        Band band = review.band();
        if (band.ordinal() == 0) {
            return "";
        }
        Band next = Band.values()[band.ordinal() - 1];
        List<RuleScore> raised = review.scoring().stream()
                .filter(r -> r.points() > 0)
                .sorted(Comparator.comparingInt(RuleScore::points).reversed())
                .toList();
        int score = Scorer.FULL - Scorer.taken(review.scoring());
        List<String> fixes = new ArrayList<>();
        for (RuleScore r : raised) {
            if (score >= next.minimum()) {
                break;
            }
            score += r.points();
            fixes.add(r.rule().id() + " (+" + r.points() + ")");
        }
        String list = fixes.size() == 1
                ? fixes.get(0)
                : String.join(", ", fixes.subList(0, fixes.size() - 1)) + " and " + fixes.get(fixes.size() - 1);
        return "; fixing " + list + " reaches " + next.id();
    }
}
