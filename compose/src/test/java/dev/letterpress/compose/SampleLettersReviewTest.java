package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Achievement;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Metric;
import dev.letterpress.model.Profiles;
import dev.letterpress.model.Project;
import dev.letterpress.model.Skill;
import dev.letterpress.review.Review;
import dev.letterpress.review.Reviewer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Letterpress follows its own advice: every letter composed from the sample profiles under
 * {@code samples/} is reviewed with the backend role. Whether a profile holds the evidence a rule
 * looks for is decided by data: the profile itself (skills, achievements, projects, links) is
 * reviewed as one text, so a finding the profile would raise is "explained by missing data" and a
 * finding only the letter raises means the composer dropped what the profile has.
 */
class SampleLettersReviewTest {
    private static final Path SAMPLES = Path.of("..", "samples");
    private static final List<String> TEMPLATES =
            List.of(Composer.EXPERIENCED, Composer.JUNIOR_TO_MID, Composer.FRONTEND_TO_BACKEND, Composer.CONCISE);
    /** Findings about what a profile holds; the others are about how a letter is written. */
    private static final Set<String> EVIDENCE = Set.of(
            "metrics.missing",
            "design.missing",
            "devops.missing",
            "testing.missing",
            "github.missing",
            "tailoring.requirements");

    private static final Reviewer REVIEWER = Reviewer.builder().build();

    private static final List<Candidate> CANDIDATES = candidates();
    private static final List<JobPosting> JOBS =
            yamlFiles(SAMPLES.resolve("jobs")).stream().map(Profiles::readJob).toList();

    private static List<Candidate> candidates() {
        List<Candidate> all = new ArrayList<>();
        yamlFiles(SAMPLES.resolve("cohort/candidates")).forEach(f -> all.add(Profiles.readCandidate(f)));
        all.add(Profiles.readCandidate(SAMPLES.resolve("recruiter/candidate.yaml")));
        return List.copyOf(all);
    }

    private static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything a profile says, as a plain-text letter the reviewer can read. */
    static String profileText(Candidate c) {
        List<String> parts = new ArrayList<>();
        for (Skill s : c.skills()) {
            parts.add(s.name()
                    + (s.years() == null ? "" : " (" + s.years() + " years)")
                    + (s.evidence() == null ? "." : ": " + s.evidence() + "."));
        }
        for (Achievement a : c.achievements()) {
            parts.add(a.text() + ", "
                    + String.join(", ", a.metrics().stream().map(Metric::phrase).toList()) + ".");
        }
        for (Project p : c.projects()) {
            parts.add(p.name() + ": " + (p.summary() == null ? "" : p.summary() + " ")
                    + String.join(", ", p.metrics().stream().map(Metric::phrase).toList()) + " "
                    + String.join(", ", p.skills()) + ".");
        }
        String links = Stream.of(c.links().github(), c.links().website())
                .filter(l -> l != null)
                .reduce((a, b) -> a + " | " + b)
                .orElse("");
        return c.name() + "\n" + (c.headline() == null ? "" : c.headline()) + "\n" + links
                + "\n\nDear Hiring Manager,\n\n" + String.join("\n\n", parts) + "\n\nKind regards,\n" + c.name() + "\n";
    }

    /** The evidence findings the profile itself raises, with a posting (or without: null). */
    private static Set<String> missingFromProfile(Candidate c, JobPosting job) {
        Set<String> ids =
                new LinkedHashSet<>(REVIEWER.review(profileText(c), job).ruleIds());
        ids.retainAll(EVIDENCE);
        return ids;
    }

    private static boolean rich(Candidate c) {
        return missingFromProfile(c, null).isEmpty();
    }

    private static boolean fits(Candidate c, JobPosting job) {
        return !missingFromProfile(c, job).contains("tailoring.requirements");
    }

    private static Review review(Candidate c, JobPosting job, String template) {
        return REVIEWER.review(Fixtures.composer().compose(c, job, template), job);
    }

    @Test
    void richProfilesAreEveryOneWithFiguresCodeDesignDevopsAndTestingEvidence() {
        assertThat(CANDIDATES.stream().filter(SampleLettersReviewTest::rich).map(Candidate::id))
                .as("priya-raman has no code link, soren-agard no measured result; the others are rich")
                .containsExactlyInAnyOrder(
                        "ana-conceicao",
                        "chidi-okonkwo",
                        "fatima-haddad",
                        "hamid-rezaei",
                        "huong-nguyen",
                        "jingyi-chen",
                        "jose-alvarez",
                        "kenji-watanabe",
                        "mei-lin",
                        "zoe-lukasiewicz",
                        "elif-demir");
    }

    @Test
    void lettersFromRichProfilesScoreAtLeast80ForEveryPostingTheyFitInEveryTemplate() {
        List<String> below = new ArrayList<>();
        int letters = 0;
        for (Candidate c :
                CANDIDATES.stream().filter(SampleLettersReviewTest::rich).toList()) {
            for (JobPosting job : JOBS.stream().filter(j -> fits(c, j)).toList()) {
                for (String template : TEMPLATES) {
                    Review review = review(c, job, template);
                    letters++;
                    if (review.score() < 80) {
                        below.add(c.id() + " / " + job.id() + " / " + template + ": " + review.score() + " "
                                + review.ruleIds() + ", " + review.words() + " words");
                    }
                }
            }
        }
        assertThat(letters).as("rich profile × fitting posting × template").isGreaterThanOrEqualTo(60);
        assertThat(below).isEmpty();
    }

    @Test
    void everySampleLetterRaisesOnlyFindingsItsProfileExplains() {
        List<String> dropped = new ArrayList<>();
        for (Candidate c : CANDIDATES) {
            for (JobPosting job : JOBS) {
                Set<String> explained = missingFromProfile(c, job);
                for (String template : TEMPLATES) {
                    Review review = review(c, job, template);
                    Set<String> unexplained = new LinkedHashSet<>(review.ruleIds());
                    unexplained.removeAll(explained);
                    // a letter from thin data may be short; for rich profiles the test above rules that out
                    unexplained.remove("length");
                    if (!unexplained.isEmpty()) {
                        dropped.add(c.id() + " / " + job.id() + " / " + template + ": " + unexplained
                                + " (profile explains " + explained + ")");
                    }
                }
            }
        }
        assertThat(dropped).isEmpty();
    }
}
