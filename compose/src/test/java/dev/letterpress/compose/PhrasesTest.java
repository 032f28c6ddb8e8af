package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Metric;
import dev.letterpress.model.MetricKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesTest {
    @Test
    void joinsListsWithCommasAndAFinalAnd() {
        assertThat(Phrases.join(List.of())).isNull();
        assertThat(Phrases.join(List.of("Python"))).isEqualTo("Python");
        assertThat(Phrases.join(List.of("Python", "AWS"))).isEqualTo("Python and AWS");
        assertThat(Phrases.join(List.of("Python", "PostgreSQL", "AWS"))).isEqualTo("Python, PostgreSQL and AWS");
    }

    @Test
    void saysYearsInTheRightNumber() {
        assertThat(Phrases.years(1.0)).isEqualTo("1 year");
        assertThat(Phrases.years(3.0)).isEqualTo("3 years");
        assertThat(Phrases.years(2.5)).isEqualTo("2.5 years");
        assertThat(Phrases.years(0.5)).isEqualTo("6 months");
        assertThat(Phrases.years(1.0 / 12)).isEqualTo("1 month");
        assertThat(Phrases.years(0.0)).isNull();
        assertThat(Phrases.years(null)).isNull();
        assertThat(Phrases.period(1.0)).isEqualTo("the past year");
        assertThat(Phrases.period(8.0)).isEqualTo("the past 8 years");
    }

    @Test
    void choosesTheArticleBySound() {
        assertThat(Phrases.article("Python backend specialist")).isEqualTo("a");
        assertThat(Phrases.article("Elixir backend specialist")).isEqualTo("an");
        assertThat(Phrases.article("SQL developer")).isEqualTo("an");
        assertThat(Phrases.article("C# developer")).isEqualTo("a");
        assertThat(Phrases.article("R developer")).isEqualTo("an");
        assertThat(Phrases.article("Unix admin")).isEqualTo("a");
    }

    @Test
    void makesOneSentenceWithOneFullStop() {
        assertThat(Phrases.sentence("rebuilt the pipeline.")).isEqualTo("Rebuilt the pipeline.");
        assertThat(Phrases.sentence("Rebuilt the pipeline;")).isEqualTo("Rebuilt the pipeline.");
        assertThat(Phrases.sentence("Why not?")).isEqualTo("Why not?");
        assertThat(Phrases.sentence("iOS app for field staff")).isEqualTo("iOS app for field staff.");
    }

    @Test
    void cleansControlCharactersAndRunsOfWhiteSpace() {
        assertThat(Phrases.clean("  Ada\u0000  \t Lovelace\n")).isEqualTo("Ada Lovelace");
        assertThat(Phrases.clean("\u0001")).isNull();
        assertThat(Phrases.clean("emoji \uD83D\uDE80 stays")).isEqualTo("emoji \uD83D\uDE80 stays");
        assertThat(Phrases.clean("lone \uD800 surrogate")).isEqualTo("lone surrogate");
    }

    @Test
    void attachesFiguresToTheSentenceTheyMeasure() {
        assertThat(Phrases.metricClause(List.of(
                        Metric.change(MetricKind.LATENCY, 320, 45, "ms p95"),
                        Metric.of(MetricKind.THROUGHPUT, 1e7, "requests/day"))))
                .isEqualTo(", which cut p95 latency from 320 ms to 45 ms at 10M requests/day");
        assertThat(Phrases.metricClause(List.of(
                        Metric.of(MetricKind.UPTIME, 99.97, null),
                        Metric.of(MetricKind.THROUGHPUT, 5000, "requests/s"))))
                .isEqualTo(" at 99.97% uptime, handling 5,000 requests/s");
        assertThat(Phrases.metricClause(List.of(Metric.of(MetricKind.SCALE, 1.2e8, "rows"))))
                .isEqualTo(", with 120M rows");
        assertThat(Phrases.metricClause(List.of(Metric.of(MetricKind.TIME, 5, "hours/week marking"))))
                .isEqualTo(" (5 hours/week of marking time)");
        assertThat(Phrases.metricClause(List.of(
                        Metric.of(MetricKind.SCALE, 1.2e8, "rows"),
                        Metric.of(MetricKind.COST, 40, "% AWS"),
                        Metric.of(MetricKind.TIME, 2, "min"))))
                .isEqualTo(", with 120M rows (AWS costs: 40%; 2 min)");
        assertThat(Phrases.metricClause(List.of(Metric.of(MetricKind.OTHER, 3, null))))
                .isEmpty();
        assertThat(Phrases.metricClause(List.of())).isEmpty();
    }

    @Test
    void saysNoDirectionOrBenefitALoneFigureDoesNotShow() {
        assertThat(Phrases.metric(Metric.of(MetricKind.TIME, 2, "min"))).isEqualTo("2 min");
        assertThat(Phrases.metric(Metric.of(MetricKind.COST, 12000, "$"))).isEqualTo("costs: $12k");
        assertThat(Phrases.metric(Metric.of(MetricKind.COST, 34, "% AWS"))).isEqualTo("AWS costs: 34%");
        assertThat(Phrases.metric(Metric.change(MetricKind.OTHER, 40, 85, "% coverage")))
                .isEqualTo("raised coverage from 40% to 85%");
        assertThat(Phrases.metric(Metric.change(MetricKind.TIME, 10, 2, "min deploy")))
                .isEqualTo("cut deploy time from 10 min to 2 min");
    }

    @Test
    void appendsNoFigureTheProfilesSentenceAlreadyStatesInAnyNotation() {
        Metric requests = Metric.of(MetricKind.THROUGHPUT, 4e7, "requests/day");
        for (String text : List.of(
                "Served 40M requests/day", "Served 40 million requests a day", "Served 40,000,000 requests per day")) {
            assertThat(Phrases.withMetrics(text, List.of(requests), List.of(Phrases.metric(requests))))
                    .isEqualTo(text + ".");
        }
        Metric latency = Metric.change(MetricKind.LATENCY, 820, 95, "ms p99");
        assertThat(Phrases.withMetrics(
                        "Cut p99 latency from 820ms to 95ms with Redis",
                        List.of(latency),
                        List.of(Phrases.metric(latency))))
                .isEqualTo("Cut p99 latency from 820ms to 95ms with Redis.");
        Metric hours = Metric.of(MetricKind.TIME, 360, "min");
        assertThat(Phrases.states("Cut the nightly build to 6 hours", hours)).isTrue();
        Metric rollback = Metric.of(MetricKind.TIME, 2, "min");
        assertThat(Phrases.withMetrics(
                        "Automated rollbacks in < 2 min", List.of(rollback), List.of(Phrases.metric(rollback))))
                .isEqualTo("Automated rollbacks in < 2 min.");
        assertThat(Phrases.withMetrics("Automated rollbacks", List.of(rollback), List.of(Phrases.metric(rollback))))
                .isEqualTo("Automated rollbacks (2 min).");
    }

    @Test
    void notesALoneTimeOrCostInBracketsRatherThanAsAFragmentOrAChangeWithNoDirection() {
        Metric aws = Metric.of(MetricKind.COST, 34, "% AWS");
        Metric nightly = Metric.of(MetricKind.TIME, 2, "hours");

        assertThat(Phrases.withMetrics(
                        "Moved the build farm to spot instances", List.of(aws), List.of(Phrases.metric(aws))))
                .isEqualTo("Moved the build farm to spot instances (AWS costs: 34%).");
        assertThat(Phrases.withMetrics(
                        "Maintained the reporting jobs (nightly)", List.of(nightly), List.of(Phrases.metric(nightly))))
                .isEqualTo("Maintained the reporting jobs (nightly; 2 hours).");
    }

    @Test
    void saysWithOnceWhenTheProfilesSentenceAlreadyHasIt() {
        Metric latency = Metric.of(MetricKind.LATENCY, 755, "ms p99");

        assertThat(Phrases.withMetrics(
                        "Owned our search service with Elasticsearch",
                        List.of(latency),
                        List.of(Phrases.metric(latency))))
                .isEqualTo("Owned our search service with Elasticsearch, at 755 ms p99 latency.");
        assertThat(Phrases.withMetrics("Owned our search service", List.of(latency), List.of(Phrases.metric(latency))))
                .isEqualTo("Owned our search service, with 755 ms p99 latency.");
    }

    @Test
    void showsLinksWithoutSchemeAndTrailingSlash() {
        assertThat(Phrases.linkText("https://www.github.com/ada/")).isEqualTo("github.com/ada");
        assertThat(Phrases.linkText("http://ada.dev")).isEqualTo("ada.dev");
    }
}
