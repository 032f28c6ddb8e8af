package dev.letterpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a metric reads in a letter, for the shapes the sample profiles use. */
class MetricPhraseTest {
    @Test
    void countsWithAPlainUnitReadAsAmountAndUnit() {
        assertThat(Metric.of(MetricKind.THROUGHPUT, 1e7, "requests/day").phrase())
                .isEqualTo("10M requests/day");
        assertThat(Metric.of(MetricKind.THROUGHPUT, 450, "requests/s").phrase()).isEqualTo("450 requests/s");
        assertThat(Metric.of(MetricKind.SCALE, 45e6, "events/day").phrase()).isEqualTo("45M events/day");
        assertThat(Metric.of(MetricKind.OTHER, 38, "%").phrase()).isEqualTo("38%");
    }

    @Test
    void countsWithAQualifiedUnitReadAsAmountUnitAndQualifier() {
        assertThat(Metric.of(MetricKind.THROUGHPUT, 900, "requests/s peak").phrase())
                .isEqualTo("900 requests/s peak");
        assertThat(Metric.of(MetricKind.SCALE, 18000, "policy documents/day").phrase())
                .isEqualTo("18k policy documents/day");
        assertThat(Metric.of(MetricKind.OTHER, 94, "% test coverage").phrase()).isEqualTo("94% test coverage");
    }

    @Test
    void countsWithoutUnitSayWhatTheyMeasure() {
        assertThat(Metric.of(MetricKind.THROUGHPUT, 1200, null).phrase()).isEqualTo("throughput of 1,200");
        assertThat(Metric.of(MetricKind.SCALE, 250000, null).phrase()).isEqualTo("a scale of 250k");
    }

    @Test
    void changesAndOtherKindsKeepTheirDocumentedWording() {
        assertThat(Metric.change(MetricKind.LATENCY, 320, 45, "ms p95").phrase())
                .isEqualTo("cut p95 latency from 320 ms to 45 ms");
        assertThat(Metric.change(MetricKind.UPTIME, 99.5, 99.98, "%").phrase())
                .isEqualTo("raised uptime from 99.5% to 99.98%");
        assertThat(Metric.of(MetricKind.UPTIME, 99.97, "%").phrase()).isEqualTo("99.97% uptime");
        assertThat(Metric.of(MetricKind.COST, 28, "% AWS").phrase()).isEqualTo("28% lower AWS costs");
        assertThat(Metric.of(MetricKind.COST, 140000, "£/year infrastructure").phrase())
                .isEqualTo("£140k/year in infrastructure savings");
        assertThat(Metric.of(MetricKind.TIME, 5, "hours/week marking admin").phrase())
                .isEqualTo("saved 5 hours/week of marking admin time");
    }
}
