package dev.letterpress.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, items 17 and 18: a throwing listener, a cancel and an interrupt each stop the run with
 * a manifest of the rows done, from which resume finishes. The timeouts guard against the hang
 * these once caused; they measure nothing.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class StoppingTest {
    static final int ROWS = 40;

    @TempDir
    Path dir;

    Path csv;
    Path candidates;
    Path out;
    final List<RowResult> rows = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void setUp() throws IOException {
        candidates = Files.createDirectories(dir.resolve("candidates"));
        Files.writeString(candidates.resolve("ada.yaml"), "id: ada\nname: Ada Lovelace\n");
        StringBuilder content = new StringBuilder("candidate,company,title\n");
        for (int i = 1; i <= ROWS; i++) {
            content.append("ada,Company ").append(i).append(",Engineer\n");
        }
        csv = Files.writeString(dir.resolve("apps.csv"), content);
        out = dir.resolve("out");
    }

    private Batch.Builder batch(BatchListener listener) {
        return Batch.builder()
                .applications(csv)
                .candidates(candidates)
                .composer(new TestComposer())
                .renderer(new TestRenderer("docx"))
                .renderer(new TestRenderer("pdf"))
                .reviewer(null)
                .out(out)
                .threads(2)
                .listener(listener);
    }

    /** The rows manifest.json lists. */
    private List<Integer> manifestRows() throws IOException {
        List<Integer> listed = new ArrayList<>();
        try (JsonParser p =
                new JsonFactory().createParser(out.resolve("manifest.json").toFile())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals("row")) {
                    p.nextToken();
                    listed.add(p.getIntValue());
                }
            }
        }
        return listed;
    }

    /** Resumes and checks that every row is then done: the stopped run's rows skipped, the others made. */
    private void resumeFinishes(int done) throws IOException {
        rows.clear();
        BatchResult resumed = batch(new RowRecorder(rows, new ArrayList<>()))
                .resume(true)
                .build()
                .run();
        assertThat(resumed.skipped()).isEqualTo(done);
        assertThat(resumed.ok()).isEqualTo(ROWS - done);
        assertThat(manifestRows()).hasSize(ROWS);
        for (int i = 1; i <= ROWS; i++) {
            assertThat(out.resolve("ada/company-" + i + "--engineer.pdf")).exists();
        }
    }

    @Test
    void aThrowingListenerAbortsTheRunWithItsExceptionAndAConsistentManifest() throws IOException {
        IllegalStateException bug = new IllegalStateException("listener bug");
        BatchListener listener = new BatchListener() {
            @Override
            public void onRow(RowResult row, Throwable unexpected) {
                rows.add(row);
                if (row.row() == 5) {
                    throw bug;
                }
            }
        };

        assertThatThrownBy(() -> batch(listener).build().run()).isSameAs(bug);

        assertThat(manifestRows()).containsExactly(1, 2, 3, 4, 5);
        assertThat(Files.readAllLines(out.resolve("manifest.csv"))).hasSize(6);
        for (int i = 1; i <= 5; i++) {
            assertThat(out.resolve("ada/company-" + i + "--engineer.docx")).exists();
        }
        resumeFinishes(5);
    }

    @Test
    void cancelStopsARunningBatchWithAManifestOfTheRowsDoneAndResumeFinishesIt() throws IOException {
        AtomicReference<Batch> running = new AtomicReference<>();
        Batch batch = batch(new BatchListener() {
                    @Override
                    public void onRow(RowResult row, Throwable unexpected) {
                        rows.add(row);
                        if (row.row() == 3) {
                            running.get().cancel();
                        }
                    }
                })
                .build();
        running.set(batch);

        BatchCancelledException cancelled =
                org.junit.jupiter.api.Assertions.assertThrows(BatchCancelledException.class, batch::run);

        int done = cancelled.result().rows();
        assertThat(done).isBetween(3, ROWS - 1);
        assertThat(rows).hasSize(done);
        assertThat(manifestRows())
                .hasSize(done)
                .containsExactlyElementsOf(rows.stream().map(RowResult::row).toList());
        assertThat(out.resolve(Manifest.JOURNAL)).doesNotExist();
        resumeFinishes(done);
    }

    @Test
    void interruptingTheRunningThreadStopsItLikeACancelAndKeepsTheFlag() throws IOException {
        Batch batch = batch(new BatchListener() {
                    @Override
                    public void onRow(RowResult row, Throwable unexpected) {
                        rows.add(row);
                        if (row.row() == 3) {
                            Thread.currentThread().interrupt();
                        }
                    }
                })
                .build();

        BatchCancelledException cancelled =
                org.junit.jupiter.api.Assertions.assertThrows(BatchCancelledException.class, batch::run);

        assertThat(Thread.interrupted()).as("the interrupt flag is set again").isTrue();
        int done = cancelled.result().rows();
        assertThat(done).isBetween(3, ROWS - 1);
        assertThat(manifestRows()).hasSize(done);
        resumeFinishes(done);
    }

    @Test
    void aCancelledStreamEndsWithTheRowsMadeSoFar() {
        AtomicReference<Batch> running = new AtomicReference<>();
        Batch batch = batch(new BatchListener() {
                    @Override
                    public void onRow(RowResult row, Throwable unexpected) {
                        if (row.row() == 2) {
                            running.get().cancel();
                        }
                    }
                })
                .build();
        running.set(batch);
        List<RenderedRow> seen = new ArrayList<>();

        assertThatThrownBy(() -> {
                    try (var stream = batch.stream()) {
                        stream.forEach(seen::add);
                    }
                })
                .isInstanceOf(BatchCancelledException.class);

        assertThat(seen.size()).isBetween(2, ROWS - 1);
        assertThat(out).doesNotExist();
    }
}
