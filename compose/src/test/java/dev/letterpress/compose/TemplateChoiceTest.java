package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.model.Candidate;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Seniority;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateChoiceTest {
    private final Composer composer = Fixtures.composer();

    private static Candidate withYears(Double years) {
        return Candidate.builder("t", "Test Person").yearsExperience(years).build();
    }

    @Test
    void choosesFrontendToBackendForACandidateMovingFromFrontend() {
        Candidate c = Candidate.builder("t", "Test Person")
                .yearsExperience(1.0)
                .transitioningFrom("Front-end")
                .build();

        assertThat(composer.chooseTemplate(
                        c, JobPosting.builder("A", "Senior Engineer").build()))
                .isEqualTo("frontend-to-backend");
    }

    @Test
    void choosesJuniorToMidForThreeYearsOrLessAgainstAMidLevelOrHigherPosting() {
        JobPosting mid = JobPosting.builder("A", "Backend Developer")
                .seniority(Seniority.MID)
                .build();

        assertThat(composer.chooseTemplate(withYears(3.0), mid)).isEqualTo("junior-to-mid");
        assertThat(composer.chooseTemplate(withYears(3.5), mid)).isEqualTo("experienced");
        assertThat(composer.chooseTemplate(withYears(null), mid)).isEqualTo("experienced");
    }

    @Test
    void choosesJuniorToMidForAJuniorApplyingToAJuniorRole() {
        JobPosting junior = JobPosting.builder("A", "Backend Developer")
                .seniority(Seniority.JUNIOR)
                .build();

        assertThat(composer.chooseTemplate(withYears(2.0), junior)).isEqualTo("junior-to-mid");
        assertThat(composer.chooseTemplate(
                        withYears(0.5),
                        JobPosting.builder("A", "Junior Backend Developer").build()))
                .isEqualTo("junior-to-mid");
        assertThat(composer.chooseTemplate(
                        withYears(null).toBuilder().seniority(Seniority.JUNIOR).build(), junior))
                .isEqualTo("junior-to-mid");
    }

    @Test
    void choosesJuniorToMidForAJuniorWhateverTheLevelThePostingAsks() {
        for (String title : List.of("Junior Backend Developer", "Sr. Backend Developer", "Backend Developer")) {
            assertThat(composer.chooseTemplate(
                            withYears(2.0), JobPosting.builder("A", title).build()))
                    .as(title)
                    .isEqualTo("junior-to-mid");
        }
    }

    @Test
    void recordsTheChosenTemplateOnTheLetter() {
        Candidate lee = Fixtures.candidate("lee-frontend");

        assertThat(composer.compose(lee, Fixtures.job("northwind")).template()).isEqualTo("frontend-to-backend");
        assertThat(composer.compose(lee, Fixtures.job("northwind"), "concise").template())
                .isEqualTo("concise");
        assertThat(composer.compose(lee, Fixtures.job("northwind"), " ").template())
                .isEqualTo("frontend-to-backend");
    }

    @Test
    void acceptsATemplateNameInAnyCase() {
        assertThat(composer.compose(withYears(5.0), Fixtures.job("minimal"), "Concise")
                        .template())
                .isEqualTo("concise");
    }

    @Test
    void rejectsAnUnknownTemplateNamingTheClosestOne() {
        assertThatThrownBy(() -> composer.compose(withYears(5.0), Fixtures.job("minimal"), "experianced"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).field()).isEqualTo("experianced");
                    assertThat(e.getMessage())
                            .isEqualTo("template experianced: unknown template \"experianced\";"
                                    + " did you mean \"experienced\"? Known templates: experienced, junior-to-mid,"
                                    + " frontend-to-backend, concise");
                });
    }
}
