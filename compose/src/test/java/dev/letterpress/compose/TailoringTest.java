package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.compose.view.AchievementView;
import dev.letterpress.compose.view.ProjectView;
import dev.letterpress.compose.view.SkillView;
import dev.letterpress.model.Achievement;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Metric;
import dev.letterpress.model.MetricKind;
import dev.letterpress.model.Project;
import dev.letterpress.model.Seniority;
import dev.letterpress.model.Skill;
import dev.letterpress.model.SkillCategory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TailoringTest {
    private final Composer composer = Fixtures.composer();

    private static Candidate.Builder person() {
        return Candidate.builder("t", "Test Person");
    }

    private static Skill skill(String name, SkillCategory category, Double years) {
        return new Skill(name, category, years, null);
    }

    private static JobPosting.Builder job() {
        return JobPosting.builder("Acme", "Backend Developer");
    }

    private static Achievement achievement(String text, List<String> skills, Metric... metrics) {
        return new Achievement(text, skills, List.of(metrics));
    }

    private TemplateModel model(Candidate candidate, JobPosting job) {
        return composer.model(candidate, job);
    }

    private static List<String> names(List<SkillView> skills) {
        return skills.stream().map(SkillView::name).toList();
    }

    // ---- skills

    @Test
    void ranksRequiredThenNiceToHaveThenKeywordsThenOwnStackThenFrontend() {
        Candidate c = person().skill(skill("Go", SkillCategory.LANGUAGE, 9.0))
                .skill(skill("React", SkillCategory.FRAMEWORK, 10.0))
                .skill(skill("Redis", SkillCategory.DATABASE, 5.0))
                .skill(skill("Kafka", SkillCategory.TOOL, 1.0))
                .skill(skill("PostgreSQL", SkillCategory.DATABASE, 2.0))
                .skill(skill("Python", SkillCategory.LANGUAGE, 1.0))
                .build();
        JobPosting j = job().requiredSkills("Python")
                .niceToHave("PostgreSQL")
                .keywords("Kafka")
                .build();

        assertThat(names(model(c, j).skills()))
                .containsExactly("Python", "PostgreSQL", "Kafka", "Go", "Redis", "React");
    }

    @Test
    void ranksSkillsOfOneRankByYearsThenEvidence() {
        Candidate c = person().skill(skill("Java", SkillCategory.LANGUAGE, 2.0))
                .skill(new Skill("SQL", SkillCategory.LANGUAGE, null, "reporting queries"))
                .skill(skill("Scala", SkillCategory.LANGUAGE, null))
                .skill(skill("Kotlin", SkillCategory.LANGUAGE, 5.0))
                .build();
        JobPosting j = job().requiredSkills("Java", "Kotlin", "SQL", "Scala").build();

        assertThat(names(model(c, j).skills())).containsExactly("Kotlin", "Java", "SQL", "Scala");
    }

    @Test
    void showsAtMostSixSkillsByDefaultAndMaxSkillsWhenSet() {
        Candidate.Builder b = person();
        for (String name : List.of("Java", "Go", "Rust", "Python", "Ruby", "PHP", "Elixir", "Scala")) {
            b.skill(skill(name, SkillCategory.LANGUAGE, 2.0));
        }
        Candidate c = b.build();

        assertThat(model(c, job().build()).skills()).hasSize(6);
        Composer three = Composer.builder().date(Fixtures.DATE).maxSkills(3).build();
        assertThat(names(three.model(c, job().build()).skills())).containsExactly("Java", "Go", "Rust");
    }

    @Test
    void rejectsMaxSkillsOutOfRange() {
        assertThatThrownBy(() -> Composer.builder().maxSkills(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Composer.maxSkills must be between 1 and 20 (was 0)");
    }

    @Test
    void matchesSkillNamesThroughSynonymsIgnoringCaseAndPunctuation() {
        Candidate c = person().skill(skill("Postgres", SkillCategory.DATABASE, 3.0))
                .skill(skill("k8s", SkillCategory.TOOL, 2.0))
                .skill(skill("Node", null, 4.0))
                .skill(skill("ci-cd", SkillCategory.PRACTICE, 1.0))
                .skill(skill("Spring-Boot", SkillCategory.FRAMEWORK, 5.0))
                .build();
        JobPosting j = job().requiredSkills("PostgreSQL", "Kubernetes", "Node.js", "CI/CD", "spring boot")
                .build();

        List<SkillView> skills = model(c, j).skills();

        assertThat(skills).allMatch(SkillView::required);
        // by years; the posting's spelling, except where the posting writes it all in lower case
        assertThat(names(skills)).containsExactly("Spring-Boot", "Node.js", "PostgreSQL", "Kubernetes", "CI/CD");
    }

    @Test
    void matchesARequirementThatNamesTheSkillInMoreWords() {
        Candidate c =
                person().skill(skill("MySQL", SkillCategory.DATABASE, 3.0)).build();
        JobPosting j = job().requiredSkills("PostgreSQL or MySQL").build();

        assertThat(model(c, j).skills().get(0).required()).isTrue();
        assertThat(model(c, j).skills().get(0).name()).isEqualTo("MySQL");
    }

    @Test
    void extendsTheSynonymTableFromTheBuilder() {
        Candidate c = person().skill(skill("Ex", SkillCategory.LANGUAGE, 3.0)).build();
        JobPosting j = job().requiredSkills("Elixir").build();

        assertThat(model(c, j).skills().get(0).required()).isFalse();
        Composer withSynonym =
                Composer.builder().date(Fixtures.DATE).synonyms("Elixir", "Ex").build();
        assertThat(withSynonym.model(c, j).skills().get(0).required()).isTrue();
    }

    @Test
    void extendsTheSynonymTableFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synonyms.txt");
        Files.writeString(file, "# ours\nOpenSearch, Elasticsearch, ES\n\nClickHouse, CH\n");
        Candidate c = person().skill(skill("CH", SkillCategory.DATABASE, 2.0)).build();
        JobPosting j = job().requiredSkills("ClickHouse").build();

        Composer withFile =
                Composer.builder().date(Fixtures.DATE).synonymsFile(file).build();

        assertThat(withFile.model(c, j).skills().get(0).required()).isTrue();
    }

    @Test
    void reportsEveryBadLineOfASynonymsFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synonyms.txt");
        Files.writeString(file, "Go, Golang\nlonely\n\nPython, ---\n");

        assertThatThrownBy(() -> Composer.builder().synonymsFile(file).build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Object::toString)
                                .containsExactly(
                                        file + " 2: a synonym group needs at least two names, e.g. \"PostgreSQL,"
                                                + " Postgres, psql\" (got [lonely])",
                                        file + " 4: a synonym must contain a letter or digit (got \"---\")"));
    }

    @Test
    void neverLeadsWithAFrontendSkill() {
        Candidate c = person().skill(skill("React", SkillCategory.FRAMEWORK, 10.0))
                .skill(skill("CSS", null, 10.0))
                .skill(skill("Python", SkillCategory.LANGUAGE, 1.0))
                .build();
        JobPosting j = job().requiredSkills("React", "CSS", "Python").build();

        TemplateModel m = model(c, j);

        assertThat(names(m.skills())).containsExactly("Python", "React", "CSS");
        assertThat(names(m.backendSkills())).containsExactly("Python");
        assertThat(names(m.frontendSkills())).containsExactly("React", "CSS");
    }

    @Test
    void browserLanguagesOfAFrontendDeveloperAreFrontendUnlessTheProfileNamesAServerRuntime() {
        Candidate c = person().transitioningFrom("frontend")
                .skill(skill("TypeScript", SkillCategory.LANGUAGE, 4.0))
                .skill(skill("Python", SkillCategory.LANGUAGE, 1.0))
                .skill(skill("FastAPI", SkillCategory.FRAMEWORK, 1.0))
                .build();
        JobPosting j = job().requiredSkills("TypeScript", "PostgreSQL").build();

        TemplateModel m = model(c, j);

        assertThat(names(m.backendSkills())).containsExactly("Python", "FastAPI");
        assertThat(m.primaryLanguage())
                .as("a frontend language is not the primary backend language")
                .isEqualTo("Python");
        assertThat(m.backendStackText()).isEqualTo("FastAPI");
        assertThat(names(m.frontendSkills())).containsExactly("TypeScript");
        Candidate node = c.toBuilder()
                .skill(skill("Node.js", SkillCategory.LANGUAGE, 2.0))
                .build();
        assertThat(names(model(node, j).backendSkills())).startsWith("TypeScript");
    }

    @Test
    void describesEachSkillWithItsYearsAndEvidence() {
        Candidate c = person().skill(new Skill("Python", SkillCategory.LANGUAGE, 8.0, "Django and FastAPI services."))
                .skill(new Skill("AWS", SkillCategory.CLOUD, 1.0, null))
                .skill(new Skill("Kafka", null, null, "event sourcing"))
                .build();

        assertThat(model(c, job().build()).skills())
                .extracting(SkillView::phrase)
                .containsExactly(
                        "Python (8 years): Django and FastAPI services", "AWS (1 year)", "Kafka: event sourcing");
    }

    @Test
    void keepsRoomForATestingAndADeliverySkillWhenTheFirstSixHaveNone() {
        Candidate c = person().skill(skill("Python", SkillCategory.LANGUAGE, 8.0))
                .skill(skill("Django", SkillCategory.FRAMEWORK, 6.0))
                .skill(skill("PostgreSQL", SkillCategory.DATABASE, 6.0))
                .skill(skill("AWS", SkillCategory.CLOUD, 5.0))
                .skill(new Skill("Redis", SkillCategory.DATABASE, 5.0, "cache in front of the pricing API"))
                .skill(skill("Celery", SkillCategory.FRAMEWORK, 4.0))
                .skill(skill("pytest", SkillCategory.TOOL, 3.0))
                .skill(skill("Docker", SkillCategory.TOOL, 2.0))
                .build();
        JobPosting j = job().requiredSkills("Python", "PostgreSQL")
                .niceToHave("Celery")
                .build();

        TemplateModel m = model(c, j);

        // Django (no evidence, not asked for) makes room for pytest; Redis keeps its place by its evidence;
        // AWS, the subject's cloud, already counts as delivery
        assertThat(names(m.skills())).containsExactly("Python", "PostgreSQL", "Celery", "Redis", "AWS", "pytest");
        assertThat(names(m.backendSkills())).isEqualTo(names(m.skills()));
    }

    @Test
    void neverGivesUpARequiredSkillThePrimaryLanguageOrTheCloudForRoom() {
        Candidate c = person().skill(skill("Go", SkillCategory.LANGUAGE, 3.0))
                .skill(skill("gRPC", SkillCategory.FRAMEWORK, 3.0))
                .skill(skill("PostgreSQL", SkillCategory.DATABASE, 3.0))
                .skill(skill("Kafka", SkillCategory.TOOL, 3.0))
                .skill(skill("Redis", SkillCategory.DATABASE, 3.0))
                .skill(skill("AWS", SkillCategory.CLOUD, 3.0))
                .skill(skill("JUnit", SkillCategory.TOOL, 1.0))
                .build();
        JobPosting j =
                job().requiredSkills("gRPC", "PostgreSQL", "Kafka", "Redis").build();

        assertThat(names(model(c, j).skills())).containsExactly("gRPC", "PostgreSQL", "Kafka", "Redis", "Go", "AWS");
    }

    @Test
    void saysHowTheCandidateTestsAndShipsFromSkillsTheStackSentencesLeaveOut() {
        Candidate c = person().skill(skill("Python", SkillCategory.LANGUAGE, 5.0))
                .skill(skill("FastAPI", SkillCategory.FRAMEWORK, 3.0))
                .skill(skill("pytest", SkillCategory.TOOL, 4.0))
                .skill(skill("Docker", SkillCategory.TOOL, 4.0))
                .skill(skill("GitHub Actions", SkillCategory.TOOL, 3.0))
                .skill(skill("Google Cloud", SkillCategory.CLOUD, 2.0))
                .build();
        JobPosting j = job().requiredSkills("Python", "Docker").build();

        TemplateModel m = model(c, j);

        assertThat(m.matchedYearsText()).isEqualTo("Python (5 years)");
        assertThat(m.stackText()).isEqualTo("FastAPI and Google Cloud");
        assertThat(m.practiceText()).isEqualTo("test my code with pytest, and ship it with Docker and GitHub Actions");
    }

    @Test
    void namesATestingPracticeWithItsToolsAndAnAcronymAsWritten() {
        Candidate base = person().skill(skill("Ruby", SkillCategory.LANGUAGE, 5.0))
                .skill(skill("RSpec", SkillCategory.TOOL, 5.0))
                .build();

        assertThat(model(
                                base.toBuilder()
                                        .skill(new Skill("Test-driven development", SkillCategory.PRACTICE, null, null))
                                        .build(),
                                job().build())
                        .practiceText())
                .isEqualTo("practise test-driven development with RSpec");
        assertThat(model(
                                base.toBuilder()
                                        .skill(new Skill("TDD", SkillCategory.PRACTICE, null, null))
                                        .build(),
                                job().build())
                        .practiceText())
                .isEqualTo("practise TDD with RSpec");
        assertThat(model(
                                person().skill(skill("Ruby", SkillCategory.LANGUAGE, 5.0))
                                        .build(),
                                job().build())
                        .practiceText())
                .isNull();
    }

    // ---- headline, subject, salutation

    @Test
    void takesTheStrongestLanguageByYearsAsPrimaryAndTheHeadlineBreaksTies() {
        Candidate c = person().headline("Go backend developer in card payments")
                .skill(skill("Go", SkillCategory.LANGUAGE, 1.0))
                .skill(new Skill("Python", SkillCategory.LANGUAGE, 3.0, "university projects"))
                .build();
        Candidate tie = person().headline("Go backend developer in card payments")
                .skill(skill("Python", SkillCategory.LANGUAGE, 3.0))
                .skill(skill("Go", SkillCategory.LANGUAGE, 3.0))
                .build();

        assertThat(model(c, job().build()).primaryLanguage()).isEqualTo("Python");
        assertThat(model(c, job().build()).candidate().role()).isEqualTo("Python backend specialist");
        assertThat(model(tie, job().build()).primaryLanguage()).isEqualTo("Go");
    }

    @Test
    void derivesTheHeadlineFromThePrimaryLanguageAndItsYears() {
        Candidate c = person().yearsExperience(7.0)
                .skill(skill("Go", SkillCategory.LANGUAGE, 2.0))
                .skill(skill("Python", SkillCategory.LANGUAGE, 5.0))
                .build();
        JobPosting goJob = job().requiredSkills("Go").build();

        TemplateModel m = model(c, goJob);

        assertThat(m.headline()).isEqualTo("Python backend specialist (5 years)");
        assertThat(m.primaryLanguage()).isEqualTo("Python");
        assertThat(m.subject()).startsWith("Backend Developer | Go");
    }

    @Test
    void keepsTheCandidatesOwnHeadline() {
        Candidate c = person().headline("Payments engineer")
                .skill(skill("Java", SkillCategory.LANGUAGE, 9.0))
                .build();

        assertThat(model(c, job().build()).headline()).isEqualTo("Payments engineer");
    }

    @Test
    void callsAShortCareerDeveloperNotSpecialist() {
        Candidate junior =
                person().skill(skill("Java", SkillCategory.LANGUAGE, 2.0)).build();
        Candidate noLanguage =
                person().skill(skill("Docker", SkillCategory.TOOL, 2.0)).build();

        assertThat(model(junior, job().build()).headline()).isEqualTo("Java backend developer (2 years)");
        assertThat(model(junior, job().build()).candidate().roleWithArticle()).isEqualTo("a Java backend developer");
        assertThat(model(noLanguage, job().build()).headline()).isNull();
    }

    @Test
    void buildsTheSubjectFromTitleSeniorityLanguageCloudAndTheme() {
        Candidate c = person().skill(skill("Python", SkillCategory.LANGUAGE, 6.0))
                .skill(skill("AWS", SkillCategory.CLOUD, 4.0))
                .achievement(achievement(
                        "Split the monolith into microservices",
                        List.of("Python"),
                        Metric.of(MetricKind.THROUGHPUT, 5000, "requests/s")))
                .build();
        JobPosting j =
                job().seniority(Seniority.SENIOR).keywords("microservices").build();

        assertThat(model(c, j).subject()).isEqualTo("Senior Backend Developer | Python + AWS | Microservices at Scale");
    }

    @Test
    void addsTheSeniorityOnlyWhenTheTitleDoesNotSayIt() {
        Candidate c = person().build();

        assertThat(model(
                                c,
                                JobPosting.builder("Acme", "Sr. Backend Developer")
                                        .seniority(Seniority.SENIOR)
                                        .build())
                        .subject())
                .isEqualTo("Application for Sr. Backend Developer");
        assertThat(model(
                                c,
                                JobPosting.builder("Acme", "Lead Engineer")
                                        .seniority(Seniority.SENIOR)
                                        .build())
                        .job()
                        .titleWithSeniority())
                .isEqualTo("Lead Engineer");
        assertThat(model(c, job().seniority(Seniority.STAFF).build()).job().titleWithSeniority())
                .isEqualTo("Staff Backend Developer");
        assertThat(model(c, job().seniority(Seniority.MID).build()).job().titleWithSeniority())
                .isEqualTo("Backend Developer");
    }

    @Test
    void namesOnlyThemesTheProfileShows() {
        Candidate noEvents =
                person().skill(skill("Python", SkillCategory.LANGUAGE, 6.0)).build();
        Candidate events = person().skill(skill("Python", SkillCategory.LANGUAGE, 6.0))
                .achievement(achievement("Moved billing to event sourcing on Kafka", List.of("Kafka")))
                .build();
        JobPosting j = job().keywords("event-driven").build();

        assertThat(model(noEvents, j).subject()).isEqualTo("Backend Developer | Python");
        assertThat(model(noEvents, j).focus()).isEmpty();
        assertThat(model(events, j).subject()).isEqualTo("Backend Developer | Python | Event-Driven Systems");
        assertThat(model(events, j).focus()).containsExactly("event-driven systems");
        assertThat(model(events, j).supports())
                .containsEntry("event-driven", true)
                .containsEntry("apis", false);
    }

    @Test
    void combinesTwoLeadingThemesIntoOneLabel() {
        Candidate c = person().achievement(achievement("Split checkout into microservices", List.of()))
                .achievement(achievement("Moved the services to Kafka events", List.of("Kafka")))
                .build();
        JobPosting j = job().keywords("microservices", "event-driven").build();

        assertThat(model(c, j).theme().label()).isEqualTo("Event-Driven Microservices");
    }

    @Test
    void saysTheFocusInThePostingsWordsWhenTheProfileSupportsThem() {
        Candidate c = person().achievement(achievement(
                        "Ran the payments platform at 99.99% uptime",
                        List.of(), Metric.of(MetricKind.UPTIME, 99.99, "%")))
                .achievement(achievement("Built payments reconciliation", List.of()))
                .build();
        JobPosting j = job().keywords("reliability", "payments", "machine learning", "event-driven")
                .build();

        assertThat(model(c, j).focus()).containsExactly("reliability", "payments");
        assertThat(model(c, j).focusText()).isEqualTo("reliability and payments");
    }

    @Test
    void addressesTheHiringManagerByNameOrAsHiringManager() {
        Candidate c = person().build();

        assertThat(composer.compose(c, job().hiringManager("Maria Chen").build())
                        .salutation())
                .isEqualTo("Dear Maria Chen,");
        assertThat(composer.compose(c, job().build()).salutation()).isEqualTo("Dear Hiring Manager,");
    }

    // ---- achievements and projects

    @Test
    void ranksAchievementsByOverlapWithThePostingThenByFigures() {
        Candidate c = person().achievement(achievement("Organised the team offsite", List.of()))
                .achievement(
                        achievement("Cut build times", List.of(), Metric.change(MetricKind.TIME, 40, 8, "min build")))
                .achievement(achievement("Tuned PostgreSQL queries", List.of("PostgreSQL")))
                .achievement(achievement(
                        "Moved reports to Kafka",
                        List.of("Kafka"),
                        Metric.of(MetricKind.THROUGHPUT, 1e6, "events/day")))
                .build();
        JobPosting j = job().requiredSkills("PostgreSQL").niceToHave("Kafka").build();

        assertThat(model(c, j).achievements())
                .extracting(AchievementView::text)
                .containsExactly("Moved reports to Kafka", "Tuned PostgreSQL queries", "Cut build times");
    }

    @Test
    void takesAFourthAchievementOnlyWhenItIsRelevantOrMeasured() {
        Candidate.Builder b = person();
        for (String text : List.of("Wrote the Python ingest", "Ported the Python CLI", "Led the Python guild")) {
            b.achievement(achievement(text, List.of("Python")));
        }
        Candidate plainFourth =
                b.achievement(achievement("Ran the book club", List.of())).build();
        Candidate measuredFourth = plainFourth.toBuilder()
                .achievement(achievement("Halved cloud spend", List.of(), Metric.of(MetricKind.COST, 50, "% cloud")))
                .build();
        JobPosting j = job().requiredSkills("Python").build();

        assertThat(model(plainFourth, j).achievements()).hasSize(3);
        assertThat(model(measuredFourth, j).achievements())
                .extracting(AchievementView::text)
                .containsExactly(
                        "Wrote the Python ingest",
                        "Ported the Python CLI",
                        "Led the Python guild",
                        "Halved cloud spend");
    }

    @Test
    void writesACvStyleProfileAsItsOwnSentencesWithoutFragmentsOrInventedDirections() {
        Candidate c = person().skill(skill("Python", SkillCategory.LANGUAGE, 6.0))
                .achievement(achievement(
                        "Built microservices with FastAPI serving 10M+ requests/day",
                        List.of("Python"),
                        Metric.of(MetricKind.THROUGHPUT, 1e7, "requests/day")))
                .achievement(achievement(
                        "Reduced AWS costs by 34% by moving batch jobs to spot instances",
                        List.of(), Metric.of(MetricKind.COST, 34, "% AWS")))
                .achievement(achievement(
                        "Automated rollbacks for the payments service",
                        List.of(),
                        Metric.of(MetricKind.TIME, 2, "min")))
                .achievement(
                        achievement("Mentored two junior developers", List.of(), Metric.of(MetricKind.OTHER, 2, null)))
                .build();

        List<AchievementView> a = model(c, job().build()).achievements();

        assertThat(a)
                .extracting(AchievementView::sentence)
                .containsExactly(
                        "Built microservices with FastAPI serving 10M+ requests/day.",
                        "Reduced AWS costs by 34% by moving batch jobs to spot instances.",
                        "Automated rollbacks for the payments service (2 min).",
                        "Mentored two junior developers.");
    }

    @Test
    void aJuniorsFixOpensInTheFirstPersonInAParagraph() {
        Candidate tom = person().seniority(dev.letterpress.model.Seniority.JUNIOR)
                .yearsExperience(1)
                .skill(skill("Java", SkillCategory.LANGUAGE, 1.0))
                .achievement(achievement(
                        "Fixed a slow query on the orders page",
                        List.of(),
                        Metric.change(MetricKind.LATENCY, 1200, 300, "ms")))
                .achievement(achievement("Resolved flaky integration tests", List.of()))
                .build();

        TemplateModel m = model(tom, job().build());

        assertThat(m.topAchievement().statement())
                .isEqualTo("I fixed a slow query on the orders page, which cut latency from 1,200 ms to 300 ms.");
        assertThat(m.moreAchievements())
                .extracting(AchievementView::statement)
                .containsExactly("I resolved flaky integration tests.");
    }

    @Test
    void writesEachAchievementWithItsFiguresAsOneSentence() {
        Candidate c = person().achievement(achievement(
                        "rebuilt the order pipeline on Kafka.",
                        List.of(),
                        Metric.change(MetricKind.LATENCY, 320, 45, "ms p95"),
                        Metric.of(MetricKind.THROUGHPUT, 1e7, "requests/day")))
                .achievement(achievement("Ran the payments API", List.of(), Metric.of(MetricKind.UPTIME, 99.97, null)))
                .achievement(achievement("Cached the catalogue", List.of(), Metric.of(MetricKind.COST, 40, "% AWS")))
                .build();

        List<AchievementView> a = model(c, job().build()).achievements();

        assertThat(a)
                .extracting(AchievementView::sentence)
                .containsExactly(
                        "Rebuilt the order pipeline on Kafka, which cut p95 latency from 320 ms to 45 ms at 10M requests/day.",
                        "Ran the payments API at 99.97% uptime.",
                        "Cached the catalogue (AWS costs: 40%).");
        assertThat(a.get(0).statement())
                .isEqualTo(
                        "I rebuilt the order pipeline on Kafka, which cut p95 latency from 320 ms to 45 ms at 10M requests/day.");
    }

    @Test
    void saysAHyphenatedCvVerbInTheFirstPerson() {
        Candidate c = person().achievement(achievement(
                        "Load-tested the ledger API with k6",
                        List.of(),
                        Metric.of(MetricKind.THROUGHPUT, 450, "requests/s")))
                .build();

        assertThat(model(c, job().build()).topAchievement().statement())
                .isEqualTo("I load-tested the ledger API with k6, handling 450 requests/s.");
    }

    @Test
    void takesTheTwoBestProjectsPreferringThoseWithLinks() {
        Candidate c = person().project(
                        new Project("dotfiles", "Shell setup", List.of(), "https://github.com/t/dotfiles", List.of()))
                .project(new Project("ledger", "A ledger service", List.of("Go"), null, List.of()))
                .project(new Project("notes", "A notes app", List.of(), null, List.of()))
                .project(new Project("queue", "A Go job queue", List.of("Go"), "https://github.com/t/queue", List.of()))
                .build();
        JobPosting j = job().requiredSkills("Go").build();

        List<ProjectView> projects = model(c, j).projects();

        assertThat(projects).extracting(ProjectView::name).containsExactly("queue", "ledger");
        assertThat(projects.get(0).description()).isEqualTo("A Go job queue.");
        assertThat(projects.get(1).description()).isEqualTo("A ledger service. Built with Go.");
        assertThat(projects.get(0).linkText()).isEqualTo("github.com/t/queue");
    }

    @Test
    void aProjectsBuiltWithNamesOnlyTheSkillsItsSummaryLeavesOut() {
        Candidate c = person().project(new Project(
                        "transit",
                        "A departures API with FastAPI and PostGIS.",
                        List.of("Python", "FastAPI", "PostgreSQL", "Docker"),
                        null,
                        List.of()))
                .build();

        assertThat(model(c, job().build()).projects().get(0).description())
                .isEqualTo("A departures API with FastAPI and PostGIS. Built with Python, PostgreSQL and Docker.");
    }

    // ---- the letter around the body

    @Test
    void signsWithNameEmailPhoneAndGithubLink() {
        Candidate c = Fixtures.candidate("ada-senior");

        var signature = composer.compose(c, Fixtures.job("minimal")).signature();

        assertThat(signature.name()).isEqualTo("Ada Lovelace");
        assertThat(signature.email()).isEqualTo("ada@example.com");
        assertThat(signature.phone()).isEqualTo("+44 20 7946 0000");
        assertThat(signature.link()).isEqualTo("https://github.com/ada");
        assertThat(composer.compose(Fixtures.candidate("career-changer"), Fixtures.job("minimal"))
                        .signature()
                        .link())
                .isNull();
    }

    @Test
    void datesTheLetterFromTheOptionAndRepeatsItselfExactly() {
        Candidate c = Fixtures.candidate("ada-senior");
        JobPosting j = Fixtures.job("acme-senior");
        Composer again = Composer.builder().date(Fixtures.DATE).build();

        assertThat(composer.compose(c, j).date()).isEqualTo(Fixtures.DATE);
        assertThat(again.compose(c, j)).isEqualTo(composer.compose(c, j));
    }

    @Test
    void rejectsACompanyWithoutPrintableText() {
        JobPosting j = JobPosting.builder("\u0001\u0002", "Engineer").build();

        assertThatThrownBy(() -> composer.compose(person().build(), j))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("JobPosting.company: has no printable text (was \"\u0001\u0002\")");
    }
}
