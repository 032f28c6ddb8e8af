package dev.letterpress.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The jobs of the app: each one a folder under the data folder, named by a random id that is
 * never derived from user input, deleted when idle past the expiry or when the app stops.
 */
final class Jobs implements AutoCloseable {
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final Duration expiry;
    private final Clock clock;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    Jobs(Path root, Duration expiry, Clock clock) {
        this.root = root;
        this.expiry = expiry;
        this.clock = clock;
    }

    Path root() {
        return root;
    }

    /** A new job with an empty folder. */
    Job create(String kind, Object state) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        Path dir = root.resolve(kind + "-" + id);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the job folder " + dir, e);
        }
        Job job = new Job(id, kind, dir, state, clock.instant());
        jobs.put(id, job);
        return job;
    }

    /** The job with this id and kind, when the id is well formed and the job is still kept. */
    Optional<Job> find(String kind, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Job job = jobs.get(id);
        if (job == null || !job.kind().equals(kind)) {
            return Optional.empty();
        }
        job.touch(clock.instant());
        return Optional.of(job);
    }

    /** Deletes every job idle for longer than the expiry and not busy; returns how many. */
    int sweep() {
        Instant limit = clock.instant().minus(expiry);
        int removed = 0;
        for (Job job : List.copyOf(jobs.values())) {
            if (!job.busy() && job.touched().isBefore(limit)) {
                remove(job);
                removed++;
            }
        }
        return removed;
    }

    void remove(Job job) {
        jobs.remove(job.id());
        deleteTree(job.dir());
    }

    int size() {
        return jobs.size();
    }

    @Override
    public void close() {
        for (Job job : List.copyOf(jobs.values())) {
            remove(job);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    /** One job: its folder and whatever its page keeps between requests. */
    static final class Job {
        private final String id;
        private final String kind;
        private final Path dir;
        private final Object state;
        private volatile Instant touched;
        private volatile boolean busy;

        Job(String id, String kind, Path dir, Object state, Instant touched) {
            this.id = id;
            this.kind = kind;
            this.dir = dir;
            this.state = state;
            this.touched = touched;
        }

        String id() {
            return id;
        }

        String kind() {
            return kind;
        }

        Path dir() {
            return dir;
        }

        <T> T state(Class<T> type) {
            return type.cast(state);
        }

        Instant touched() {
            return touched;
        }

        void touch(Instant now) {
            touched = now;
        }

        boolean busy() {
            return busy;
        }

        void busy(boolean value) {
            busy = value;
        }
    }
}
