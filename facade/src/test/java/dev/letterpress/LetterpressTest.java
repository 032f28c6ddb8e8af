package dev.letterpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.batch.BatchResult;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Profiles;
import dev.letterpress.review.PdfText;
import dev.letterpress.review.Review;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterpressTest {
    static final Path SAMPLES = Path.of("..", "samples");
    static final Candidate ELIF = Profiles.readCandidate(SAMPLES.resolve("recruiter/candidate.yaml"));
    static final JobPosting JOB = Profiles.readJob(SAMPLES.resolve("jobs/brightwave-health-backend-engineer.yaml"));

    @TempDir
    Path dir;

    private static Letterpress letterpress() {
        return Letterpress.builder()
                .brand(SAMPLES.resolve("recruiter/brand.yaml"))
                .date(LocalDate.of(2026, 11, 29))
                .build();
    }

    @Test
    void generatesLetterDocumentsAndReviewInOneCall() {
        Letterpress.Result result = letterpress().generate(ELIF, JOB);

        assertThat(result.documents()).containsOnlyKeys("docx", "pdf");
        assertThat(PdfText.extract(new ByteArrayInputStream(result.document("pdf")), "letter.pdf"))
                .contains("Elif Demir", "Brightwave Health", "29 November 2026");
        assertThat(result.letter().recipient().company()).isEqualTo("Brightwave Health");
        assertThat(result.review().score()).isBetween(0, 100);
        assertThat(result.review().ruleIds()).doesNotContain("placeholder", "tailoring.company", "github.missing");
    }

    @Test
    void sharesOneInstanceBetweenThreads() throws Exception {
        Letterpress shared = letterpress();
        byte[] expected = shared.render(shared.compose(ELIF, JOB), "pdf");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<byte[]> a = pool.submit(() -> shared.generate(ELIF, JOB).document("pdf"));
            Future<byte[]> b = pool.submit(() -> shared.generate(ELIF, JOB).document("pdf"));
            assertThat(a.get()).isEqualTo(expected);
            assertThat(b.get()).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void localeOverridesTheBrandsForDatesAndLanguage() {
        Letterpress german = Letterpress.builder()
                .locale(Locale.GERMANY)
                .formats("pdf")
                .date(LocalDate.of(2026, 11, 29))
                .build();

        assertThat(german.formats()).containsExactly("pdf");
        assertThat(german.brand().locale()).isEqualTo(Locale.GERMANY);
        assertThat(PdfText.extract(
                        new ByteArrayInputStream(german.generate(ELIF, JOB).document("pdf")), "x.pdf"))
                .contains("29. November 2026");
    }

    @Test
    void reviewsFilesByExtension() throws IOException {
        Path text = dir.resolve("letter.md");
        Files.writeString(text, "# Letter\n\nDear [Name],\n\nI would love to join **Brightwave Health**.\n");
        Path pdf = dir.resolve("letter.pdf");
        Letterpress letterpress = letterpress();
        Files.write(pdf, letterpress.generate(ELIF, JOB).document("pdf"));

        Review hand = letterpress.review(text, JOB);
        Review ours = letterpress.review(pdf, JOB);

        assertThat(hand.ruleIds()).contains("placeholder", "length");
        assertThat(ours.ruleIds()).doesNotContain("placeholder", "tailoring.company");
        assertThatThrownBy(() -> Letterpress.letterText(dir.resolve("letter.rtf")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        dir.resolve("letter.rtf") + ": cannot review this kind of file; use .docx, .pdf, .txt or .md");
    }

    @Test
    void startsABatchWithItsOwnConfiguration() throws IOException {
        Path csv = dir.resolve("apps.csv");
        Files.writeString(csv, "company,title,required_skills\nBrightwave Health,Backend Engineer,Python;AWS\n");

        BatchResult result = letterpress()
                .batch()
                .applications(csv)
                .candidate(SAMPLES.resolve("recruiter/candidate.yaml"))
                .out(dir.resolve("out"))
                .build()
                .run();

        assertThat(result.ok()).isEqualTo(1);
        assertThat(dir.resolve("out/elif-demir/brightwave-health--backend-engineer.pdf"))
                .exists();
        assertThat(Files.readString(dir.resolve("out/manifest.csv"))).contains(",ok,");
    }

    @Test
    void rejectsAFormatWithoutRenderer() {
        assertThatThrownBy(() -> Letterpress.builder().formats("odt").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("odt");
    }
}
