package dev.letterpress.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricTest {

    @ParameterizedTest(name = "{0} {1} {2} {3}->{4} = {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            latency    | 45       | ms           | -     | -     | 45 ms latency
            latency    | -        | ms p95       | 320   | 45    | cut p95 latency from 320 ms to 45 ms
            latency    | -        | ms           | 320   | 45    | cut latency from 320 ms to 45 ms
            throughput | 10000000 | requests/day | -     | -     | 10M requests/day
            throughput | 2500     | -            | -     | -     | throughput of 2,500
            throughput | -        | req/s        | 2000  | 12000 | raised throughput from 2,000 req/s to 12k req/s
            uptime     | 99.97    | %            | -     | -     | 99.97% uptime
            uptime     | 99.9     | -            | -     | -     | 99.9% uptime
            uptime     | -        | %            | 99.5  | 99.95 | raised uptime from 99.5% to 99.95%
            scale      | 2000000  | users        | -     | -     | 2M users
            scale      | 1.2E9    | events/month | -     | -     | 1.2B events/month
            scale      | -        | users        | 10000 | 2.5E6 | grew from 10k to 2.5M users
            scale      | 40000    | -            | -     | -     | a scale of 40k
            cost       | 40       | % AWS        | -     | -     | 40% lower AWS costs
            cost       | 12000    | $/month      | -     | -     | $12k/month in savings
            cost       | -        | $/month      | 12000 | 7000  | cut costs from $12k/month to $7,000/month
            time       | 6        | hours/week   | -     | -     | saved 6 hours/week
            time       | -        | min build    | 40    | 8     | cut build time from 40 min to 8 min
            time       | 3        | hours/week on-call | - | -    | saved 3 hours/week of on-call time
            other      | 35       | % fewer incidents | - | -     | 35% fewer incidents
            other      | 3        | x            | -     | -     | 3x
            other      | -        | incidents/month | 12 | 2     | went from 12 incidents/month to 2 incidents/month
            """)
    void saysEveryKindInWords(String kind, Double value, String unit, Double before, Double after, String phrase) {
        Metric metric = new Metric(MetricKind.parse(kind).orElseThrow(), value, unit, before, after);

        assertThat(metric.phrase()).isEqualTo(phrase);
    }

    @Test
    void roundsLargeNumbersToTwoDecimals() {
        assertThat(Metric.number(1_234_567)).isEqualTo("1.23M");
        assertThat(Metric.number(45_000)).isEqualTo("45k");
        assertThat(Metric.number(9_999)).isEqualTo("9,999");
        assertThat(Metric.number(0.125)).isEqualTo("0.13");
    }

    @Test
    void requiresAValueOrBothEnds() {
        assertThatThrownBy(() -> new Metric(MetricKind.LATENCY, null, "ms", 300.0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Metric needs both before and after (or a value)");
        assertThatThrownBy(() -> new Metric(MetricKind.LATENCY, null, "ms", null, null))
                .hasMessage("Metric needs a value, or before and after");
        assertThatThrownBy(() -> new Metric(MetricKind.LATENCY, Double.NaN, "ms", null, null))
                .hasMessage("Metric figures must be finite numbers (was NaN)");
    }
}
