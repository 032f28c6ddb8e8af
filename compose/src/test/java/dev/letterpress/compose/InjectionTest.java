package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Achievement;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Project;
import dev.letterpress.model.Skill;
import dev.letterpress.model.SkillCategory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Profile and posting text is data: expressions and markup in it reach the letter literally. */
class InjectionTest {
    private static final List<String> TEMPLATES =
            List.of("experienced", "junior-to-mid", "frontend-to-backend", "concise");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "${T(java.lang.Runtime).getRuntime().exec('x')}",
                "__${7*7}__",
                "[[${7*7}]]",
                "[(${7*7})]",
                "<b>bold</b> &amp; <!-- x --> <![CDATA[y]]>"
            })
    void printsExpressionsAndMarkupInEveryFieldLiterally(String payload) {
        Candidate candidate = Candidate.builder("x", "N" + payload)
                .headline("H" + payload)
                .location("L" + payload)
                .yearsExperience(6.0)
                .skill(new Skill("S" + payload, SkillCategory.LANGUAGE, 6.0, "E" + payload))
                .achievement(new Achievement("A" + payload, List.of("S" + payload), List.of()))
                .project(new Project("P" + payload, "Q" + payload, List.of(), null, List.of()))
                .build();
        JobPosting job = JobPosting.builder("C" + payload, "T" + payload)
                .hiringManager("M" + payload)
                .requiredSkills("S" + payload)
                .keywords("S" + payload)
                .build();

        for (String template : TEMPLATES) {
            Letter letter = Fixtures.composer().compose(candidate, job, template);
            String text = letter.toPlainText();
            assertThat(letter.sender().name()).isEqualTo("N" + payload);
            assertThat(letter.sender().headline()).isEqualTo("H" + payload);
            assertThat(letter.salutation()).isEqualTo("Dear M" + payload + ",");
            assertThat(letter.recipient().company()).isEqualTo("C" + payload);
            assertThat(text)
                    .as(template)
                    .contains("C" + payload)
                    .contains("T" + payload)
                    .doesNotContain("49");
            if (!template.equals("junior-to-mid")) {
                assertThat(text).as(template).contains("S" + payload);
            }
            if (template.equals("experienced")) {
                assertThat(text)
                        .contains(
                                "S" + payload + " (6 years): E" + payload,
                                "A" + payload + ".",
                                "P" + payload + ": Q" + payload + ".");
            }
        }
    }
}
