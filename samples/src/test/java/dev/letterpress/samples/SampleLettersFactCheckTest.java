package dev.letterpress.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.compose.Composer;
import dev.letterpress.compose.Composition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every letter of the cohort demo and of the recruiter sample passes the fact check. */
class SampleLettersFactCheckTest {
    private static final Composer COMPOSER =
            Composer.builder().date(LocalDate.of(2026, 3, 2)).build();

    private static List<String> findings(List<SampleApplications.Row> rows) {
        List<String> findings = new ArrayList<>();
        for (SampleApplications.Row row : rows) {
            Composition c = COMPOSER.composition(row.candidate(), row.job(), row.template());
            c.factFindings()
                    .forEach(f -> findings.add(
                            row.candidate().id() + " @ " + row.job().company() + ": " + f));
        }
        return findings;
    }

    @Test
    void theCohortLettersPassTheFactCheck() {
        assertThat(findings(SampleApplications.cohort())).isEmpty();
    }

    @Test
    void theRecruiterLettersPassTheFactCheck() {
        assertThat(findings(SampleApplications.recruiter())).isEmpty();
    }

    @Test
    void theCohortGetsJuniorToMidForItsJuniors() {
        List<String> templates = SampleApplications.cohort().stream()
                .map(r -> COMPOSER.compose(r.candidate(), r.job(), r.template()).template())
                .toList();
        assertThat(templates.stream().filter("experienced"::equals).count()).isEqualTo(6);
        assertThat(templates.stream().filter("junior-to-mid"::equals).count()).isEqualTo(22);
    }
}
