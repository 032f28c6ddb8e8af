package dev.letterpress.benchmarks;

import dev.letterpress.Letterpress;
import dev.letterpress.batch.BatchResult;
import dev.letterpress.web.WebApp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web app's benchmark: the preview refresh of one letter (p50 and p95 of the request time over
 * 200 requests on loopback, after a warm-up), and a batch through the web beside the same batch
 * through the library's batch pipeline, the one the CLI runs (letters per second, same rows, same
 * brand, same threads, both writing the zip). The web run is timed from the run request to the
 * job's "done" event, as the page waits for it. {@link Suite} runs it unless told {@code --skip web}; alone:
 *
 * <pre>
 * java -cp CLASSPATH dev.letterpress.benchmarks.WebBenchmark [--quick] [TARGET_DIR]
 * </pre>
 */
public final class WebBenchmark {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern JOB = Pattern.compile("data-job=\"([0-9a-f]{32})\"");
    private static final Pattern TIMING = Pattern.compile("app;dur=([0-9.]+), cpu;dur=([0-9.]+)");
    private static final Pattern PER_SECOND = Pattern.compile("<span>([0-9.]+)</span> letters/s");
    private static final Pattern OK = Pattern.compile("<strong>(\\d+)</strong> letters made");
    private static final String BOUNDARY = "----letterpress-benchmark";
    private static final int THREADS = 2;

    private WebBenchmark() {}

