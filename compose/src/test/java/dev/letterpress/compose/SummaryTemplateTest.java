package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Block;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The candidate's own summary reaches a user's template as {@code candidate.summary}, counts as an
 * input for the fact check and the provenance, and changes nothing in the built-in letters.
 */
class SummaryTemplateTest {
    private static final String SUMMARY = "Backend developer for 6 years; I cut our AWS bill by 30%.";

    @TempDir
    Path dir;

    private Composer composerWithAbout() throws IOException {
        Files.writeString(dir.resolve("about.xml"), """
                <letter xmlns:th="http://www.thymeleaf.org" description="Quotes the candidate's summary">
                  <subject th:text="${subject}">Subject</subject>
                  <salutation th:text="${salutation}">Dear Hiring Manager,</salutation>
                  <p th:if="${candidate.summary != null}" th:text="${candidate.summary}">About me</p>
                  <p>Thank you, <th:block th:text="${company}">Acme</th:block>.</p>
                  <closing>Kind regards,</closing>
                </letter>
                """, StandardCharsets.UTF_8);
        return Composer.builder().date(Fixtures.DATE).templatesDirectory(dir).build();
    }

    private static String firstParagraph(Letter letter) {
        return Letter.runs(((Block.Paragraph) letter.blocks().get(0)).runs());
    }

    @Test
    void aTemplateQuotesTheSummaryWhichTheFactCheckAndTheProvenanceTraceToTheProfile() throws IOException {
        Candidate ada =
                Fixtures.candidate("ada-senior").toBuilder().summary(SUMMARY).build();
        JobPosting job = Fixtures.job("minimal");

        Composition c = composerWithAbout().composition(ada, job, "about");

        assertThat(firstParagraph(c.letter())).isEqualTo(SUMMARY);
        assertThat(c.factFindings()).isEmpty();
        assertThat(c.sentences())
                .filteredOn(s -> s.text().equals(SUMMARY))
                .singleElement()
                .extracting(SentenceSource::sources)
                .isEqualTo(java.util.List.of("summary", "skills[2].name", "template:about/p1")); // AWS
    }

    @Test
    void withoutASummaryTheTemplatesParagraphGoesAndTheBuiltInLettersStayTheSame() throws IOException {
        Candidate ada = Fixtures.candidate("ada-senior");
        JobPosting job = Fixtures.job("acme-senior");

        Letter about = composerWithAbout().compose(ada, job, "about");

        assertThat(firstParagraph(about)).isEqualTo("Thank you, " + job.company() + ".");
        assertThat(Fixtures.composer().compose(ada.toBuilder().summary(SUMMARY).build(), job))
                .isEqualTo(Fixtures.composer().compose(ada, job));
    }
}
