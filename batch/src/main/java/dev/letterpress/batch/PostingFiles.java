package dev.letterpress.batch;

import dev.letterpress.model.ImportOptions;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Problem;
import dev.letterpress.model.Profiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The posting files the CSV's {@code posting} column names, relative to the CSV's folder, in any
 * format {@link Profiles#readJob(Path, ImportOptions)} reads. Each file is read once.
 */
final class PostingFiles {
    private final Path folder;
    private final ImportOptions options;
    private final Map<Path, Object> read = new HashMap<>();

    PostingFiles(Path folder, ImportOptions options) {
        this.folder = folder;
        this.options = options;
    }

    /** The posting a file holds; throws with its problems in one message. */
    synchronized JobPosting read(String name) {
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder.normalize())) {
            // text from the CSV is data: it names a file beside the CSV, never one elsewhere
            throw new IllegalArgumentException("\"" + Echo.excerpt(name) + "\" is outside the CSV's folder; "
                    + "name a posting file in that folder or below it");
        }
        Object posting = read.computeIfAbsent(file, f -> {
            try {
                return Profiles.readJob(f, options);
            } catch (InvalidInputException e) {
                return e;
            }
        });
        if (posting instanceof InvalidInputException e) {
            throw new IllegalArgumentException(
                    e.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")));
        }
        return (JobPosting) posting;
    }
}
