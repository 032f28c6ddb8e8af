package dev.letterpress.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local web app: write one letter with a live preview, run a batch with live progress, review a
 * letter, check templates. Pages are rendered on the server; a small static script refreshes them.
 *
 * <pre>{@code
 * try (WebApp app = WebApp.builder().port(8080).start()) {
 *     System.out.println("Open " + app.url());
 *     app.join();
 * }
 * }</pre>
 *
 * <p>It binds 127.0.0.1 unless told otherwise; on any other address every request must carry the
 * access token ({@link Builder#token}, or a generated one inside {@link #url()}), else it gets 401.
 * Every state-changing request needs the page's CSRF token; every response carries a strict
 * Content-Security-Policy. Uploads go to a per-job folder under the data folder, deleted after use
 * or when the job expires. The app logs through SLF4J; it prints nothing itself.
 */
public final class WebApp implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WebApp.class);
    private final Javalin server;
    private final Jobs jobs;
    private final Path root;
    private final boolean temporaryRoot;
    private final String token;
    private final String host;
    private final ScheduledExecutorService sweeper;
    private final BatchPage batches;

    private WebApp(Builder b) throws IOException {
        this.host = b.host;
        this.token = b.token != null ? b.token : Guard.isLoopback(b.host) ? null : Guard.randomToken();
        this.temporaryRoot = b.data == null;
        this.root = temporaryRoot ? Files.createTempDirectory("letterpress-web-") : Files.createDirectories(b.data);
        Clock clock = Clock.systemUTC();
        this.jobs = new Jobs(root.resolve("jobs"), Duration.ofMinutes(b.limits.jobMinutes()), clock);
        Files.createDirectories(jobs.root());
        Samples samples = Samples.copyTo(root.resolve("samples"));
        Workshop shop = new Workshop(jobs, b.limits, samples, new Pages(), b.date, clock);
        Guard guard = new Guard(token, b.host, b.limits.requestBytes());
        LetterPage letters = new LetterPage(shop);
        this.batches = new BatchPage(shop, b.threads);
        ReviewPage reviews = new ReviewPage(shop);
        TemplatesPage templates = new TemplatesPage(shop);
        Map<String, byte[]> assets = Map.of("app.css", asset("app.css"), "app.js", asset("app.js"));
        this.server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = b.host;
            config.jetty.port = b.port;
            config.http.maxRequestSize = b.limits.requestBytes();
            config.jetty.multipartConfig.maxFileSize(b.limits.requestBytes(), io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(b.limits.requestBytes(), io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(64, io.javalin.config.SizeUnit.KB);
            config.jetty.multipartConfig.cacheDirectory(
                    root.resolve("multipart").toString());
            config.routes.before(guard::check);
            config.routes.before(ctx -> {
                if (ctx.method() == io.javalin.http.HandlerType.POST) {
                    guard.checkCsrf(ctx, ctx.formParam(Guard.CSRF_FIELD));
                }
            });
            config.routes.get("/", letters::show);
            config.routes.get("/letter", letters::show);
            config.routes.post("/letter", letters::submit);
            config.routes.post("/letter/preview", letters::preview);
            config.routes.get("/letter/{job}/preview.png", letters::previewImage);
            config.routes.get("/letter/{job}/download/{format}", letters::download);
            config.routes.get("/batch", batches::show);
            config.routes.post("/batch", batches::upload);
            config.routes.get("/batch/{job}", batches::job);
            config.routes.post("/batch/{job}/run", batches::run);
            config.routes.sse("/batch/{job}/events", batches::events);
            config.routes.get("/batch/{job}/download/{file}", batches::download);
            config.routes.get("/review", reviews::show);
            config.routes.post("/review", reviews::submit);
            config.routes.get("/templates", templates::show);
            config.routes.post("/templates", templates::check);
            config.routes.get("/static/{name}", ctx -> asset(ctx, assets));
            config.routes.exception(WebInputException.class, (e, ctx) -> error(ctx, shop, e.status(), e.getMessage()));
            config.routes.exception(
                    HttpResponseException.class, (e, ctx) -> error(ctx, shop, e.getStatus(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (tooLarge(e)) {
                    error(ctx, shop, 413, "The upload is larger than " + Sizes.describe(b.limits.requestBytes()) + ".");
                } else {
                    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                    if (b.errors != null) {
                        report(b.errors, String.valueOf(ctx.method()), ctx.path(), e);
                    }
                    error(ctx, shop, 500, "Letterpress hit an internal error (a bug): " + e);
                }
            });
        });
        Files.createDirectories(root.resolve("multipart"));
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "letterpress-web-expiry");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(jobs::sweep, 1, 1, TimeUnit.MINUTES);
        server.start();
    }

    /** Writes an internal error: the request on one line, then the stack trace. */
    static void report(java.io.PrintWriter errors, String method, String path, Throwable e) {
        synchronized (errors) {
            errors.println("letterpress serve: internal error (a bug) on " + method + " " + path + ":");
            e.printStackTrace(errors);
            errors.flush();
        }
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("exceeds") || m.contains("too large") || m.contains("Too large"))) {
                return true;
            }
        }
        return false;
    }

    private static void error(Context ctx, Workshop shop, int status, String message) {
        Guard.secureHeaders(ctx);
        ctx.status(status);
        if (ctx.header("X-Letterpress-Fragment") != null
                || ctx.attribute(Guard.CSRF_COOKIE) == null && !ctx.cookieMap().containsKey(Guard.CSRF_COOKIE)) {
            ctx.contentType("text/plain; charset=utf-8").result(message + "\n");
        } else {
            shop.pages().page(ctx, "error", Map.of("status", status, "message", message));
        }
    }

    private static byte[] asset(String name) {
        try (InputStream in = WebApp.class.getResourceAsStream("static/" + name)) {
            return Objects.requireNonNull(in, "missing static/" + name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void asset(Context ctx, Map<String, byte[]> assets) {
        String name = ctx.pathParam("name");
        byte[] bytes = assets.get(name);
        if (bytes == null) {
            ctx.status(HttpStatus.NOT_FOUND).result("not found\n");
            return;
        }
        ctx.header("Cache-Control", "max-age=3600");
        ctx.contentType(name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
        ctx.result(bytes);
    }

    /**
     * Whether a text can be an access token: at least 16 URL-safe characters (A-Z, a-z, 0-9, '.',
     * '_', '~', '-'), so that it travels in a URL and a cookie unescaped.
     *
     * @param token the text
     * @return whether {@link Builder#token} accepts it
     */
    public static boolean isValidToken(String token) {
        return token.matches("[A-Za-z0-9._~-]{16,}");
    }

    /**
     * Starts a builder: 127.0.0.1, port 8080, a temporary data folder, {@link Limits#DEFAULTS}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The port the server listens on (the real one when 0 was asked for).
     *
     * @return the port
     */
    public int port() {
        return server.port();
    }

    /**
     * The access token, or null when the server is on a loopback address and none was given.
     *
     * @return the token or null
     */
    public String token() {
        return token;
    }

    /**
     * The address to open, with the access token when there is one.
     *
     * @return e.g. {@code http://127.0.0.1:8080/} or {@code http://0.0.0.0:8080/?token=...}
     */
    public URI url() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + port() + "/" + (token == null ? "" : "?token=" + token));
    }

    /**
     * The folder holding the jobs' uploads and letters.
     *
     * @return the data folder
     */
    public Path dataDirectory() {
        return root;
    }

    /**
     * Waits until the server stops or the thread is interrupted.
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public void join() throws InterruptedException {
        server.jettyServer().server().join();
    }

    /** Stops the server and the running batches, and deletes every job (and a temporary data folder). */
    @Override
    public void close() {
        server.stop();
        sweeper.shutdownNow();
        batches.close();
        jobs.close();
        if (temporaryRoot) {
            Jobs.deleteTree(root);
        }
    }

    /** Options of a {@link WebApp}. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private String token;
        private Path data;
        private LocalDate date;
        private Limits limits = Limits.DEFAULTS;
        private int threads = Runtime.getRuntime().availableProcessors();
        private java.io.PrintWriter errors;

        private Builder() {}

        /**
         * Sets where internal errors (bugs, answered with status 500) are written, besides the
         * SLF4J logger {@code dev.letterpress.web.WebApp}: the request, then the stack trace. The
         * command line passes its standard error, so a server's bugs are never silent.
         *
         * @param value the writer; default none (SLF4J only)
         * @return this builder
         */
        public Builder errors(java.io.PrintWriter value) {
            errors = value;
            return this;
        }

        /**
         * Sets the address to bind.
         *
         * @param value an address or host name; default 127.0.0.1. Any address that is not a
         *              loopback one makes the app require an access token.
         * @return this builder
         */
        public Builder host(String value) {
            host = Objects.requireNonNull(value, "host").strip();
            return this;
        }

        /**
         * Sets the port.
         *
         * @param value the port, 0 for any free one; default 8080
         * @return this builder
         * @throws IllegalArgumentException when it is not 0 to 65535
         */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("WebApp.port must be 0 to 65535 (was " + value + ")");
            }
            port = value;
            return this;
        }

        /**
         * Sets the access token every request must carry (as {@code ?token=} once, then a cookie).
         *
         * @param value the token, at least 16 characters; null to require one only off loopback (generated)
         * @return this builder
         * @throws IllegalArgumentException when it is shorter than 16 characters or not URL-safe
         */
        public Builder token(String value) {
            if (value != null && !isValidToken(value)) {
                throw new IllegalArgumentException(
                        "WebApp.token must be at least 16 characters of A-Z, a-z, 0-9, '.', '_', '~', '-'");
            }
            token = value;
            return this;
        }

        /**
         * Sets the data folder, where jobs keep their uploads and letters until they expire.
         *
         * @param value the folder; default a temporary folder deleted when the app closes
         * @return this builder
         */
        public Builder dataDirectory(Path value) {
            data = value;
            return this;
        }

        /**
         * Sets the letters' date.
         *
         * @param value the date; default today
         * @return this builder
         */
        public Builder date(LocalDate value) {
            date = value;
            return this;
        }

        /**
         * Sets the upload limits.
         *
         * @param value the limits; default {@link Limits#DEFAULTS}
         * @return this builder
         */
        public Builder limits(Limits value) {
            limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /**
         * Sets the worker threads of a batch.
         *
         * @param value 1 to 256; default the number of processors
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder threads(int value) {
            if (value < 1 || value > 256) {
                throw new IllegalArgumentException("WebApp.threads must be 1 to 256 (was " + value + ")");
            }
            threads = value;
            return this;
        }

        /**
         * Starts the server.
         *
         * @return the running app; close it to stop
         * @throws UncheckedIOException when the data folder cannot be made or the port is taken
         */
        public WebApp start() {
            try {
                return new WebApp(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the web app: " + e.getMessage(), e);
            }
        }
    }
}
