package dev.letterpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebSecurityTest {
    private static final String TOKEN = "test-token-0123456789abcdef";

    @TempDir
    Path data;

    private WebApp start(WebApp.Builder builder) {
        return builder.port(0)
                .dataDirectory(data)
                .date(LocalDate.of(2026, 11, 29))
                .threads(1)
                .start();
    }

    @Test
    void servesPagesOnLoopbackWithStrictHeaders() throws Exception {
        try (WebApp app = start(WebApp.builder())) {
            assertThat(app.token()).isNull();
            assertThat(app.url()).hasToString("http://127.0.0.1:" + app.port() + "/");
            HttpResponse<String> page = new Http(app).get("/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<h1>Write a letter</h1>");
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValue("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
                            + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=");
        }
    }

    @Test
    void everyRequestWithoutTheTokenGets401() throws Exception {
        try (WebApp app = start(WebApp.builder().token(TOKEN))) {
            Http http = new Http(app);
            for (String path :
                    List.of("/", "/batch", "/review", "/templates", "/static/app.css", "/letter/x/preview.png")) {
                HttpResponse<String> denied = http.get(path);
                assertThat(denied.statusCode()).as(path).isEqualTo(401);
                assertThat(denied.body())
                        .isEqualTo("Open the link with the access token that 'letterpress serve' printed.\n");
            }
            assertThat(http.get("/?token=wrong-token-0123456789").statusCode()).isEqualTo(401);
            assertThat(http.get("/?token=" + TOKEN).statusCode()).isEqualTo(200);
            assertThat(http.get("/templates").statusCode())
                    .as("the cookie set by the first visit")
                    .isEqualTo(200);
            HttpResponse<String> bearer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(http.base + "/review"))
                                    .header("Authorization", "Bearer " + TOKEN)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(bearer.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anyOtherAddressGetsAGeneratedTokenInsideTheUrl() throws Exception {
        try (WebApp app = start(WebApp.builder().host("0.0.0.0"))) {
            assertThat(app.token()).matches("[A-Za-z0-9_-]{43}");
            assertThat(app.url()).hasToString("http://0.0.0.0:" + app.port() + "/?token=" + app.token());
            Http http = new Http(app);
            assertThat(http.get("/").statusCode()).isEqualTo(401);
            assertThat(http.get("/?token=" + app.token()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aLoopbackServerRefusesForeignHostNames() throws Exception {
        try (WebApp app = start(WebApp.builder())) {
            String answer = raw(
                    app.port(), "GET / HTTP/1.1\r\nHost: evil.example:" + app.port() + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).endsWith("This server answers only on its loopback address (localhost or 127.0.0.1).\n");
            assertThat(raw(
                            app.port(),
                            "GET / HTTP/1.1\r\nHost: localhost:" + app.port() + "\r\nConnection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void statechangingRequestsWithoutTheCsrfTokenGet403() throws Exception {
        try (WebApp app = start(WebApp.builder())) {
            Http http = new Http(app);
            http.get("/");
            HttpResponse<String> missing =
                    http.post("/letter/preview", new Http.Form().field("candidate", "zoe-lukasiewicz"));
            assertThat(missing.statusCode()).isEqualTo(403);
            assertThat(missing.body())
                    .isEqualTo("The form has expired or did not come from this app; reload the page and try again.\n");
            HttpResponse<String> wrong = http.post("/batch/0123/run", new Http.Form().field("csrf", "A".repeat(43)));
            assertThat(wrong.statusCode()).isEqualTo(403);
            HttpResponse<String> fresh = new Http(app).post("/review", new Http.Form().field("csrf", http.csrf));
            assertThat(fresh.statusCode())
                    .as("another browser's token, without the cookie")
                    .isEqualTo(403);
        }
    }

    @Test
    void uploadsLargerThanTheLimitGet413() throws Exception {
        try (WebApp app = start(WebApp.builder().limits(Limits.DEFAULTS.withRequestBytes(64 * 1024)))) {
            Http http = new Http(app);
            http.get("/review");
            HttpResponse<String> big = http.post(
                    "/review",
                    new Http.Form().field("csrf", http.csrf).file("letter", "letter.txt", new byte[100 * 1024]));
            assertThat(big.statusCode()).isEqualTo(413);
            assertThat(big.body()).isEqualTo("The upload is larger than 64 KiB.\n");
        }
    }

    @Test
    void tooManyFilesGet413() throws Exception {
        try (WebApp app = start(WebApp.builder().limits(Limits.DEFAULTS.withFiles(3)))) {
            Http http = new Http(app);
            http.get("/batch");
            Http.Form form = new Http.Form().field("csrf", http.csrf).file("applications", "a.csv", csv());
            for (int i = 0; i < 3; i++) {
                form.file("candidates", "c" + i + ".yaml", new byte[] {'a'});
            }
            HttpResponse<String> answer = http.post("/batch", form);
            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(answer.body()).contains("Too many files in one upload: 4 (at most 3).");
        }
    }

    @Test
    void zipBombsAndCrowdedZipsAreRefused() throws Exception {
        try (WebApp app = start(WebApp.builder().limits(Limits.DEFAULTS.withZip(5, 1024 * 1024, 100)))) {
            Http http = new Http(app);
            http.get("/batch");
            HttpResponse<String> bomb = http.post(
                    "/batch",
                    new Http.Form()
                            .field("csrf", http.csrf)
                            .file("applications", "a.csv", csv())
                            .file("candidates", "people.zip", zip(List.of("zeros.yaml"), 5 * 1024 * 1024)));
            assertThat(bomb.statusCode()).isEqualTo(413);
            assertThat(bomb.body())
                    .contains("people.zip: zeros.yaml expands beyond the limits (1 MiB in all, 100 times its packed"
                            + " size per file); it looks like a zip bomb.");
            HttpResponse<String> crowded = http.post(
                    "/batch",
                    new Http.Form()
                            .field("csrf", http.csrf)
                            .file("applications", "a.csv", csv())
                            .file(
                                    "candidates",
                                    "many.zip",
                                    zip(List.of("1.yaml", "2.yaml", "3.yaml", "4.yaml", "5.yaml", "6.yaml"), 1)));
            assertThat(crowded.statusCode()).isEqualTo(413);
            assertThat(crowded.body()).contains("many.zip has 6 entries (at most 5).");
            try (Stream<Path> left = Files.list(data.resolve("jobs"))) {
                assertThat(left).as("refused uploads are deleted").isEmpty();
            }
        }
    }

    @Test
    void uploadedNamesNeverLeaveTheJobFolder() throws Exception {
        try (WebApp app = start(WebApp.builder())) {
            Http http = new Http(app);
            http.get("/batch");
            HttpResponse<String> answer = http.post(
                    "/batch",
                    new Http.Form()
                            .field("csrf", http.csrf)
                            .field("brand", "plain")
                            .file("applications", "../../../escaped.csv", csv())
                            .file("candidates", "people.zip", zipOf("../../../../evil/zoe.yaml", candidate())));
            assertThat(answer.statusCode()).isEqualTo(303);
            String job = answer.headers().firstValue("Location").orElseThrow().substring("/batch/".length());
            assertThat(data.getParent().resolve("escaped.csv")).doesNotExist();
            assertThat(data.resolve("escaped.csv")).doesNotExist();
            assertThat(data.resolve("evil")).doesNotExist();
            HttpResponse<String> page = http.get("/batch/" + job);
            assertThat(page.body()).contains("escaped.csv").contains("<strong>1</strong> of <strong>1</strong>");
        }
    }

    @Test
    void unknownJobsAre404AndIdsAreNeverPaths() throws Exception {
        try (WebApp app = start(WebApp.builder())) {
            Http http = new Http(app);
            assertThat(http.get("/batch/..%2F..%2Fetc").statusCode()).isEqualTo(404);
            assertThat(http.get("/batch/0123456789abcdef0123456789abcdef/download/letters.zip")
                            .statusCode())
                    .isEqualTo(404);
            assertThat(http.get("/letter/0123456789abcdef0123456789abcdef/download/pdf")
                            .statusCode())
                    .isEqualTo(404);
        }
    }

    static byte[] csv() {
        return ("candidate,company,title,required_skills\n"
                        + "zoe-lukasiewicz,Larkspur Learning,Backend Developer,Python;Django\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] candidate() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("../samples/cohort/candidates/zoe-lukasiewicz.yaml"))) {
            return in.readAllBytes();
        }
    }

    private static byte[] zip(List<String> names, int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(new byte[size]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] zipOf(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String raw(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
