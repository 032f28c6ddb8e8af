package dev.letterpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.model.Brand;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What an importing application uses: the façade with in-memory values only. */
class LibraryApiTest {
    static final Candidate ADA = Candidate.builder("ada", "Ada Lovelace")
            .email("ada@example.com")
            .yearsExperience(6)
            .build();
    static final JobPosting JOB = JobPosting.builder("Acme", "Backend Engineer")
            .requiredSkills("Python")
            .build();

    @Test
    void documentIgnoresCaseAsRenderDoes() {
        Letterpress letterpress =
                Letterpress.builder().date(LocalDate.of(2026, 12, 3)).build();
        Letterpress.Result result = letterpress.generate(ADA, JOB);

        assertThat(result.document("PDF")).isSameAs(result.document("pdf"));
        assertThat(result.document(" Docx ")).isSameAs(result.document("docx"));
        assertThat(letterpress.render(result.letter(), "PDF")).isEqualTo(result.document("pdf"));
    }

    @Test
    void plainTextDatesTheLetterInTheBrandsLocale() {
        Letterpress british = Letterpress.builder()
                .brand(Brand.builder("Northwind").locale(Locale.UK).build())
                .date(LocalDate.of(2026, 12, 3))
                .formats("docx")
                .build();

        Letter letter = british.compose(ADA, JOB);

        assertThat(letter.locale()).isEqualTo(Locale.UK);
        assertThat(letter.toPlainText()).contains("\n\n3 December 2026\n\n");
        assertThat(british.generate(ADA, JOB).letter().toPlainText()).contains("\n\n3 December 2026\n\n");
    }

    @Test
    void reviewsDocumentsHeldInMemoryLikeFiles() {
        Letterpress letterpress =
                Letterpress.builder().date(LocalDate.of(2026, 12, 3)).build();
        Letterpress.Result result = letterpress.generate(ADA, JOB);
        int score = result.review().score();

        assertThat(letterpress.review(result.document("docx"), "DOCX", JOB).score())
                .isEqualTo(score);
        assertThat(letterpress.review(result.document("pdf"), "pdf", JOB).score())
                .isEqualTo(score);
        byte[] text = result.letter().toPlainText().getBytes(StandardCharsets.UTF_8);
        assertThat(letterpress.review(text, "txt", JOB).score()).isEqualTo(score);
        assertThat(letterpress.review(text, "md", JOB).score()).isEqualTo(score);
    }

    @Test
    void rejectsUnknownOrDamagedUploadsAsInputErrors() {
        Letterpress letterpress = Letterpress.builder().formats("docx").build();

        assertThatThrownBy(() -> letterpress.review(new byte[] {1, 2}, "odt", JOB))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("uploaded odt: cannot review format \"odt\"; use docx, pdf, txt or md");
        assertThatThrownBy(() -> letterpress.review(new byte[] {(byte) 0xC3, 0x28}, "txt", JOB))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("uploaded txt: not valid UTF-8; save the file as UTF-8");
        assertThatThrownBy(() -> letterpress.review("not a pdf".getBytes(StandardCharsets.UTF_8), "pdf", JOB))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("uploaded pdf");
        assertThatThrownBy(() ->
                        Letterpress.letterText(new ByteArrayInputStream(new byte[2 * 1024 * 1024]), "md", "big.md"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("big.md: is larger than 1 MiB; a letter is far smaller");
    }
}
