package dev.letterpress.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BuildersTest {

    @Test
    void buildsEveryRecordWithIntNumbers() {
        Metric latency = Metric.builder(MetricKind.LATENCY)
                .unit("ms p95")
                .change(320, 45)
                .build();
        Skill go = Skill.builder("Go")
                .category(SkillCategory.LANGUAGE)
                .years(4)
                .evidence("payments API")
                .build();
        Candidate ada = Candidate.builder("ada", "Ada Lovelace")
                .yearsExperience(6)
                .links(Links.builder().github("github.com/ada").build())
                .skill(go)
                .skill(new Skill("Kafka", SkillCategory.TOOL, 2, null))
                .achievement(Achievement.builder("Rebuilt the order pipeline")
                        .skills("Go", "Kafka")
                        .metric(latency)
                        .build())
                .project(Project.builder("ledgerline")
                        .summary("A ledger")
                        .skills("Go")
                        .link("github.com/ada/ledgerline")
                        .metric(Metric.builder(MetricKind.UPTIME)
                                .value(99.97)
                                .unit("%")
                                .build())
                        .build())
                .build();

        assertThat(ada.yearsExperience()).isEqualTo(6.0);
        assertThat(ada.links().github()).isEqualTo("https://github.com/ada");
        assertThat(ada.skills())
                .containsExactly(
                        new Skill("Go", SkillCategory.LANGUAGE, 4.0, "payments API"),
                        new Skill("Kafka", SkillCategory.TOOL, 2.0, null));
        assertThat(ada.achievements().get(0).metrics().get(0).phrase())
                .isEqualTo("cut p95 latency from 320 ms to 45 ms");
        assertThat(ada.projects().get(0).link()).isEqualTo("https://github.com/ada/ledgerline");
        assertThat(ada.projects().get(0).metrics().get(0).phrase()).isEqualTo("99.97% uptime");
        assertThat(JobPosting.builder("Acme", "Backend Engineer")
                        .requiredSkills("Go")
                        .build()
                        .requiredSkills())
                .containsExactly("Go");
    }

    @Test
    void candidateBuilderKeepsTheSummaryThroughToBuilderAndTheConstructorWithoutOneLeavesItNull() {
        Candidate ada = Candidate.builder("ada", "Ada Lovelace")
                .headline("Python backend developer")
                .summary("  I build payment services.  ")
                .build();
        Candidate without = new Candidate(
                "ada",
                "Ada Lovelace",
                null,
                null,
                null,
                Links.NONE,
                "Python backend developer",
                null,
                null,
                null,
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of());

        assertThat(ada.summary()).isEqualTo("I build payment services.");
        assertThat(ada.toBuilder().build()).isEqualTo(ada);
        assertThat(ada.toBuilder().summary(null).build()).isEqualTo(without);
        assertThat(without.summary()).isNull();
    }

    @Test
    void candidateBuilderReportsEveryProblemAsInvalidInput() {
        assertThat(ProfilesTest.problems(() -> Candidate.builder(" ", "")
                        .email("ada@")
                        .yearsExperience(61)
                        .build()))
                .containsExactly(
                        "Candidate id: must not be blank (was ' ')",
                        "Candidate name: must not be blank (was '')",
                        "Candidate email: expected an e-mail address like name@example.com (was 'ada@')",
                        "Candidate yearsExperience: must be at most 60 (was 61.0)");
    }

    @Test
    void everyBuilderThrowsInvalidInputWithEveryProblem() {
        assertThat(ProfilesTest.problems(() -> Skill.builder("").years(-1).build()))
                .containsExactly(
                        "Skill name: must not be blank (was '')", "Skill years: must not be negative (was -1.0)");
        assertThat(ProfilesTest.problems(() -> Links.builder()
                        .github("javascript:alert(1)")
                        .website("ftp://x")
                        .build()))
                .containsExactly(
                        "Links github: expected a web address like https://github.com/ada (was 'javascript:alert(1)')",
                        "Links website: expected a web address like https://github.com/ada (was 'ftp://x')");
        assertThat(ProfilesTest.problems(() -> Project.builder(" ").link("nope").build()))
                .containsExactly(
                        "Project name: must not be blank (was ' ')",
                        "Project link: expected a web address like https://github.com/ada (was 'nope')");
        assertThat(ProfilesTest.problems(() -> Achievement.builder(null).build()))
                .containsExactly("Achievement text: must not be blank (was null)");
        assertThat(ProfilesTest.problems(() -> Metric.builder(null).build()))
                .containsExactly(
                        "Metric kind: must not be null (was null)", "Metric: needs a value, or before and after");
        assertThat(ProfilesTest.problems(
                        () -> JobPosting.builder("", " ").url("x y").build()))
                .containsExactly(
                        "JobPosting company: must not be blank (was '')",
                        "JobPosting title: must not be blank (was ' ')",
                        "JobPosting url: expected a web address like https://github.com/ada (was 'x y')");
        assertThat(ProfilesTest.problems(() -> Brand.builder(" ")
                        .font("")
                        .primaryColor(null)
                        .locale(null)
                        .build()))
                .containsExactly(
                        "Brand name: must not be blank (was ' ')",
                        "Brand primaryColor: must not be null (was null)",
                        "Brand font: must not be blank (was '')",
                        "Brand locale: must not be null (was null)");
    }

    @Test
    void constructorsStillThrowIllegalArgumentNamingEveryProblem() {
        assertThatThrownBy(() -> new Skill(" ", null, 99.0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Skill.name must not be blank (was ' '); Skill.years must be at most 60 (was 99.0)");
        assertThatThrownBy(() -> new Margins(-1, 5, Double.POSITIVE_INFINITY, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Margins.top must be between 0 and 100 mm (was -1.0); "
                        + "Margins.bottom must be between 0 and 100 mm (was Infinity)");
    }

    @Test
    void brandBuilderStartsFromTheDefaultsWithAName() {
        Brand brand = Brand.builder("Northwind").locale(Locale.UK).build();

        assertThat(brand.name()).isEqualTo("Northwind");
        assertThat(brand.font()).isEqualTo(Brand.DEFAULT_FONT);
        assertThat(brand.locale()).isEqualTo(Locale.UK);
    }

    @Test
    void rejectsMetricFiguresALetterCannotPrint() {
        assertThatThrownBy(() -> Metric.of(MetricKind.SCALE, 1e300, "users"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "Metric figures must be at most 1,000,000,000,000,000 in size; use a larger unit (was 1.0E300)");
        assertThatThrownBy(() -> Metric.change(MetricKind.LATENCY, 320, 1e-300, "ms"))
                .hasMessage("Metric figures must be 0 or at least 0.01 in size; use a smaller unit (was 1.0E-300)");
        assertThat(Metric.change(MetricKind.COST, 0.05, 0, "$/request").phrase())
                .isEqualTo("cut costs from $0.05/request to $0/request");
        assertThat(Metric.of(MetricKind.SCALE, 1e15, "events").phrase()).isEqualTo("1000000B events");
    }

    @Test
    void plainTextDatesTheLetterInItsLocale() {
        Letter letter = Letter.builder()
                .sender(new Sender("Ada", null, null, null, null, null))
                .recipient(new Recipient(null, "Acme", "Dev", null, null))
                .date(LocalDate.of(2026, 12, 3))
                .subject("s")
                .salutation("Dear,")
                .block(Block.Paragraph.of(Inline.text("Hello.")))
                .closing("Bye,")
                .signature(new Signature("Ada", null, null, null))
                .locale(Locale.UK)
                .build();

        assertThat(letter.toPlainText()).contains("\n\n3 December 2026\n\n").doesNotContain("December 3");
        assertThat(letter.withLocale(null).toPlainText()).contains("\n\nDecember 3, 2026\n\n");
        assertThat(letter.withLocale(Locale.UK)).isSameAs(letter);
    }
}
