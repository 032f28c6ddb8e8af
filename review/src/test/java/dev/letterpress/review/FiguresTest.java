package dev.letterpress.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Metric;
import dev.letterpress.model.MetricKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The composer says metrics with {@link Metric#phrase()}; every phrasing must count as a figure. */
class FiguresTest {
    private static final Figures FIGURES =
            RolePack.bundled("backend").vocabulary.figures();

    @Test
    void everyWayTheModelPhrasesAMetricCountsAsAFigure() {
        List<Metric> metrics = List.of(
                Metric.change(MetricKind.LATENCY, 320, 45, "ms p95"),
                Metric.of(MetricKind.LATENCY, 45, "ms"),
                Metric.of(MetricKind.THROUGHPUT, 1e7, "requests/day"),
                Metric.of(MetricKind.THROUGHPUT, 3500, "transactions/s peak"),
                Metric.of(MetricKind.THROUGHPUT, 12000, null),
                Metric.of(MetricKind.UPTIME, 99.97, "%"),
                Metric.change(MetricKind.UPTIME, 99.5, 99.98, "%"),
                Metric.of(MetricKind.SCALE, 45_000_000, "events/day"),
                Metric.of(MetricKind.SCALE, 18000, "policy documents/day"),
                Metric.of(MetricKind.SCALE, 340, "GitHub stars"),
                Metric.change(MetricKind.SCALE, 1000, 5000, "users"),
                Metric.of(MetricKind.COST, 40, "% AWS"),
                Metric.of(MetricKind.COST, 140000, "£/year infrastructure"),
                Metric.of(MetricKind.TIME, 6, "hours/week"),
                Metric.change(MetricKind.TIME, 40, 8, "minutes build"),
                Metric.of(MetricKind.OTHER, 81, "% test coverage"),
                Metric.change(MetricKind.OTHER, 12, 2, "pages/week"));
        for (Metric metric : metrics) {
            assertThat(FIGURES.foundIn(metric.phrase())).as(metric.phrase()).isTrue();
        }
    }

    @Test
    void yearsVersionsDatesAndPhoneNumbersAreNotFigures() {
        for (String text : List.of(
                "6 years of Python 3",
                "Java 17 since 2019",
                "+44 7700 900123",
                "14 March 2026",
                "a team of 5 engineers",
                "HB-4411")) {
            assertThat(FIGURES.foundIn(text)).as(text).isFalse();
        }
    }
}
