package dev.letterpress.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.letterpress.Letterpress;
import dev.letterpress.batch.Batch;
import dev.letterpress.batch.BatchCancelledException;
import dev.letterpress.batch.BatchListener;
import dev.letterpress.batch.BatchResult;
import dev.letterpress.batch.RowResult;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Profiles;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Batch: upload an applications CSV, the candidates (files or a zip) and a brand; see the
 * validation report (a dry run: bad rows with line and column, unknown candidates); run it with
 * live progress (server-sent events); download the zip and the manifest. The job id is in the URL,
 * so a reload finds the run again.
 */
final class BatchPage implements AutoCloseable {
    static final String KIND = "batch";
    private static final Set<String> DOWNLOADS = Set.of("letters.zip", "manifest.csv", "manifest.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HEARTBEAT_SECONDS = 10;

    private final Workshop shop;
    private final int threads;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "letterpress-web-batch");
        t.setDaemon(true);
        return t;
    });

    private final Set<State> active = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "letterpress-web-heartbeat");
        t.setDaemon(true);
        return t;
    });

    BatchPage(Workshop shop, int threads) {
        this.shop = shop;
        this.threads = threads;
        // a comment now and then keeps a quiet event stream from timing out between two rows
        heartbeat.scheduleWithFixedDelay(
                () -> active.forEach(state ->
                        state.clients.stream().filter(c -> !c.terminated()).forEach(c -> c.sendComment("keep-alive"))),
                HEARTBEAT_SECONDS,
                HEARTBEAT_SECONDS,
                TimeUnit.SECONDS);
    }

    /** Where a batch job stands. */
    enum Phase {
        INVALID,
        VALIDATED,
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** What a batch job keeps: its inputs, the validation report, the rows done so far, the result. */
    static final class State {
        private final List<String> problems = new ArrayList<>();
        private final List<String> warnings = new CopyOnWriteArrayList<>();
        private final List<RowResult> checked = new ArrayList<>();
        private final List<RowResult> rows = new CopyOnWriteArrayList<>();
        private final List<SseClient> clients = new CopyOnWriteArrayList<>();
        private volatile Phase phase = Phase.INVALID;
        private volatile int total;
        private volatile BatchResult result;
        private volatile String failure;
        private volatile Batch batch;
        private String brandKey;
        private Path brandFile;
        private Path csv;
        private Path candidates;
        private String csvName;
    }

    void show(Context ctx) {
        shop.pages().page(ctx, "batch", Map.of("brands", shop.brandNames(), "limits", shop.limits()));
    }

    /** Stores the uploads in a new job, checks them with a dry run, and shows the report. */
    void upload(Context ctx) {
        List<UploadedFile> all = ctx.uploadedFiles();
        shop.uploads().checkCount(all.size());
        UploadedFile csv = LetterPage.single(ctx, "applications");
        if (csv == null) {
            throw new WebInputException("Choose the applications CSV.");
        }
        State state = new State();
        Jobs.Job job = shop.jobs().create(KIND, state);
        Path uploads = job.dir().resolve("uploads");
        try {
            Path candidates = Files.createDirectories(uploads.resolve("candidates"));
            state.csv = shop.uploads().save(csv, uploads);
            state.csvName = state.csv.getFileName().toString();
            List<UploadedFile> people = LetterPage.present(ctx.uploadedFiles("candidates"));
            for (UploadedFile f : people) {
                Path saved = shop.uploads().save(f, candidates);
                if (saved.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    shop.uploads().unzip(saved, candidates);
                }
            }
            state.candidates = people.isEmpty() ? shop.samples().folder().resolve("cohort/candidates") : candidates;
            List<UploadedFile> brandFiles = LetterPage.present(ctx.uploadedFiles("brandFiles"));
            if (brandFiles.isEmpty()) {
                String key = LetterPage.blankToNull(ctx.formParam("brand"));
                state.brandKey = key == null ? "default" : key;
                shop.letterpress(state.brandKey);
            } else {
                state.brandFile =
                        shop.uploads().saveBrand(brandFiles, Files.createDirectories(uploads.resolve("brand")));
            }
            validate(job, state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            shop.jobs().remove(job);
            throw e;
        }
        ctx.redirect("/batch/" + job.id(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void validate(Jobs.Job job, State state) {
        try {
            Batch dryRun = builder(job, state)
                    .dryRun(true)
                    .listener(new BatchListener() {
                        @Override
                        public void onWarning(String message) {
                            state.warnings.add(Workshop.relative(message, job.dir()));
                        }

                        @Override
                        public void onRow(RowResult row, Throwable unexpected) {
                            state.checked.add(row);
                        }
                    })
                    .build();
            BatchResult checked = dryRun.run();
            state.total = checked.rows();
            state.phase = checked.ok() > 0 ? Phase.VALIDATED : Phase.INVALID;
            if (checked.rows() == 0) {
                state.problems.add(state.csvName + " has no data rows.");
            }
        } catch (InvalidInputException e) {
            state.problems.addAll(Workshop.describe(e, job.dir()));
            state.phase = Phase.INVALID;
        }
    }

    private Batch.Builder builder(Jobs.Job job, State state) {
        Letterpress letterpress = state.brandFile != null
                ? shop.letterpress(Profiles.readBrand(state.brandFile))
                : shop.letterpress(state.brandKey);
        return letterpress
                .batch()
                .applications(state.csv)
                .candidates(state.candidates)
                .out(job.dir().resolve("out"))
                .threads(threads);
    }

    /** Starts the checked batch in the background and goes back to its page. */
    void run(Context ctx) {
        Jobs.Job job = find(ctx);
        State state = job.state(State.class);
        synchronized (state) {
            if (state.phase == Phase.VALIDATED) {
                state.phase = Phase.QUEUED;
                job.busy(true);
                active.add(state);
                runner.execute(() -> execute(job, state));
            }
        }
        ctx.redirect("/batch/" + job.id(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void execute(Jobs.Job job, State state) {
        try {
            state.phase = Phase.RUNNING;
            Batch batch = builder(job, state)
                    .zip(job.dir().resolve("letters.zip"))
                    .listener(new BatchListener() {
                        @Override
                        public void onStart(int rows) {
                            state.total = rows;
                        }

                        @Override
                        public void onRow(RowResult row, Throwable unexpected) {
                            state.rows.add(row);
                            broadcast(job, state, "row", rowEvent(job, state, row));
                        }
                    })
                    .build();
            state.batch = batch;
            state.result = batch.run();
            state.phase = Phase.DONE;
        } catch (InvalidInputException e) {
            state.failure = String.join("\n", Workshop.describe(e, job.dir()));
            state.phase = Phase.FAILED;
        } catch (BatchCancelledException e) {
            state.failure = "The batch was stopped.";
            state.phase = Phase.FAILED;
        } catch (RuntimeException e) {
            state.failure = "The batch stopped: " + e.getMessage();
            state.phase = Phase.FAILED;
        } finally {
            Jobs.deleteTree(job.dir().resolve("uploads"));
            job.busy(false);
            active.remove(state);
            broadcast(job, state, "done", Map.of("phase", state.phase.name().toLowerCase(Locale.ROOT)));
            state.clients.forEach(SseClient::close);
        }
    }

    /** The job's page: validation report, progress, rows and downloads. */
    void job(Context ctx) {
        Jobs.Job job = find(ctx);
        State state = job.state(State.class);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("job", job.id());
        model.put("phase", state.phase.name().toLowerCase(Locale.ROOT));
        model.put("csvName", state.csvName);
        model.put("problems", state.problems);
        model.put("warnings", List.copyOf(state.warnings));
        model.put("total", state.total);
        List<Map<String, Object>> invalid = state.checked.stream()
                .filter(r -> r.status() == RowResult.Status.FAILED)
                .map(r -> row(job, r))
                .toList();
        model.put("invalid", invalid);
        model.put("valid", state.checked.size() - invalid.size());
        model.put("rows", state.rows.stream().map(r -> row(job, r)).toList());
        model.put("done", state.rows.size());
        BatchResult result = state.result;
        if (result != null) {
            model.put("ok", result.ok());
            model.put("failed", result.failed());
            model.put("perSecond", String.format(Locale.ROOT, "%.1f", result.lettersPerSecond()));
        }
        model.put("failure", state.failure);
        shop.pages().page(ctx, "batch-job", model);
    }

    /** Server-sent events of a running job: one "row" event per row done, then "done". */
    void events(SseClient client) {
        Jobs.Job job = shop.jobs().find(KIND, client.ctx().pathParam("job")).orElse(null);
        if (job == null) {
            client.sendEvent("gone", "{}");
            client.close();
            return;
        }
        State state = job.state(State.class);
        client.keepAlive();
        state.clients.add(client);
        client.onClose(() -> state.clients.remove(client));
        Phase phase = state.phase;
        if (phase == Phase.DONE || phase == Phase.FAILED || phase == Phase.INVALID) {
            client.sendEvent("done", json(Map.of("phase", phase.name().toLowerCase(Locale.ROOT))));
            client.close();
        } else {
            client.sendEvent("progress", json(Map.of("done", state.rows.size(), "total", state.total)));
        }
    }

    void download(Context ctx) {
        Jobs.Job job = find(ctx);
        String file = ctx.pathParam("file");
        if (!DOWNLOADS.contains(file)) {
            throw new NotFoundResponse("no such file");
        }
        Path path = file.equals("letters.zip")
                ? job.dir().resolve(file)
                : job.dir().resolve("out").resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new NotFoundResponse("The batch has not written " + file + " yet.");
        }
        String type = file.endsWith(".zip")
                ? "application/zip"
                : file.endsWith(".csv") ? "text/csv; charset=utf-8" : "application/json";
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        try {
            ctx.result(Files.newInputStream(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Jobs.Job find(Context ctx) {
        return shop.jobs()
                .find(KIND, ctx.pathParam("job"))
                .orElseThrow(() -> new NotFoundResponse("This batch has expired or never existed; upload it again."));
    }

    private static Map<String, Object> row(Jobs.Job job, RowResult r) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("row", r.row());
        view.put("line", r.line());
        view.put("candidate", r.candidate());
        view.put("company", r.company());
        view.put("title", r.title());
        view.put("status", r.status().id());
        view.put("score", r.score() == null ? "" : r.score().toString());
        view.put("findings", String.join(", ", r.findings()));
        view.put("error", r.error() == null ? "" : Workshop.relative(r.error(), job.dir()));
        return view;
    }

    private static String rowEvent(Jobs.Job job, State state, RowResult r) {
        Map<String, Object> event = new LinkedHashMap<>(row(job, r));
        event.put("done", state.rows.size());
        event.put("total", state.total);
        return json(event);
    }

    private static void broadcast(Jobs.Job job, State state, String event, Object data) {
        String payload = data instanceof String s ? s : json(data);
        for (SseClient client : state.clients) {
            if (client.terminated()) {
                state.clients.remove(client);
            } else {
                client.sendEvent(event, payload);
            }
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON of " + value.getClass(), e);
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        runner.shutdownNow();
    }
}
