package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Achievement;
import dev.letterpress.model.Block;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.Inline;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Links;
import dev.letterpress.model.Metric;
import dev.letterpress.model.MetricKind;
import dev.letterpress.model.Recipient;
import dev.letterpress.model.Sender;
import dev.letterpress.model.Signature;
import dev.letterpress.model.Skill;
import dev.letterpress.model.SkillCategory;
import dev.letterpress.text.Synonyms;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fact check finds what the letters got wrong, and nothing in a letter that is right. */
class FactCheckTest {
    private static final FactCheck CHECK = new FactCheck(Lexicon.with(Synonyms.builtIn()));
    private static final Candidate ADA = new Candidate(
            "ada",
            "Ada Lovelace",
            null,
            null,
            null,
            new Links(null, null, null),
            null,
            null,
            3.0,
            null,
            List.of(new Skill("Python", SkillCategory.LANGUAGE, 3.0, null), new Skill("Jest", null, null, null)),
            List.of(new Achievement(
                    "Cut p99 checkout latency from 820 ms to 95 ms with Redis",
                    List.of(),
                    List.of(Metric.change(MetricKind.LATENCY, 820, 95, "ms p99")))),
            List.of());
    private static final JobPosting SHOPWAVE = new JobPosting(
            null,
            "Shopwave Inc.",
            "Backend Engineer",
            null,
            null,
            null,
            List.of("Python"),
            List.of(),
            List.of(),
            null,
            null);

    private static List<String> check(String paragraph) {
        Letter letter = Letter.builder()
                .sender(new Sender("Ada Lovelace", null, null, null, null, new Links(null, null, null)))
                .recipient(new Recipient(null, "Shopwave Inc.", "Backend Engineer", null, null))
                .date(LocalDate.of(2026, 3, 2))
                .subject("Backend Engineer | Python")
                .salutation("Dear Hiring Manager,")
                .block(Block.Paragraph.of(Inline.text(paragraph)))
                .closing("Kind regards,")
                .signature(new Signature("Ada Lovelace", null, null, null))
                .template("experienced")
                .build();
        return CHECK.check(letter, ADA, SHOPWAVE);
    }

    @Test
    void aLetterThatSaysOnlyWhatTheInputsHoldPasses() {
        assertThat(check("I'm applying for the Backend Engineer role at Shopwave Inc. I cut p99 checkout latency"
                        + " from 820 ms to 95 ms with Redis. I test with Jest (3 years of Python)."))
                .isEmpty();
    }

    @Test
    void findsAFigureThatTracesToNoInput() {
        assertThat(check("I cut latency by 40%."))
                .containsExactly("figure \"40\" traces to no input value, in \"I cut latency by 40%.\"");
    }

    @Test
    void findsAFigureStatedTwiceInOneSentence() {
        assertThat(check("I cut latency from 820 ms to 95 ms, which cut latency from 820 ms to 95 ms."))
                .containsExactly(
                        "figure \"820\" stated twice in one sentence: \"I cut latency from 820 ms to 95 ms, which cut latency"
                                + " from 820 ms to 95 ms.\"",
                        "figure \"95\" stated twice in one sentence: \"I cut latency from 820 ms to 95 ms, which cut latency"
                                + " from 820 ms to 95 ms.\"");
    }

    @Test
    void findsDoubledPunctuationAnInventedTechnologyAndAnotherSpelling() {
        assertThat(check("I would like to join Shopwave Inc.. I practise jest and Kubernetes."))
                .containsExactly(
                        "doubled or stray punctuation \"Inc..\" in \"I would like to join Shopwave Inc.. I practise jest and"
                                + " Kubernetes.\"",
                        "technology \"Kubernetes\" is in neither the profile nor the posting",
                        "skill \"Jest\" written \"jest\"");
    }

    @Test
    void findsUnbalancedBrackets() {
        assertThat(check("I know Python (3 years.")).containsExactly("unbalanced () in \"I know Python (3 years.\"");
    }
}
