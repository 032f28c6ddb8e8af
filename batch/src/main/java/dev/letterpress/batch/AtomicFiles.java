package dev.letterpress.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a reader, or a run killed at any moment, never sees a partial one: the
 * bytes go to a hidden temporary file in the same folder ({@code .name.tmp}), which is then
 * renamed over the target in one step.
 */
final class AtomicFiles {
    static final String TMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /** The temporary name of a target: {@code .acme--dev.pdf.tmp} beside it. */
    static Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + TMP_SUFFIX);
    }

    static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = temporary(target);
        try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            out.write(bytes);
        }
        move(tmp, target);
    }

    /** Renames {@code tmp} over {@code target} atomically where the file system can. */
    static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes temporary files a killed run left in OUT and its candidate folders. */
    static int deleteLeftovers(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        int deleted = deleteIn(out);
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(out, Files::isDirectory)) {
            for (Path dir : dirs) {
                deleted += deleteIn(dir);
            }
        }
        return deleted;
    }

    private static int deleteIn(Path dir) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*" + TMP_SUFFIX)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }
}
