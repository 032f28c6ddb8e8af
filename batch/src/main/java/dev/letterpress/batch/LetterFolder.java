package dev.letterpress.batch;

import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An output folder held by one run: {@link #open} takes an exclusive lock on it
 * ({@code OUT/.letterpress.lock}, which names the run's process id and start time) so that a
 * second run into the same folder fails at once instead of mixing its manifest with ours. The
 * lock is the operating system's: it dies with the process, so a run killed with {@code kill -9}
 * never blocks the next one.
 *
 * <pre>{@code
 * try (LetterFolder folder = LetterFolder.open(Path.of("out"))) {
 *     List<Path> files = folder.write(candidate.id(), job, made);
 * }
 * }</pre>
 *
 * <p>Writing never follows a symbolic link: letters go only into real folders inside OUT; a file
 * is written to a new temporary file with a random name ({@code .lp-<run>-<random>.tmp}, created
 * exclusively) and renamed over its target in one step, which replaces a link rather than writing
 * through it. On opening, only temporary files of that name pattern whose run is recorded in the
 * lock file are deleted; nothing else in OUT is ever removed.
 */
public final class LetterFolder implements AutoCloseable {
    static final String LOCK = ".letterpress.lock";
    private static final Pattern TEMPORARY = Pattern.compile("\\.lp-([0-9a-f]{16})-[0-9a-f]{16}\\.tmp");
    private static final Pattern RECORDED_RUN = Pattern.compile("(?m)^run ([0-9a-f]{16})$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path out;
    private final String run;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final OutputLayout layout;

    private LetterFolder(Path out, String run, FileChannel lockChannel, FileLock lock) {
        this.out = out;
        this.run = run;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.layout = new OutputLayout(out);
    }

    /**
     * Creates the folder when missing, locks it for this run, and deletes the temporary files that
     * killed runs of Letterpress left in it.
     *
     * @param folder the output folder
     * @return the locked folder; close it to release the lock
     * @throws InvalidInputException when the folder cannot be written, or another run holds it
     *                               (naming that run's process id and start time)
     */
    public static LetterFolder open(Path folder) {
        Path out = folder.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            Files.createDirectories(out);
            channel = openNoFollow(
                    out.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new InvalidInputException(Problem.of(
                        out.toString(),
                        "is in use by another Letterpress run (" + holder
                                + "); wait for it to finish, or write to another folder"));
            }
            String previous = read(channel);
            String run = HexFormat.of().formatHex(randomBytes(8));
            LetterFolder opened = new LetterFolder(out, run, channel, lock);
            opened.deleteLeftovers(previous);
            opened.record();
            return opened;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new InvalidInputException(
                    List.of(Problem.of(out.toString(), "output folder cannot be written: " + Batch.describe(e))), e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    /** "pid 123, started …" from the lock file of the run that holds it. */
    private static String holder(FileChannel channel) throws IOException {
        String text = read(channel);
        Matcher pid = Pattern.compile("(?m)^pid (\\d+)$").matcher(text);
        Matcher started = Pattern.compile("(?m)^started (\\S+)$").matcher(text);
        return (pid.find() ? "pid " + pid.group(1) : "pid unknown") + ", started "
                + (started.find() ? started.group(1) : "at an unknown time");
    }

    /** Writes this run into the lock file, once the temporaries of the runs it recorded are gone. */
    private void record() throws IOException {
        String text = "pid " + ProcessHandle.current().pid() + "\nstarted "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\nrun " + run + "\n";
        lockChannel.truncate(0);
        lockChannel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        lockChannel.force(false);
    }

    /** Deletes the temporary files of the runs the lock file records, in OUT and its real subfolders. */
    private void deleteLeftovers(String previous) throws IOException {
        List<String> runs = new ArrayList<>();
        Matcher m = RECORDED_RUN.matcher(previous);
        while (m.find()) {
            runs.add(m.group(1));
        }
        if (runs.isEmpty()) {
            return;
        }
        deleteTemporaries(out, runs);
        try (DirectoryStream<Path> dirs =
                Files.newDirectoryStream(out, p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))) {
            for (Path dir : dirs) {
                deleteTemporaries(dir, runs);
            }
        }
    }

    private static void deleteTemporaries(Path dir, List<String> runs) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".lp-*.tmp")) {
            for (Path file : files) {
                Matcher m = TEMPORARY.matcher(file.getFileName().toString());
                if (m.matches() && runs.contains(m.group(1)) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * The folder.
     *
     * @return its absolute path
     */
    public Path path() {
        return out;
    }

    /**
     * Writes one letter's documents to {@code OUT/<candidate>/<company>--<title>.<format>},
     * replacing files of the same names.
     *
     * @param candidateId the candidate's id, for the folder name
     * @param job         the posting, for the file name
     * @param made        the documents
     * @return the files written, in the documents' order
     * @throws InvalidInputException when the candidate's folder in OUT is a symbolic link
     * @throws OutputException       when the folder stops taking files
     */
    public List<Path> write(String candidateId, JobPosting job, MadeLetter made) {
        String stem = layout.stem(candidateId, job.company(), job.title());
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, byte[]> document : made.documents().entrySet()) {
            files.add(write(stem + "." + document.getKey(), document.getValue()));
        }
        return files;
    }

    /** Writes a file at a path relative to OUT ({@code ada/acme--dev.pdf}), atomically, through no link. */
    Path write(String relative, byte[] bytes) {
        Path target = out.resolve(relative).normalize();
        if (!target.startsWith(out) || target.equals(out)) {
            throw new IllegalStateException("output name escapes " + out + ": " + relative);
        }
        try {
            Path dir = realFolder(target.getParent());
            Path tmp = temporary(dir);
            try {
                try (OutputStream stream = Files.newOutputStream(
                        tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                    stream.write(bytes);
                }
                move(tmp, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new OutputException("cannot write " + target + ": " + Batch.describe(e), e);
        }
        return target;
    }

    /** OUT itself, or a folder in it that is a real folder (created when missing), never a link. */
    private Path realFolder(Path dir) throws IOException {
        if (dir.equals(out)) {
            return dir;
        }
        realFolder(dir.getParent());
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            if (Files.isSymbolicLink(dir)) {
                throw new InvalidInputException(
                        List.of(Problem.of(
                                dir.toString(),
                                "is a symbolic link; letters are only"
                                        + " written into real folders inside the output folder")),
                        e);
            }
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
        }
        return dir;
    }

    /** A fresh temporary name in a folder: {@code .lp-<run>-<random>.tmp}, not yet created. */
    Path temporary(Path dir) {
        return dir.resolve(".lp-" + run + "-" + HexFormat.of().formatHex(randomBytes(8)) + ".tmp");
    }

    /** A new, empty file in OUT replacing whatever entry had the name (a link is removed, never followed). */
    OutputStream replace(String name) throws IOException {
        Path file = out.resolve(name);
        Files.deleteIfExists(file);
        return Files.newOutputStream(
                file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    }

    /** Renames {@code tmp} over {@code target} atomically where the file system can; a link at the target is replaced. */
    static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** Opens a file without following a link at its name; a link is refused with a clear message. */
    static FileChannel openNoFollow(Path file, StandardOpenOption... options) throws IOException {
        java.util.Set<java.nio.file.OpenOption> all = new java.util.HashSet<>(List.of(options));
        all.add(LinkOption.NOFOLLOW_LINKS);
        try {
            return FileChannel.open(file, all);
        } catch (IOException e) {
            if (Files.isSymbolicLink(file)) {
                throw new FileSystemException(
                        file.toString(),
                        null,
                        "is a symbolic link; Letterpress never reads or" + " writes its files through links");
            }
            throw e;
        }
    }

    /**
     * Releases the lock.
     *
     * @throws OutputException when the lock file cannot be closed
     */
    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new OutputException("cannot release the lock of " + out + ": " + Batch.describe(e), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the run already failed with a clearer error
            }
        }
    }
}
