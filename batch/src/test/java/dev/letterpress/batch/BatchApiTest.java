package dev.letterpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Brand;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Seniority;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch as a library: the per-row function, requests in memory, documents without disk, the fingerprint. */
class BatchApiTest {
    @TempDir
    Path dir;

    static final Candidate ADA =
            Candidate.builder("ada", "Ada Lovelace").email("ada@example.com").build();
    static final JobPosting ACME = JobPosting.builder("Acme", "Backend Engineer")
            .requiredSkills("Go", "SQL")
            .build();

    private static LetterMaker maker() {
        return LetterMaker.builder()
                .composer(new TestComposer())
                .renderer(new TestRenderer("docx"))
                .renderer(new TestRenderer("pdf"))
                .reviewer(null)
                .build();
    }

    @Test
    void letterMakerComposesAndRendersOneLetterInMemoryInTheAskedOrder() {
        MadeLetter made = maker().make(new LetterRequest(ADA, ACME, "concise", List.of("PDF", "docx")));

        assertThat(made.documents().keySet()).containsExactly("pdf", "docx");
        assertThat(new String(made.document("pdf"), StandardCharsets.UTF_8))
                .startsWith("pdf\n")
                .contains("I am applying to Acme as Backend Engineer with Go, SQL.");
        assertThat(made.letter().template()).isEqualTo("concise");
        assertThat(made.review()).isNull();
    }

    @Test
    void formatsComeFromTheRendererRegistry() {
        LetterMaker maker = LetterMaker.builder().composer(new TestComposer()).build();

        assertThat(maker.availableFormats()).containsExactly("docx", "pdf");
        assertThat(maker.formats()).containsExactly("docx", "pdf");
    }

    @Test
    void streamsRenderedDocumentsInRowOrderWithoutTouchingDisk() {
        List<LetterRequest> requests = List.of(
                LetterRequest.of(ADA, ACME),
                new LetterRequest(ADA, JobPosting.builder("Globex", "SRE").build(), "nonexistent", List.of()),
                LetterRequest.of(ADA, JobPosting.builder("Initech", "Developer").build()));
        Path out = dir.resolve("never");

        List<RenderedRow> rows;
        try (Stream<RenderedRow> stream =
                Batch.builder().requests(requests).letters(maker()).out(out).threads(2).build().stream()) {
            rows = stream.toList();
        }

        assertThat(rows).extracting(r -> r.result().company()).containsExactly("Acme", "Globex", "Initech");
        assertThat(rows)
                .extracting(r -> r.result().status())
                .containsExactly(RowResult.Status.OK, RowResult.Status.FAILED, RowResult.Status.OK);
        assertThat(rows.get(1).result().error()).isEqualTo("request 2: unknown template \"nonexistent\"");
        assertThat(rows.get(1).made()).isNull();
        assertThat(rows.get(0).result().files())
                .containsExactly("ada/acme--backend-engineer.docx", "ada/acme--backend-engineer.pdf");
        assertThat(new String(rows.get(2).made().document("docx"), StandardCharsets.UTF_8))
                .startsWith("docx\n")
                .contains("Initech");
        assertThat(out).doesNotExist();
    }

    @Test
    void takesRequestsFromAStreamIntoTheFolderLayout() throws IOException {
        Path out = dir.resolve("out");

        BatchResult result = Batch.builder()
                .requests(Stream.of(LetterRequest.of(ADA, ACME)))
                .letters(maker())
                .out(out)
                .build()
                .run();

        assertThat(result.ok()).isEqualTo(1);
        assertThat(Files.readAllLines(out.resolve("manifest.csv")).get(1))
                .startsWith(
                        "1,2,ada,Acme,Backend Engineer,ok,ada/acme--backend-engineer.docx;ada/acme--backend-engineer.pdf,");
    }

    /** A record shaped like the profile's: text, a decimal, an enum, a list, a null. */
    record Sample(String name, Double years, Seniority level, List<String> tags, String none) {}

    @Test
    void fingerprintIsACanonicalTextOfTheInputsNotTheirToString() {
        Sample sample = new Sample("Go", 2.5, Seniority.SENIOR, List.of("k8s", "a,b"), null);

        assertThat(Fingerprint.canonical(sample))
                .isEqualTo("Sample{name=2:\"Go\",years=0x1.4p1,level=SENIOR,tags=[2:3:\"k8s\",3:\"a,b\"],none=~}");
        assertThat(Fingerprint.canonical(List.of("a,b", "c"))).isEqualTo("[2:3:\"a,b\",1:\"c\"]");
    }

    @Test
    void fingerprintTakesTheBrandFilesByContentNotByPlace() throws IOException {
        Path here = Files.write(Files.createDirectories(dir.resolve("a")).resolve("logo.png"), new byte[] {1, 2, 3});
        Path there = Files.write(Files.createDirectories(dir.resolve("b")).resolve("logo.png"), new byte[] {1, 2, 3});
        Path other = Files.write(dir.resolve("b/other.png"), new byte[] {9});
        LetterRequest request = LetterRequest.of(ADA, ACME);

        String a = new Fingerprint(Brand.defaults().toBuilder().logo(here).build(), "c", "backend")
                .of(request, List.of("pdf"));
        String b = new Fingerprint(Brand.defaults().toBuilder().logo(there).build(), "c", "backend")
                .of(request, List.of("pdf"));
        String c = new Fingerprint(Brand.defaults().toBuilder().logo(other).build(), "c", "backend")
                .of(request, List.of("pdf"));
        String d = new Fingerprint(Brand.defaults().toBuilder().logo(here).build(), "c", "backend")
                .of(request, List.of("docx"));

        assertThat(a).hasSize(64).isEqualTo(b).isNotEqualTo(c).isNotEqualTo(d);
    }
}
