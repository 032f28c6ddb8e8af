package dev.letterpress.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Metric;
import dev.letterpress.model.MetricKind;
import org.junit.jupiter.api.Test;

class MetricFinderTest {
    @Test
    void readsLatencyChangeInAnyUnitNotation() {
        assertThat(MetricFinder.find("Cut p99 checkout latency from 310ms to 70ms with Redis"))
                .containsExactly(Metric.change(MetricKind.LATENCY, 310, 70, "ms p99"));
        assertThat(MetricFinder.find("Brought API response time from 1.2 s to 300 ms"))
                .containsExactly(Metric.change(MetricKind.LATENCY, 1200, 300, "ms"));
    }

    @Test
    void readsThroughputAndScaleFromTheirRates() {
        assertThat(MetricFinder.find("Scaled the gateway to 1,500 requests/s"))
                .containsExactly(Metric.of(MetricKind.THROUGHPUT, 1500, "requests/s"));
        assertThat(MetricFinder.find("Built the pipeline that handles 12M events/day"))
                .containsExactly(Metric.of(MetricKind.SCALE, 12_000_000, "events/day"));
        assertThat(MetricFinder.find("Served 10M+ requests per day for 2 million users"))
                .containsExactly(
                        Metric.of(MetricKind.SCALE, 10_000_000, "requests/day"),
                        Metric.of(MetricKind.SCALE, 2_000_000, "users"));
    }

    @Test
    void readsUptimeCostAndTimeFromTheWordsAroundThem() {
        assertThat(MetricFinder.find("Kept the payments API at 99.95% uptime"))
                .containsExactly(Metric.of(MetricKind.UPTIME, 99.95, "%"));
        assertThat(MetricFinder.find("Cut the AWS bill by 31 %")).containsExactly(Metric.of(MetricKind.COST, 31, "%"));
        assertThat(MetricFinder.find("Cut deploys from 4 hours to 25 minutes"))
                .containsExactly(Metric.change(MetricKind.TIME, 240, 25, "min"));
    }

    @Test
    void keepsUnclearFiguresAsOtherAndIgnoresYearsAndBareCounts() {
        assertThat(MetricFinder.find("Raised test coverage from 40% to 85%"))
                .containsExactly(Metric.change(MetricKind.OTHER, 40, 85, "%"));
        assertThat(MetricFinder.find("Raised $8M in a Series A round"))
                .containsExactly(Metric.of(MetricKind.OTHER, 8_000_000, "$"));
        assertThat(MetricFinder.find("Made the build 3x faster")).containsExactly(Metric.of(MetricKind.OTHER, 3, "x"));
        assertThat(MetricFinder.find("Rolls back in under 2 min"))
                .containsExactly(Metric.of(MetricKind.OTHER, 2, "min"));
        assertThat(MetricFinder.find("Led 5 engineers from 2019 to 2023 on Java 17"))
                .isEmpty();
    }
}