    /**
     * Runs the benchmark alone and prints its figures.
     *
     * @param args {@code --quick} for fewer requests and rows, and the folder to work in
     * @throws Exception when a measurement fails
     */
    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        Path target = Arrays.stream(args)
                .filter(a -> !a.startsWith("--"))
                .findFirst()
                .map(Path::of)
                .orElse(Path.of("benchmarks", "target", "web"));
        measure(Samples.find(), target, quick).forEach((k, v) -> System.out.println(k + " = " + v));
    }

    /**
     * Measures the preview refresh and the batch, web beside library.
     *
     * @param samples the repository's samples
     * @param target  a folder to work in (its batch CSV and outputs)
     * @param quick   fewer requests and rows
     * @return the figures: {@code webPreviewP50Ms}, {@code webPreviewP95Ms} (end to end), the same of
     *         {@code webPreviewServer} (the server's wall time) and {@code webPreviewServerCpu} (its CPU
     *         time), {@code webBatchLettersPerSecond} (run request to done event),
     *         {@code webBatchRunLettersPerSecond} (as the web's batch counts them, like the library's),
     *         {@code libraryBatchLettersPerSecond}, {@code webBatchRatio} (the web's batch count over the
     *         library's), {@code webBatchRows}
     * @throws IOException          when a measurement fails
     * @throws InterruptedException when interrupted
     */
    public static Map<String, Double> measure(Samples samples, Path target, boolean quick)
            throws IOException, InterruptedException {
        Files.createDirectories(target);
        Map<String, Double> facts = new LinkedHashMap<>();
        int rows = quick ? 300 : 2000;
        Path csv = target.resolve("applications-" + rows + ".csv");
        Applications.write(samples, csv, rows);
        try (WebApp app = WebApp.builder()
                .port(0)
                .date(Samples.DATE)
                .threads(THREADS)
                .dataDirectory(target.resolve("data"))
                .start()) {
            Client client = new Client(app.port());
            double[][] preview = previews(client, quick ? 20 : 30, quick ? 50 : 200);
            String[] names = {"webPreview", "webPreviewServer", "webPreviewServerCpu"};
            for (int i = 0; i < names.length; i++) {
                facts.put(names[i] + "P50Ms", percentile(preview[i], 50));
                facts.put(names[i] + "P95Ms", percentile(preview[i], 95));
            }
            log(String.format(
                    Locale.ROOT,
                    "web preview refresh over %d requests: end to end p50 %.0f ms, p95 %.0f ms; server wall p50"
                            + " %.0f ms, p95 %.0f ms; server CPU p50 %.0f ms, p95 %.0f ms",
                    preview[0].length,
                    facts.get("webPreviewP50Ms"),
                    facts.get("webPreviewP95Ms"),
                    facts.get("webPreviewServerP50Ms"),
                    facts.get("webPreviewServerP95Ms"),
                    facts.get("webPreviewServerCpuP50Ms"),
                    facts.get("webPreviewServerCpuP95Ms")));
            library(samples, csv, target.resolve("warm-up"));
            double web = 0;
            double webRun = 0;
            double direct = 0;
            for (int round = 0; round < 2; round++) {
                // library first, then web first: a load that drifts favours neither side
                if (round == 0) {
                    direct = Math.max(direct, library(samples, csv, target.resolve("library-" + round)));
                }
                double[] measured = web(client, csv);
                web = Math.max(web, measured[0]);
                webRun = Math.max(webRun, measured[1]);
                if (round == 1) {
                    direct = Math.max(direct, library(samples, csv, target.resolve("library-" + round)));
                }
            }
            facts.put("webBatchRows", (double) rows);
            facts.put("libraryBatchLettersPerSecond", direct);
            facts.put("webBatchLettersPerSecond", web);
            facts.put("webBatchRunLettersPerSecond", webRun);
            facts.put("webBatchRatio", webRun / direct);
            log(String.format(
                    Locale.ROOT,
                    "batch of %d rows, %d threads: library %.1f letters/s; web %.1f letters/s as its batch"
                            + " counts them (%.0f %%), %.1f from the run request to the done event",
                    rows,
                    THREADS,
                    direct,
                    webRun,
                    100 * webRun / direct,
                    web));
        }
        return facts;
    }

    /** End-to-end, server wall and server CPU milliseconds of each measured refresh. */
    private static double[][] previews(Client client, int warmUp, int measured)
            throws IOException, InterruptedException {
        String csrf = client.csrf("/");
        String job = "";
        double[][] millis = new double[3][measured];
        for (int i = 0; i < warmUp + measured; i++) {
            Form form = new Form()
                    .field("csrf", csrf)
                    .field("job", job)
                    .field("candidate", Samples.CANDIDATE)
                    .field("brand", "cohort")
                    .field("company", "Tidewater Payments")
                    .field("title", "Software Engineer II")
                    .field("requiredSkills", "Python; PostgreSQL; AWS; REST APIs")
                    .field("hiringManager", i % 2 == 0 ? "Hiring Manager" : "Dana Whitlock");
            long started = System.nanoTime();
            HttpResponse<String> answer = client.post("/letter/preview", form);
            long elapsed = System.nanoTime() - started;
            Matcher m = JOB.matcher(answer.body());
            if (answer.statusCode() != 200 || !m.find() || !answer.body().contains("class=\"number\"")) {
                throw new IOException("the preview failed (" + answer.statusCode() + "): " + answer.body());
            }
            job = m.group(1);
            if (i >= warmUp) {
                Matcher timing = TIMING.matcher(
                        answer.headers().firstValue("Server-Timing").orElse(""));
                if (!timing.matches()) {
                    throw new IOException("the preview has no Server-Timing header");
                }
                millis[0][i - warmUp] = elapsed / 1e6;
                millis[1][i - warmUp] = Double.parseDouble(timing.group(1));
                millis[2][i - warmUp] = Double.parseDouble(timing.group(2));
            }
        }
        return millis;
    }

    private static double library(Samples samples, Path csv, Path out) {
        BatchResult result = Letterpress.builder()
                .brand(samples.brandFile())
                .date(Samples.DATE)
                .build()
                .batch()
                .applications(csv)
                .candidates(samples.candidatesFolder())
                .out(out)
                .zip(out.resolveSibling(out.getFileName() + ".zip"))
                .threads(THREADS)
                .build()
                .run();
        return result.lettersPerSecond();
    }

    /** Letters per second from the run request to the done event, and as the batch itself counts them. */
    private static double[] web(Client client, Path csv) throws IOException, InterruptedException {
        String csrf = client.csrf("/batch");
        HttpResponse<String> upload = client.post(
                "/batch",
                new Form().field("csrf", csrf).field("brand", "cohort").file("applications", "applications.csv", csv));
        String location = upload.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IOException("the upload failed: " + upload.body()));
        long started = System.nanoTime();
        client.post(location + "/run", new Form().field("csrf", csrf));
        // wait as the page does: on the job's server-sent events, until "done"
        boolean done = false;
        for (int attempt = 0; attempt < 100 && !done; attempt++) {
            // like EventSource, connect again when the stream ends before "done"
            done = client.lines(location + "/events").anyMatch(line -> line.equals("event: done"));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String page = client.get(location).body();
        Matcher ok = OK.matcher(page);
        if (!done || !ok.find()) {
            throw new IOException("the web batch failed: " + page);
        }
        Matcher perSecond = PER_SECOND.matcher(page);
        if (!perSecond.find()) {
            throw new IOException("the job page shows no letters/s: " + page);
        }
        return new double[] {Integer.parseInt(ok.group(1)) / seconds, Double.parseDouble(perSecond.group(1))};
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void log(String line) {
        System.err.println("[" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + line);
    }

    /** A client that keeps the app's cookies. */
    private static final class Client {
        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String base;

        Client(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        java.util.stream.Stream<String> lines(String path) throws IOException, InterruptedException {
            return http.send(
                            HttpRequest.newBuilder(URI.create(base + path))
                                    .header("Accept", "text/event-stream")
                                    .build(),
                            HttpResponse.BodyHandlers.ofLines())
                    .body();
        }

        String csrf(String path) throws IOException, InterruptedException {
            Matcher m = CSRF.matcher(get(path).body());
            if (!m.find()) {
                throw new IOException(path + " has no CSRF token");
            }
            return m.group(1);
        }

        HttpResponse<String> post(String path, Form form) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** A multipart form. */
    private static final class Form {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Form field(String name, String value) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                            + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Form file(String name, String fileName, Path file) throws IOException {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                            + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(Files.readAllBytes(file));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        byte[] bytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(body.toByteArray());
            all.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }
    }
}
