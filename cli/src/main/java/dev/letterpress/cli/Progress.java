package dev.letterpress.cli;

import dev.letterpress.batch.BatchListener;
import dev.letterpress.batch.BatchResult;
import dev.letterpress.batch.RowResult;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows a batch's progress on stderr: a bar redrawn in place on a terminal (rows done/total,
 * letters/s, ETA), plain lines every few seconds otherwise; each failed row as it happens; one
 * summary line at the end.
 */
final class Progress implements BatchListener {
    private static final long BAR_NANOS = 200_000_000L;
    private static final long LINE_NANOS = 5_000_000_000L;
    private static final int BAR_WIDTH = 28;

    private final PrintWriter err;
    private final String source;
    private final boolean terminal;
    private final boolean verbose;
    private final long started = System.nanoTime();
    private long lastShown = started;
    private int total;
    private int done;
    private int made;
    private boolean barShown;

    Progress(PrintWriter err, String source, boolean terminal, boolean verbose) {
        this.err = err;
        this.source = source;
        this.terminal = terminal;
        this.verbose = verbose;
    }

    @Override
    public void onStart(int rows) {
        total = rows;
    }

    @Override
    public void onWarning(String message) {
        clearBar();
        err.println("warning: " + message);
        err.flush();
    }

    @Override
    public void onRow(RowResult row, Throwable unexpected) {
        done++;
        if (row.status() == RowResult.Status.OK) {
            made++;
        }
        if (row.status() == RowResult.Status.FAILED) {
            clearBar();
            err.println("error: " + source + " " + row.error());
            if (unexpected != null && verbose) {
                unexpected.printStackTrace(err);
            }
            err.flush();
        }
        long now = System.nanoTime();
        if (terminal && now - lastShown >= BAR_NANOS) {
            lastShown = now;
            drawBar(now);
        } else if (!terminal && now - lastShown >= LINE_NANOS) {
            lastShown = now;
            err.println("progress: " + done + "/" + total + " rows (" + percent() + "%), " + rate(now)
                    + " letters/s, ETA " + eta(now));
            err.flush();
        }
    }

    @Override
    public void onFinish(BatchResult result) {
        clearBar();
        StringBuilder line = new StringBuilder("done: ")
                .append(result.ok())
                .append(" ok, ")
                .append(result.failed())
                .append(" failed, ")
                .append(result.skipped())
                .append(" skipped · ")
                .append(result.files())
                .append(" files · ")
                .append(String.format(Locale.ROOT, "%.1f s", result.elapsed().toNanos() / 1e9))
                .append(" · ")
                .append(String.format(Locale.ROOT, "%.1f letters/s", result.lettersPerSecond()));
        if (result.manifestCsv() != null) {
            line.append(" · manifest: ").append(result.manifestCsv());
        }
        err.println(line);
        err.flush();
    }

    private void drawBar(long now) {
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        String bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
        err.print("\r[" + bar + "] " + done + "/" + total + " rows · " + rate(now) + " letters/s · ETA " + eta(now)
                + "   ");
        err.flush();
        barShown = true;
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r" + " ".repeat(BAR_WIDTH + 60) + "\r");
            barShown = false;
        }
    }

    private int percent() {
        return total == 0 ? 100 : (int) (100L * done / total);
    }

    private String rate(long now) {
        double seconds = (now - started) / 1e9;
        return String.format(Locale.ROOT, "%.1f", seconds <= 0 ? 0 : made / seconds);
    }

    private String eta(long now) {
        double seconds = (now - started) / 1e9;
        if (done == 0 || seconds <= 0) {
            return "?";
        }
        long left = Math.round((total - done) * seconds / done);
        return left >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", left / 3600, left / 60 % 60, left % 60)
                : String.format(Locale.ROOT, "%d:%02d", left / 60, left % 60);
    }
}
