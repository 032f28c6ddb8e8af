package dev.letterpress.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
    @Test
    void readsOneValueInEveryNotationOfMagnitude() {
        assertThat(Quantities.numbers("40M users, 40 million rows, 40,000,000 events, $40k, 1.2B, 3 thousand"))
                .containsExactly(4.0e7, 4.0e7, 4.0e7, 4.0e4, 1.2e9, 3.0e3);
    }

    @Test
    void readsNoNumberInsideAWord() {
        assertThat(Quantities.numbers("p95 on EC2 with OAuth2 in 2019")).containsExactly(2019.0);
        assertThat(Quantities.numbers(null)).isEmpty();
        assertThat(Quantities.hasDigit("no figures here")).isFalse();
    }

    @Test
    void readsNumbersAsAlikeWithOrWithoutASpaceBeforeTheUnit() {
        assertThat(Quantities.numbers("95ms and 95 ms, 31% and 31 %")).containsExactly(95.0, 95.0, 31.0, 31.0);
    }

    @Test
    void takesRoundedFiguresForTheValueTheyRound() {
        assertThat(Quantities.same(1.2e6, 1_204_000)).isTrue();
        assertThat(Quantities.same(1.2e6, 1_250_000)).isFalse();
        assertThat(Quantities.same(0, 0)).isTrue();
    }

    @Test
    void namesUnitsOfTimeInAnySpelling() {
        assertThat(List.of("ms", "Milliseconds", "s", "secs", "min", "minutes", "h", "hrs", "hours", "days", "week"))
                .extracting(Quantities::timeUnit)
                .containsExactly("ms", "ms", "s", "s", "min", "min", "hours", "hours", "hours", "days", "weeks");
        assertThat(Quantities.timeUnit("requests")).isNull();
    }

    @Test
    void convertsDurationsBetweenUnits() {
        assertThat(Quantities.convert(6, "hours", "min")).isEqualTo(360.0);
        assertThat(Quantities.convert(1.2, "s", "ms")).isEqualTo(1200.0);
        assertThatThrownBy(() -> Quantities.convert(1, "hours", "fortnights"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a unit of time: \"fortnights\"; use one of ");
    }

    @Test
    void readsChangesWithTheWordAfterEachNumber() {
        assertThat(Quantities.changes("Cut p99 from 310ms to 70ms, and deploys from about 4 hours down to 25 minutes"))
                .containsExactly(
                        new Quantities.Change(8, 26, "310", 310, "ms", "70", 70, "ms"),
                        new Quantities.Change(40, 77, "4", 4, "hours", "25", 25, "minutes"));
        assertThat(Quantities.changes("Grew from 1.2M to 3 million users"))
                .containsExactly(new Quantities.Change(5, 33, "1.2", 1.2e6, null, "3", 3e6, "users"));
        assertThat(Quantities.changes("Led 5 engineers from 2019 to 2023 on Java"))
                .containsExactly(new Quantities.Change(16, 36, "2019", 2019, null, "2023", 2023, "on"));
    }
}
