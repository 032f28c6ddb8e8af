package dev.letterpress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Brand;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What an importing application uses: the façade with in-memory values only. */
class LibraryApiTest {
    static final Candidate ADA = Candidate.builder("ada", "Ada Lovelace").email("ada@example.com").yearsExperience(6)
            .build();
    static final JobPosting JOB = JobPosting.builder("Acme", "Backend Engineer").requiredSkills("Python").build();

    @Test
    void documentIgnoresCaseAsRenderDoes() {
        Letterpress letterpress = Letterpress.builder().date(LocalDate.of(2026, 12, 3)).build();
        Letterpress.Result result = letterpress.generate(ADA, JOB);

        assertThat(result.document("PDF")).isSameAs(result.document("pdf"));
        assertThat(result.document(" Docx ")).isSameAs(result.document("docx"));
        assertThat(letterpress.render(result.letter(), "PDF")).isEqualTo(result.document("pdf"));
    }

    @Test
    void plainTextDatesTheLetterInTheBrandsLocale() {
        Letterpress british = Letterpress.builder().brand(Brand.builder("Northwind").locale(Locale.UK).build())
                .date(LocalDate.of(2026, 12, 3)).formats("docx").build();

        Letter letter = british.compose(ADA, JOB);

        assertThat(letter.locale()).isEqualTo(Locale.UK);
        assertThat(letter.toPlainText()).contains("\n\n3 December 2026\n\n");
        assertThat(british.generate(ADA, JOB).letter().toPlainText()).contains("\n\n3 December 2026\n\n");
    }
}
