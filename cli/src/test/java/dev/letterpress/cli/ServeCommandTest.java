package dev.letterpress.cli;

import static dev.letterpress.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir
    Path data;

    @Test
    void printsTheUrlWithItsTokenAndServesUntilInterrupted() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = Cli.create(Map.of(), CliRun.CLOCK);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread server = new Thread(() -> exit.set(cli.execute(
                "serve", "--port", "0", "--host", "0.0.0.0", "--data", data.toString(), "--date", "2026-11-29")));
        server.start();
        Matcher url = null;
        for (int i = 0; i < 300 && (url == null || !url.find(0)); i++) {
            Thread.sleep(100);
            url = Pattern.compile(
                            "Letterpress is running at http://0\\.0\\.0\\.0:(\\d+)/\\?token=([A-Za-z0-9_-]{43})\n")
                    .matcher(out.toString());
        }
        assertThat(url.find(0)).as(out.toString()).isTrue();
        assertThat(out.toString()).endsWith("Press Ctrl-C to stop.\n");
        String base = "http://127.0.0.1:" + url.group(1) + "/";
        HttpClient http = HttpClient.newHttpClient();
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(401);
        assertThat(http.send(
                                HttpRequest.newBuilder(URI.create(base + "?token=" + url.group(2)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
        server.interrupt();
        server.join(30_000);
        assertThat(exit.get()).isEqualTo(Cli.INTERRUPTED);
    }

    @Test
    void rejectsAShortToken() {
        CliRun run = run("serve", "--token", "short");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("Invalid value for option '--token': use at least 16 characters of A-Z, a-z, 0-9,"
                        + " '.', '_', '~', '-'\n");
    }
}
