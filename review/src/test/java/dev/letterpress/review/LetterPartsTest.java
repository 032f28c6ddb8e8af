package dev.letterpress.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LetterPartsTest {
    @Test
    void findsHeaderSubjectSalutationBodyAndClosingOfAPlainLetter() {
        LetterParts parts = LetterParts.of("""
                Ada Lovelace
                ada@example.com

                Re: Backend Engineer | Python

                Dear Ms Osei,

                I build APIs. I test them
                too.

                - Python (6 years)
                - Kafka: designed the
                  ledger

                Thank you,
                Ada
                """, "ada.txt", 0);
        assertThat(parts.subject).isEqualTo("Backend Engineer | Python");
        assertThat(parts.salutation).isEqualTo("Dear Ms Osei,");
        assertThat(parts.header).isEqualTo("Ada Lovelace\nada@example.com\n\nRe: Backend Engineer | Python\n");
        assertThat(parts.body)
                .containsExactly(
                        new LetterParts.Part(LetterParts.Kind.PARAGRAPH, List.of("I build APIs. I test them too.")),
                        new LetterParts.Part(
                                LetterParts.Kind.LIST, List.of("Python (6 years)", "Kafka: designed the ledger")));
        assertThat(parts.segments)
                .extracting(LetterParts.Segment::text)
                .containsExactly("I build APIs.", "I test them too.", "Python (6 years)", "Kafka: designed the ledger");
        assertThat(parts.words).isEqualTo(14);
    }

    @Test
    void aOneLineParagraphBeforeTheSalutationIsTheSubjectOnlyWhenItReadsLikeOne() {
        assertThat(LetterParts.of("Ada\n\nSenior Backend Engineer | Python + AWS\n\nDear team,\n\nHi.\n", "a", 0)
                        .subject)
                .isEqualTo("Senior Backend Engineer | Python + AWS");
        assertThat(LetterParts.of("Ada\n\nAcme Payments\n\nDear team,\n\nHi.\n", "a", 0).subject)
                .isNull();
        assertThat(LetterParts.of("Ada\n\nada@example.com | Backend developer\n\nDear team,\n\nHi.\n", "a", 0).subject)
                .isNull();
    }

    @Test
    void withoutSalutationTheWholeTextIsBody() {
        LetterParts parts = LetterParts.of("I build APIs.\nBest regards,\nAda\n", "a", 0);
        assertThat(parts.header).isEmpty();
        assertThat(parts.body)
                .containsExactly(new LetterParts.Part(LetterParts.Kind.PARAGRAPH, List.of("I build APIs.")));
    }

    @Test
    void splitsSentencesButNotAfterAbbreviationsOrInsideNumbersAndNames() {
        assertThat(LetterParts.sentences(
                        "I used e.g. Node.js and v2.5 at 45 ms. Then Dr. Smith left! Why? \"Yes.\" Done"))
                .containsExactly(
                        "I used e.g. Node.js and v2.5 at 45 ms.", "Then Dr. Smith left!", "Why?", "\"Yes.\"", "Done");
    }

    @Test
    void joinsWordsHyphenatedAcrossLinesAndCountsWordsNotDashes() {
        LetterParts parts =
                LetterParts.of("Dear team,\n\nAn event-\ndriven micro-\nservices design — built.\n", "a", 0);
        assertThat(parts.body.get(0).lines()).containsExactly("An eventdriven microservices design — built.");
        assertThat(parts.words).isEqualTo(5);
    }

    @Test
    void masksLinksAndEmailsWithoutMovingOffsets() {
        String text = "See https://github.com/ada/kafka-tools, mail ada@docker.example or ada.dev/cv now";
        String masked = LetterParts.mask(text);
        assertThat(masked)
                .hasSameSizeAs(text)
                .doesNotContain("kafka", "docker", "ada.dev")
                .startsWith("See ")
                .endsWith(" now");
        assertThat(LetterParts.links(text))
                .containsExactly("https://github.com/ada/kafka-tools", "ada@docker.example", "ada.dev/cv");
    }
}
