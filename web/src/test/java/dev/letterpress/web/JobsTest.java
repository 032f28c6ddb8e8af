package dev.letterpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobsTest {
    @TempDir
    Path root;

    private Instant now = Instant.parse("2026-11-29T10:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void deletesIdleJobsAfterTheExpiryButNotBusyOnes() throws Exception {
        Jobs jobs = new Jobs(root, Duration.ofMinutes(60), clock);
        Jobs.Job idle = jobs.create("letter", "idle");
        Jobs.Job busy = jobs.create("batch", "busy");
        Jobs.Job used = jobs.create("letter", "used");
        Files.writeString(idle.dir().resolve("letter.pdf"), "%PDF");
        busy.busy(true);

        now = now.plus(Duration.ofMinutes(59));
        assertThat(jobs.find("letter", used.id())).containsSame(used);
        now = now.plus(Duration.ofMinutes(2));

        assertThat(jobs.sweep()).isEqualTo(1);
        assertThat(idle.dir()).doesNotExist();
        assertThat(jobs.find("letter", idle.id())).isEmpty();
        assertThat(busy.dir()).exists();
        assertThat(used.dir()).exists();
        busy.busy(false);
        now = now.plus(Duration.ofMinutes(61));
        assertThat(jobs.sweep()).isEqualTo(2);
        assertThat(jobs.size()).isZero();
    }

    @Test
    void findsOnlyWellFormedIdsOfTheRightKind() {
        Jobs jobs = new Jobs(root, Duration.ofMinutes(60), clock);
        Jobs.Job job = jobs.create("batch", "state");

        assertThat(job.id()).matches("[0-9a-f]{32}");
        assertThat(job.dir()).isEqualTo(root.resolve("batch-" + job.id()));
        assertThat(jobs.find("letter", job.id())).isEmpty();
        assertThat(jobs.find("batch", "../" + job.id())).isEmpty();
        assertThat(jobs.find("batch", job.id().toUpperCase(java.util.Locale.ROOT)))
                .isEmpty();
        assertThat(jobs.find("batch", null)).isEmpty();
    }
}
