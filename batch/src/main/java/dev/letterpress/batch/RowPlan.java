package dev.letterpress.batch;

import dev.letterpress.model.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The rows of applications CSVs as a {@link Batch} run plans them, so that the per-row work can
 * run somewhere else — a distributed pipeline with one worker per partition — with exactly the
 * local batch's results: each row parsed into a request (or its errors, with the line and column),
 * the output name a run gives it, and its input fingerprint. Every CSV is checked whole when the
 * plan opens, before any row is handed out. Several CSVs read as one input in the order given:
 * rows are numbered on across the files (each row keeps the line of its own file), and output
 * names are assigned across all of them in row order, a taken name getting {@code -2},
 * {@code -3}, …, as in one local run. Read from one thread; a {@link Row} is immutable and its
 * work ({@link Row#make}) runs on any thread.
 *
 * <pre>{@code
 * try (RowPlan plan = RowPlan.open(List.of(csv), letters)) {
 *     while (plan.hasNext()) {
 *         RowPlan.Row row = plan.next();
 *         RowResult entry = row.make(letters, (name, bytes) -> store.put(name, bytes));
 *     }
 * }
 * }</pre>
 */
public final class RowPlan implements Iterator<RowPlan.Row>, AutoCloseable {
    private final List<RowSource> sources;
    private final List<String> warnings = new ArrayList<>();
    private final LetterMaker letters;
    private final OutputLayout layout = new OutputLayout(Path.of("").toAbsolutePath());
    private final Fingerprint fingerprint;
    private int current;
    private int offset;
    private int lastRow;

    private RowPlan(List<RowSource> sources, LetterMaker letters) {
        this.sources = sources;
        this.letters = letters;
        this.fingerprint = new Fingerprint(letters.brand(), letters.composerFingerprint(), letters.reviewRole());
        sources.forEach(s -> warnings.addAll(s.warnings()));
    }

    /** Where a row's documents go: a name relative to the output folder and the bytes. */
    @FunctionalInterface
    public interface Sink {
        /**
         * Stores one document, replacing one of the same name.
         *
         * @param name  the path relative to the output folder, with {@code /}, e.g.
         *              {@code ada/acme--backend-engineer.pdf}
         * @param bytes the document
         * @throws IOException when the output cannot take it; the row's work then throws it
         */
        void write(String name, byte[] bytes) throws IOException;
    }

    /**
     * Opens the CSVs and checks each one whole (UTF-8, CSV syntax, the header) and reads the
     * candidates, before any row.
     *
     * @param inputs  the CSVs with their candidates, in order; at least one
     * @param letters the per-row function whose templates, formats, brand and composer the rows
     *                are checked against and fingerprinted with
     * @return the plan, to close when done
     * @throws InvalidInputException naming the file, and the line or column, when a CSV or the
     *                               candidates cannot be used at all
     * @throws IllegalArgumentException when no CSV is given
     */
    public static RowPlan open(List<BatchOptions.Csv> inputs, LetterMaker letters) {
        Objects.requireNonNull(letters, "letters");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("RowPlan needs at least one applications CSV");
        }
        List<RowSource> opened = new ArrayList<>(inputs.size());
        try {
            for (BatchOptions.Csv input : inputs) {
                opened.add(RowSource.open(input, letters));
            }
        } catch (RuntimeException e) {
            opened.forEach(RowSource::close);
            throw e;
        }
        return new RowPlan(List.copyOf(opened), letters);
    }

    /**
     * What was noticed while opening the CSVs (an ignored column), each naming its file.
     *
     * @return the warnings, in file order
     */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Whether a row is left.
     *
     * @return true when {@link #next()} has a row
     */
    @Override
    public boolean hasNext() {
        while (current < sources.size() && !sources.get(current).hasNext()) {
            offset = lastRow;
            current++;
        }
        return current < sources.size();
    }

    /**
     * The next row, in file and row order.
     *
     * @return the row
     * @throws NoSuchElementException when no row is left
     */
    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RowSource source = sources.get(current);
        RowSource.Item read = source.next();
        RowSource.Item item = new RowSource.Item(
                read.row() + offset,
                read.line(),
                read.candidate(),
                read.company(),
                read.title(),
                read.request(),
                read.error());
        lastRow = item.row();
        if (item.request() == null) {
            return new Row(source.name(), item, null, List.of(), "");
        }
        List<String> formats = letters.formatsOf(item.request());
        String stem = layout.stem(
                item.request().candidate().id(),
                item.request().job().company(),
                item.request().job().title());
        return new Row(source.name(), item, stem, formats, fingerprint.of(item.request(), formats));
    }

    /** Closes the CSVs. */
    @Override
    public void close() {
        sources.forEach(RowSource::close);
    }

    /**
     * One row of the plan.
     *
     * @param source    the CSV it comes from, as given
     * @param row       1-based number among the rows of all the CSVs
     * @param line      the line of its CSV it starts on
     * @param candidate the candidate id as the row gives it, as an excerpt
     * @param company   the company, as an excerpt
     * @param title     the title, as an excerpt
     * @param request   the request, or null when the row has errors
     * @param error     the row's errors ({@code line 3, column "company": must not be empty}), or
     *                  null
     * @param stem      the output name without extension, relative to the output folder (e.g.
     *                  {@code ada/acme--backend-engineer}), or null when the row has errors
     * @param formats   the formats the row's letters are rendered in; empty when it has errors
     * @param inputHash the fingerprint of everything its letters depend on; empty when it has errors
     */
    public record Row(
            String source,
            int row,
            int line,
            String candidate,
            String company,
            String title,
            LetterRequest request,
            String error,
            String stem,
            List<String> formats,
            String inputHash) {

        /**
         * Checks and copies the values.
         *
         * @param source    the CSV it comes from
         * @param row       1-based row number
         * @param line      the line it starts on
         * @param candidate the candidate id
         * @param company   the company
         * @param title     the title
         * @param request   the request, or null when the row has errors
         * @param error     the errors, or null
         * @param stem      the output name without extension, or null when the row has errors
         * @param formats   the formats
         * @param inputHash the fingerprint, or empty
         * @throws IllegalArgumentException when neither or both of request and error are given, or
         *                                  a request has no stem or formats
         */
        public Row {
            if ((request == null) == (error == null)) {
                throw new IllegalArgumentException("RowPlan.Row needs exactly one of request and error");
            }
            formats = List.copyOf(formats);
            if (request != null && (stem == null || formats.isEmpty())) {
                throw new IllegalArgumentException("RowPlan.Row with a request needs a stem and formats");
            }
            inputHash = Objects.requireNonNullElse(inputHash, "");
        }

        private Row(String source, RowSource.Item item, String stem, List<String> formats, String inputHash) {
            this(
                    source,
                    item.row(),
                    item.line(),
                    item.candidate(),
                    item.company(),
                    item.title(),
                    item.request(),
                    item.error(),
                    stem,
                    formats,
                    inputHash);
        }

        /**
         * A copy with another request: the same row on a worker that rebuilt the request from the
         * candidates it loaded itself.
         *
         * @param value the request
         * @return the row with that request
         */
        public Row withRequest(LetterRequest value) {
            return new Row(source, row, line, candidate, company, title, value, error, stem, formats, inputHash);
        }

        /**
         * The row's work, exactly as a local batch does it: compose → review → render, then each
         * document to the sink under its name ({@code <stem>.<format>}). A row with errors, or
         * whose letter fails (an unknown template, a failing user template), gives a failed entry
         * without writing anything.
         *
         * @param letters the per-row function the plan was opened with (or one built alike)
         * @param sink    where the documents go
         * @return the manifest entry
         * @throws IOException when the sink throws: the output stopped taking files
         */
        public RowResult make(LetterMaker letters, Sink sink) throws IOException {
            Objects.requireNonNull(sink, "sink");
            if (request == null) {
                return RowWork.failed(item(), error);
            }
            return RowWork.make(letters, item(), formats, stem, inputHash, true, sink)
                    .result();
        }

        /**
         * Whether an earlier run's entry for this row was made from the same inputs and names
         * files; if those files still exist, the row can be {@link #skipped} (the caller checks
         * them, in whatever file system holds them).
         *
         * @param before the earlier entry
         * @return true when its fingerprint matches and it has files
         */
        public boolean sameInputs(RowResult before) {
            return request != null && RowWork.sameInputs(before, inputHash);
        }

        /**
         * The entry of this row skipped because an earlier run made it, as a resumed local batch
         * writes it.
         *
         * @param before the earlier entry
         * @return the skipped entry, naming the earlier files
         */
        public RowResult skipped(RowResult before) {
            return RowWork.skipped(item(), before, inputHash);
        }

        private RowSource.Item item() {
            return new RowSource.Item(row, line, candidate, company, title, request, error);
        }
    }
}
