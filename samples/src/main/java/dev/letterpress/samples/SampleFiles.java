package dev.letterpress.samples;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the sample data is, so that every example runs without arguments from the repository root
 * or from {@code samples/}. In your own program, pass your own paths instead.
 */
final class SampleFiles {
    private SampleFiles() {}

    /**
     * The argument at {@code index}, or a file of the samples when there are fewer arguments.
     *
     * @param args     the program's arguments
     * @param index    which argument
     * @param fallback a path relative to the samples folder, e.g. {@code cohort/brand.yaml}
     * @return the path to use
     */
    static Path arg(String[] args, int index, String fallback) {
        return args.length > index ? Path.of(args[index]) : dir().resolve(fallback);
    }

    /**
     * The samples folder: {@code samples/} under the working directory, or the working directory itself.
     *
     * @return the folder holding {@code cohort/}, {@code jobs/} and the rest
     * @throws IllegalStateException when neither holds the samples
     */
    static Path dir() {
        for (Path candidate : new Path[] {Path.of("samples"), Path.of("")}) {
            if (Files.isDirectory(candidate.resolve("cohort"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find the sample files: run from the repository root or from"
                + " samples/, or pass the paths as arguments");
    }
}
