package dev.letterpress.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The summary of a run.
 *
 * @param rows         data rows read
 * @param ok           rows whose letters were written (or composed, in a dry run)
 * @param failed       rows that failed
 * @param skipped      rows skipped: unchanged ({@code --resume}) or not reached after a fail-fast stop
 * @param files        letter files written
 * @param bytes        bytes of letters written
 * @param elapsed      wall time of the run
 * @param manifestCsv  the CSV manifest, or null in a dry run
 * @param manifestJson the JSON manifest, or null in a dry run
 * @param zip          the zip bundle, or null when none was asked for
 */
public record BatchResult(
        int rows,
        int ok,
        int failed,
        int skipped,
        int files,
        long bytes,
        Duration elapsed,
        Path manifestCsv,
        Path manifestJson,
        Path zip) {

    /**
     * Checks the counts.
     *
     * @param rows         data rows read
     * @param ok           rows whose letters were written (or composed, in a dry run)
     * @param failed       rows that failed
     * @param skipped      rows skipped: unchanged ({@code --resume}) or not reached after a fail-fast stop
     * @param files        letter files written
     * @param bytes        bytes of letters written
     * @param elapsed      wall time of the run
     * @param manifestCsv  the CSV manifest, or null in a dry run
     * @param manifestJson the JSON manifest, or null in a dry run
     * @param zip          the zip bundle, or null when none was asked for
     */
    public BatchResult {
        Objects.requireNonNull(elapsed, "elapsed");
        if (ok + failed + skipped != rows) {
            throw new IllegalArgumentException(
                    "BatchResult counts do not add up: " + ok + " + " + failed + " + " + skipped + " != " + rows);
        }
    }

    /**
     * Rows made per second of wall time (ok rows only).
     *
     * @return letters per second, 0 when nothing was made
     */
    public double lettersPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : ok / seconds;
    }

    /**
     * Whether every row ended well (ok or skipped as unchanged).
     *
     * @return true when no row failed
     */
    public boolean success() {
        return failed == 0;
    }
}
