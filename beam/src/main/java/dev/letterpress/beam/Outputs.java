package dev.letterpress.beam;

import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * Files through Beam's file systems: written under a temporary name in the target's folder, then
 * renamed over the target, so that a retried or speculative bundle never leaves a partial file
 * and, writing the same bytes, changes nothing.
 */
final class Outputs {
    /** The temporary names: {@code .lp-beam-<random>.tmp}, beside the target. */
    static final String TEMPORARY_PREFIX = ".lp-beam-";

    private Outputs() {}

    /** The output folder. */
    static ResourceId folder(String output) {
        return FileSystems.matchNewResource(output, true);
    }

    /** A file under the folder by its relative name with {@code /}, e.g. {@code ada/acme--dev.pdf}. */
    static ResourceId resolve(ResourceId folder, String relative) {
        String[] parts = relative.split("/", -1);
        ResourceId dir = folder;
        for (int i = 0; i < parts.length - 1; i++) {
            dir = dir.resolve(parts[i], StandardResolveOptions.RESOLVE_DIRECTORY);
        }
        return dir.resolve(parts[parts.length - 1], StandardResolveOptions.RESOLVE_FILE);
    }

    /** Writes the bytes to a temporary file beside the target, then renames it over the target. */
    static void write(ResourceId target, byte[] bytes) throws IOException {
        ResourceId tmp = target.getCurrentDirectory()
                .resolve(TEMPORARY_PREFIX + UUID.randomUUID() + ".tmp", StandardResolveOptions.RESOLVE_FILE);
        try {
            try (WritableByteChannel channel = FileSystems.create(tmp, MimeTypes.BINARY)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
            FileSystems.rename(List.of(tmp), List.of(target));
        } catch (IOException | RuntimeException e) {
            FileSystems.delete(
                    List.of(tmp), org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
            throw e;
        }
    }

    /** Whether each file exists and is not empty. */
    static boolean allExist(List<ResourceId> files) throws IOException {
        List<MatchResult> matches =
                FileSystems.match(files.stream().map(ResourceId::toString).toList(), EmptyMatchTreatment.ALLOW);
        for (MatchResult match : matches) {
            if (match.status() != MatchResult.Status.OK
                    || match.metadata().isEmpty()
                    || match.metadata().get(0).sizeBytes() == 0) {
                return false;
            }
        }
        return true;
    }

    /** The file's bytes, or null when it does not exist. */
    static byte[] readIfExists(ResourceId file) throws IOException {
        MatchResult match = FileSystems.match(file.toString(), EmptyMatchTreatment.ALLOW);
        if (match.status() != MatchResult.Status.OK || match.metadata().isEmpty()) {
            return null;
        }
        try (var in =
                Channels.newInputStream(FileSystems.open(match.metadata().get(0).resourceId()))) {
            return in.readAllBytes();
        }
    }

    /**
     * A CSV to read: a local file, and the name messages give it.
     *
     * @param path the local file (a copy of a file of another file system)
     * @param name the file as the pattern matched it
     */
    record Local(Path path, String name) {}

    /**
     * The files a pattern matches, in name order; a local file as it is, any other copied to a
     * local temporary file (which {@code temporaries} collects for deletion).
     */
    static List<Local> localFiles(String pattern, List<Path> temporaries) throws IOException {
        MatchResult match = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW);
        if (match.status() != MatchResult.Status.OK || match.metadata().isEmpty()) {
            throw new InvalidInputException(Problem.of(pattern, "file not found"));
        }
        List<ResourceId> files = match.metadata().stream()
                .map(MatchResult.Metadata::resourceId)
                .sorted(java.util.Comparator.comparing(ResourceId::toString))
                .toList();
        List<Local> local = new java.util.ArrayList<>(files.size());
        for (ResourceId file : files) {
            if ("file".equals(file.getScheme())) {
                local.add(new Local(Path.of(file.toString()), file.toString()));
            } else {
                Path copy = Files.createTempFile("letterpress-beam-", ".csv");
                temporaries.add(copy);
                try (var in = Channels.newInputStream(FileSystems.open(file))) {
                    Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                local.add(new Local(copy, file.toString()));
            }
        }
        return local;
    }
}
