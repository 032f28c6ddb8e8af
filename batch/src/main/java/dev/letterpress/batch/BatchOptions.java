package dev.letterpress.batch;

import dev.letterpress.model.Candidate;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The immutable configuration of a {@link Batch}; {@link Batch#builder()} makes one.
 *
 * @param input    where the applications come from
 * @param letters  the per-row function: compose → review → render
 * @param output   where the letters go, for {@link Batch#run()}
 * @param threads  worker threads, 1 to 256
 * @param failFast whether the run stops making letters at the first failed row
 * @param listener hears the run's progress
 */
public record BatchOptions(
        Input input, LetterMaker letters, Output output, int threads, boolean failFast, BatchListener listener) {

    /**
     * Checks the values.
     *
     * @param input    where the applications come from
     * @param letters  the per-row function
     * @param output   where the letters go
     * @param threads  worker threads, 1 to 256
     * @param failFast whether the run stops at the first failed row
     * @param listener hears the run's progress
     * @throws IllegalArgumentException when a value is missing or out of range
     */
    public BatchOptions {
        Objects.requireNonNull(input, "BatchOptions.input must be set");
        Objects.requireNonNull(letters, "BatchOptions.letters must be set");
        Objects.requireNonNull(output, "BatchOptions.output must be set");
        Objects.requireNonNull(listener, "BatchOptions.listener must be set");
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("Batch.threads must be between 1 and 256 (was " + threads + ")");
        }
    }

    /** Where the applications come from: a CSV file or requests in memory. */
    public sealed interface Input permits Csv, Requests {}

    /**
     * An applications CSV, with the candidates its rows name.
     *
     * @param file          the CSV (a pipe or {@code /dev/stdin} works too)
     * @param delimiter     the field separator
     * @param candidates    a folder of profiles or a list file, or null
     * @param candidateFile one profile for every row, or null
     * @param candidate     one profile already loaded for every row, or null
     */
    public record Csv(Path file, char delimiter, Path candidates, Path candidateFile, Candidate candidate)
            implements Input {
        /**
         * Checks that exactly one source of candidates is given.
         *
         * @param file          the CSV
         * @param delimiter     the field separator
         * @param candidates    a folder of profiles or a list file, or null
         * @param candidateFile one profile for every row, or null
         * @param candidate     one profile already loaded for every row, or null
         * @throws IllegalArgumentException when the delimiter is a quote or a line break, or not
         *                                  exactly one candidate source is given
         */
        public Csv {
            Objects.requireNonNull(file, "file");
            int sources = (candidates == null ? 0 : 1) + (candidateFile == null ? 0 : 1) + (candidate == null ? 0 : 1);
            if (sources != 1) {
                throw new IllegalArgumentException("Batch needs exactly one of candidates (a folder or list file) and"
                        + " candidate (one profile for every row)");
            }
            if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
                throw new IllegalArgumentException(
                        "Batch.delimiter cannot be a quote or a line break (was " + (int) delimiter + ")");
            }
        }
    }

    /**
     * Requests in memory: any {@code Iterable}, iterated once per run, in order.
     *
     * @param requests the requests; a {@code Stream} given to the builder can be run once
     */
    public record Requests(Iterable<LetterRequest> requests) implements Input {
        /**
         * Checks the value.
         *
         * @param requests the requests
         */
        public Requests {
            Objects.requireNonNull(requests, "requests");
        }
    }

    /**
     * Where {@link Batch#run()} writes.
     *
     * @param folder the output folder
     * @param resume skip rows unchanged since the last run whose files exist
     * @param dryRun compose and review everything but write nothing
     * @param zip    also bundle this run's letters and manifests into this zip file, or null
     */
    public record Output(Path folder, boolean resume, boolean dryRun, Path zip) {
        /**
         * Checks the value.
         *
         * @param folder the output folder; never null
         * @param resume skip unchanged rows
         * @param dryRun write nothing
         * @param zip    the zip file, or null
         */
        public Output {
            Objects.requireNonNull(folder, "out");
        }
    }
}
