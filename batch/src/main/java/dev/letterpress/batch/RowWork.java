package dev.letterpress.batch;

import dev.letterpress.model.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The work of one row, shared by a local {@link Batch} run and {@link RowPlan} (a distributed
 * pipeline): compose → review → render, hand each document to a sink, and say what happened in a
 * manifest entry.
 */
final class RowWork {
    private RowWork() {}

    /**
     * What became of a row's work.
     *
     * @param result     its manifest entry
     * @param unexpected the bug behind a failure, or null
     * @param made       the letter and documents
     * @param warnings   renderer warnings, as excerpts
     * @param bytes      bytes of the documents
     */
    record Outcome(RowResult result, Throwable unexpected, MadeLetter made, List<String> warnings, long bytes) {}

    /**
     * Makes one row and writes its documents through the sink (none when {@code render} is false).
     * A row's own failure becomes a failed entry; what the sink throws (the output stopped taking
     * files) is thrown.
     */
    static Outcome make(
            LetterMaker letters,
            RowSource.Item item,
            List<String> formats,
            String stem,
            String hash,
            boolean render,
            RowPlan.Sink sink)
            throws IOException {
        try {
            MadeLetter made = letters.make(item.request(), formats, render);
            List<String> files = new ArrayList<>(formats.size());
            long bytes = 0;
            for (String format : render ? formats : List.<String>of()) {
                String file = stem + "." + format;
                byte[] document = made.documents().get(format);
                if (sink != null) {
                    sink.write(file, document);
                }
                bytes += document.length;
                files.add(file);
            }
            List<String> warnings = made.warnings().stream().map(Echo::excerpt).toList();
            RowResult result = new RowResult(
                    item.row(),
                    item.line(),
                    item.candidate(),
                    item.company(),
                    item.title(),
                    RowResult.Status.OK,
                    files,
                    made.review() == null ? null : made.review().score(),
                    made.review() == null ? List.of() : made.review().ruleIds(),
                    null,
                    made.letter().template(),
                    warnings,
                    hash);
            return new Outcome(result, null, made, warnings, bytes);
        } catch (OutputException e) {
            throw e;
        } catch (InvalidInputException e) {
            return new Outcome(
                    failed(item, "line " + item.line() + ": " + Echo.clean(e.getMessage())), null, null, List.of(), 0);
        } catch (RuntimeException | Error e) {
            return new Outcome(
                    failed(item, "line " + item.line() + ": internal error: " + Echo.excerpt(e.toString())),
                    e,
                    null,
                    List.of(),
                    0);
        }
    }

    /** The entry of a row that failed. */
    static RowResult failed(RowSource.Item item, String error) {
        return new RowResult(
                item.row(),
                item.line(),
                item.candidate(),
                item.company(),
                item.title(),
                RowResult.Status.FAILED,
                List.of(),
                null,
                List.of(),
                error,
                null,
                List.of(),
                "");
    }

    /** Whether an earlier entry was made from the same inputs and has files (which the caller checks exist). */
    static boolean sameInputs(RowResult before, String hash) {
        return before.status() != RowResult.Status.FAILED
                && before.inputHash().equals(hash)
                && !before.files().isEmpty();
    }

    /** The entry of a row skipped because an earlier run made it from the same inputs. */
    static RowResult skipped(RowSource.Item item, RowResult before, String hash) {
        return new RowResult(
                item.row(),
                item.line(),
                before.candidate(),
                before.company(),
                before.title(),
                RowResult.Status.SKIPPED,
                before.files(),
                before.score(),
                before.findings(),
                null,
                before.template(),
                before.warnings(),
                hash);
    }
}
