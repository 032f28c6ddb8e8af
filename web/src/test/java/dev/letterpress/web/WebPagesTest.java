package dev.letterpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebPagesTest {
    @TempDir
    Path data;

    private WebApp app;
    private Http http;

    @BeforeEach
    void start() {
        app = WebApp.builder()
                .port(0)
                .dataDirectory(data)
                .date(LocalDate.of(2026, 11, 29))
                .threads(2)
                .start();
        http = new Http(app);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void writesOneLetterWithPreviewScoreProvenanceAndDownloads() throws Exception {
        http.get("/");
        HttpResponse<String> result = http.post(
                "/letter/preview",
                new Http.Form()
                        .field("csrf", http.csrf)
                        .field("candidate", "zoe-lukasiewicz")
                        .field("company", "Larkspur <Learning>")
                        .field("title", "Backend Developer")
                        .field("requiredSkills", "Python; Django; PostgreSQL")
                        .field("brand", "cohort"));
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.headers().firstValue("Server-Timing").orElseThrow())
                .matches("app;dur=\\d+\\.\\d, cpu;dur=\\d+\\.\\d");
        String body = result.body();
        assertThat(body).startsWith("<section id=\"result\"");
        assertThat(body)
                .contains("Backend Developer at Larkspur &lt;Learning&gt;")
                .doesNotContain("<Learning>");
        assertThat(body).containsPattern("<span class=\"number\">\\d{1,3}</span>");
        assertThat(body).contains("Where each sentence comes from").contains("skills[");
        String job = find(body, "data-job=\"([0-9a-f]{32})\"");
        HttpResponse<byte[]> png = http.bytes("/letter/" + job + "/preview.png?v=1");
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(png.body()).startsWith(0x89, 'P', 'N', 'G');
        HttpResponse<byte[]> pdf = http.bytes("/letter/" + job + "/download/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"zoe-lukasiewicz--larkspur-learning.pdf\"");
        HttpResponse<byte[]> docx = http.bytes("/letter/" + job + "/download/docx");
        assertThat(docx.body()).startsWith('P', 'K');

        HttpResponse<String> again = http.post(
                "/letter/preview",
                new Http.Form()
                        .field("csrf", http.csrf)
                        .field("job", job)
                        .field("candidate", "zoe-lukasiewicz")
                        .field("company", "Larkspur Learning")
                        .field("title", "Backend Developer")
                        .field("template", "concise"));
        assertThat(again.body()).contains("data-job=\"" + job + "\"").contains("preview.png?v=2");
        assertThat(again.body()).contains("<code>concise</code>");
        try (Stream<Path> files = Files.list(data.resolve("jobs").resolve("letter-" + job))) {
            assertThat(files).as("uploads are deleted once read").isEmpty();
        }
    }

    @Test
    void letterErrorsNameTheFieldAndTheUploadedFile() throws Exception {
        http.get("/");
        HttpResponse<String> result = http.post(
                "/letter",
                new Http.Form()
                        .field("csrf", http.csrf)
                        .file(
                                "candidateFile",
                                "ada.yaml",
                                "id: ada\nname: Ada\nshoeSize: 7\n".getBytes(StandardCharsets.UTF_8))
                        .field("company", "")
                        .field("title", "Engineer"));
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("<h1>Write a letter</h1>").contains("class=\"errors\"");
        assertThat(result.body()).contains("ada.yaml 3:1 shoeSize").doesNotContain(data.toString());
        assertThat(result.body()).contains("the posting form").contains("company");
    }

    @Test
    void runsTheSampleCohortAndServesZipAndManifest() throws Exception {
        http.get("/batch");
        HttpResponse<String> upload = http.post(
                "/batch",
                new Http.Form()
                        .field("csrf", http.csrf)
                        .field("brand", "cohort")
                        .file(
                                "applications",
                                "applications.csv",
                                Files.readAllBytes(Path.of("../samples/cohort/applications.csv"))));
        assertThat(upload.statusCode()).isEqualTo(303);
        String location = upload.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> report = http.get(location);
        assertThat(report.body()).contains("Validation report").contains("Make the letters");
        HttpResponse<String> run = http.post(location + "/run", new Http.Form().field("csrf", http.csrf));
        assertThat(run.statusCode()).isEqualTo(303);
        List<String> events = http.client
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base + location + "/events"))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofLines())
                .body()
                .filter(line -> line.startsWith("event: "))
                .toList();
        assertThat(events).last().isEqualTo("event: done");
        assertThat(events).hasSizeGreaterThanOrEqualTo(2);
        String page = awaitDone(location);
        assertThat(page).contains("Download letters (zip)");
        HttpResponse<String> manifest = http.get(location + "/download/manifest.csv");
        List<String> files = new ArrayList<>();
        for (String line : manifest.body().split("\n")) {
            Matcher m =
                    Pattern.compile("([a-z0-9-]+/[a-z0-9-]+\\.(?:docx|pdf))").matcher(line);
            while (m.find()) {
                files.add(m.group(1));
            }
        }
        assertThat(files).isNotEmpty();
        HttpResponse<byte[]> zip = http.bytes(location + "/download/letters.zip");
        assertThat(zipNames(zip.body())).containsAll(files);
        Path job = data.resolve("jobs").resolve("batch-" + location.substring("/batch/".length()));
        assertThat(job.resolve("uploads"))
                .as("uploads are deleted after the run")
                .doesNotExist();
    }

    @Test
    void validationReportShowsTheLineOfABadRow() throws Exception {
        http.get("/batch");
        String csv = "candidate,company,title\n"
                + "zoe-lukasiewicz,Larkspur Learning,Backend Developer\n"
                + "zoe-lukasiewicz,,Backend Developer\n"
                + "nobody-here,Acme,Engineer\n";
        HttpResponse<String> upload = http.post(
                "/batch",
                new Http.Form()
                        .field("csrf", http.csrf)
                        .file("applications", "bad.csv", csv.getBytes(StandardCharsets.UTF_8)));
        String page =
                http.get(upload.headers().firstValue("Location").orElseThrow()).body();
        assertThat(page).contains("<strong>1</strong> of <strong>3</strong>");
        assertThat(page).contains("<td class=\"num\">3</td>").contains("<td class=\"num\">4</td>");
        assertThat(page).contains("line 3, column &quot;company&quot;: must not be empty");
        assertThat(page).contains("line 4, column &quot;candidate&quot;: unknown candidate &quot;nobody-here&quot;");
    }

    @Test
    void reviewsAnUploadedDocx() throws Exception {
        http.get("/review");
        HttpResponse<String> result = http.post(
                "/review",
                new Http.Form()
                        .field("csrf", http.csrf)
                        .file(
                                "letter",
                                "zoe-first-draft.docx",
                                Files.readAllBytes(Path.of("../samples/letters/zoe-first-draft.docx"))));
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("<h2>zoe-first-draft.docx</h2>");
        assertThat(result.body()).containsPattern("<span class=\"number\">\\d{1,3}</span>");
        assertThat(result.body()).contains("class=\"suggestion\"");
    }

    @Test
    void listsTemplatesAndChecksAnUploadedOneWithLineNumbers() throws Exception {
        HttpResponse<String> list = http.get("/templates");
        assertThat(list.body()).contains("<code>experienced</code>").contains("<code>concise</code>");
        HttpResponse<String> good = http.post(
                "/templates",
                new Http.Form()
                        .field("csrf", http.csrf)
                        .file(
                                "templates",
                                "experienced.xml",
                                Files.readAllBytes(Path.of("../samples/templates/experienced.xml"))));
        assertThat(good.body()).contains("<span>experienced.xml</span>: valid.");
        String broken = new String(
                        Files.readAllBytes(Path.of("../samples/templates/experienced.xml")), StandardCharsets.UTF_8)
                .replaceFirst("\\$\\{company\\}", "\\${compnay}");
        HttpResponse<String> bad = http.post(
                "/templates",
                new Http.Form()
                        .field("csrf", http.csrf)
                        .file("templates", "mine.xml", broken.getBytes(StandardCharsets.UTF_8)));
        assertThat(bad.body())
                .contains("class=\"errors\"")
                .containsPattern("mine\\.xml \\d+:\\d+")
                .contains("compnay");
        assertThat(bad.body()).doesNotContain(data.toString());
    }

    private String awaitDone(String location) throws Exception {
        for (int i = 0; i < 600; i++) {
            String page = http.get(location).body();
            if (page.contains("<h2>Done</h2>")) {
                return page;
            }
            assertThat(page).doesNotContain("pill failed\" id=\"phase\"");
            Thread.sleep(200);
        }
        throw new AssertionError("the batch did not finish in 2 minutes");
    }

    static List<String> zipNames(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
