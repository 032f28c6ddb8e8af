package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Achievement;
import dev.letterpress.model.Block;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Links;
import dev.letterpress.model.Metric;
import dev.letterpress.model.MetricKind;
import dev.letterpress.model.Project;
import dev.letterpress.model.Seniority;
import dev.letterpress.model.Skill;
import dev.letterpress.model.SkillCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every template, composed for every pair of a varied set of profiles (rich, sparse, odd) and
 * postings, never shows a placeholder, a missing value or a punctuation artefact, and names the
 * company in its first and last paragraphs.
 */
class NoPlaceholdersTest {
    private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]\\n]*\\]");
    private static final List<String> TEMPLATES =
            List.of("experienced", "junior-to-mid", "frontend-to-backend", "concise");
    private static final List<String> ARTEFACTS = List.of(
            "null",
            "undefined",
            "{{",
            "}}",
            "${",
            "#{",
            "  ",
            " ,",
            " .",
            " :",
            " ;",
            ",.",
            "..",
            ",,",
            "()",
            "( ",
            " )",
            ": .",
            "\n- \n",
            "[]");

    static List<Candidate> candidates() {
        List<Candidate> all = new ArrayList<>();
        Fixtures.CANDIDATES.forEach(name -> all.add(Fixtures.candidate(name)));
        all.add(Candidate.builder("skills-only", "Skills Only")
                .skill(Skill.of("Elixir", SkillCategory.LANGUAGE))
                .skill(Skill.of("Phoenix", null))
                .skill(Skill.of("React", null))
                .build());
        all.add(Candidate.builder("achievements-only", "Achieve Only")
                .achievement(new Achievement("led the move to event sourcing.", List.of(), List.of()))
                .achievement(new Achievement(
                        "Halved the cloud bill", List.of(), List.of(Metric.of(MetricKind.COST, 50, "% cloud"))))
                .build());
        all.add(Candidate.builder("projects-only", "Project Only")
                .project(new Project("tiny", null, List.of(), null, List.of()))
                .project(new Project(
                        "api",
                        null,
                        List.of("Go"),
                        "https://github.com/p/api",
                        List.of(Metric.of(MetricKind.THROUGHPUT, 900, "requests/s"))))
                .build());
        all.add(Candidate.builder("years-only", "Years Only")
                .yearsExperience(0.5)
                .build());
        all.add(Candidate.builder("frontend-no-skills", "Front Only")
                .transitioningFrom("frontend")
                .links(new Links(null, null, "https://front.example.com"))
                .build());
        all.add(Candidate.builder("spacey", "  Spacey   Name ")
                .headline("  lots   of   space  ")
                .skill(new Skill("  Python ", SkillCategory.LANGUAGE, 1.0, "  scripts   and  tools .  "))
                .achievement(new Achievement("  wrote   things  ", List.of(), List.of()))
                .build());
        return all;
    }

    static List<JobPosting> jobs() {
        List<JobPosting> all = new ArrayList<>();
        Fixtures.JOBS.forEach(name -> all.add(Fixtures.job(name)));
        all.add(JobPosting.builder("Lower Case Co", "backend developer")
                .requiredSkills("python", "postgres")
                .keywords("apis")
                .build());
        all.add(JobPosting.builder("Keyword Corp", "Engineer")
                .seniority(Seniority.LEAD)
                .keywords("event-driven", "observability", "kafka")
                .build());
        return all;
    }

    @Test
    void composesEveryProfilePostingAndTemplateWithoutPlaceholdersOrArtefacts() {
        Composer composer = Fixtures.composer();
        SoftAssertions softly = new SoftAssertions();
        int letters = 0;
        for (Candidate candidate : candidates()) {
            for (JobPosting job : jobs()) {
                for (String template : TEMPLATES) {
                    Letter letter = composer.compose(candidate, job, template);
                    letters++;
                    String where = candidate.id() + " × " + job.company() + " × " + template;
                    String text = letter.toPlainText();
                    softly.assertThat(BRACKETS.matcher(text).find())
                            .as(where + " has a [placeholder]:\n" + text)
                            .isFalse();
                    for (String artefact : ARTEFACTS) {
                        softly.assertThat(text).as(where).doesNotContain(artefact);
                    }
                    softly.assertThat(letter.template()).as(where).isEqualTo(template);
                    List<Block.Paragraph> paragraphs = letter.blocks().stream()
                            .filter(Block.Paragraph.class::isInstance)
                            .map(Block.Paragraph.class::cast)
                            .toList();
                    softly.assertThat(paragraphs).as(where).isNotEmpty();
                    String company = job.company().strip();
                    softly.assertThat(Letter.runs(paragraphs.get(0).runs()))
                            .as(where + " first paragraph")
                            .contains(company);
                    softly.assertThat(Letter.runs(
                                    paragraphs.get(paragraphs.size() - 1).runs()))
                            .as(where + " last paragraph")
                            .contains(company);
                    paragraphs.forEach(p -> softly.assertThat(
                                    Character.isUpperCase(Letter.runs(p.runs()).codePointAt(0)))
                            .as(where + " starts a paragraph in lower case: " + Letter.runs(p.runs()))
                            .isTrue());
                    softly.assertThat(items(letter))
                            .as(where + " has an empty bullet")
                            .noneMatch(String::isBlank);
                }
            }
        }
        softly.assertAll();
        assertThat(letters).isEqualTo(candidates().size() * jobs().size() * TEMPLATES.size());
    }

    private static Stream<String> items(Letter letter) {
        return letter.blocks().stream()
                .filter(Block.BulletList.class::isInstance)
                .flatMap(b -> ((Block.BulletList) b).items().stream())
                .map(i -> Letter.runs(i.runs()));
    }
}
