package dev.letterpress.batch;

import dev.letterpress.model.Candidate;
import dev.letterpress.model.ImportOptions;
import dev.letterpress.model.Profiles;
import dev.letterpress.model.Suggestions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of a run, in order, each a {@link Item}: a request ready to make, or the errors that
 * stop it. Read from one thread.
 */
abstract class RowSource implements AutoCloseable {

    /**
     * One row as the run sees it.
     *
     * @param row       1-based number among the rows
     * @param line      the line it starts on (for requests in memory: row + 1, as if under a header)
     * @param candidate the candidate id, as an excerpt
     * @param company   the company, as an excerpt
     * @param title     the title, as an excerpt
     * @param request   the request, or null when the row has errors
     * @param error     the row's errors, or null
     */
    record Item(
            int row, int line, String candidate, String company, String title, LetterRequest request, String error) {}

    /** A name for messages: the CSV file, or "requests". */
    abstract String name();

    /** The number of rows, or -1 when it is not known in advance. */
    abstract int count();

    /** What was noticed while opening the input (an ignored column). */
    abstract List<String> warnings();

    abstract boolean hasNext();

    abstract Item next();

    @Override
    public abstract void close();

    /** Opens the source of a run: the CSV is checked whole, and the candidates read, before any work. */
    static RowSource open(BatchOptions.Input input, LetterMaker letters) {
        if (input instanceof BatchOptions.Csv csv) {
            return new CsvSource(csv, letters);
        }
        return new RequestSource(((BatchOptions.Requests) input).requests(), letters);
    }

    /** Rows of an applications CSV. */
    private static final class CsvSource extends RowSource {
        private final ApplicationsCsv csv;
        private final RowParser parser;
        private final ApplicationsCsv.RowIterator rows;

        CsvSource(BatchOptions.Csv input, LetterMaker letters) {
            Map<String, Candidate> candidates = new LinkedHashMap<>();
            Candidate only = input.candidate();
            ImportOptions reading = ImportOptions.builder().date(letters.date()).build();
            if (input.candidateFile() != null) {
                only = Profiles.readCandidate(input.candidateFile(), reading);
            } else if (only == null) {
                for (Candidate c : Profiles.readCandidates(input.candidates(), reading)) {
                    candidates.put(c.id(), c);
                }
            }
            this.csv = ApplicationsCsv.open(input.file(), input.delimiter(), only == null);
            this.parser = new RowParser(
                    csv,
                    candidates,
                    only,
                    letters.templateNames(),
                    letters.availableFormats(),
                    letters.formats(),
                    new PostingFiles(csv.folder(), reading));
            this.rows = csv.rows();
        }

        @Override
        String name() {
            return csv.source();
        }

        @Override
        int count() {
            return csv.rowCount();
        }

        @Override
        List<String> warnings() {
            return csv.warnings();
        }

        @Override
        boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        Item next() {
            ApplicationsCsv.Row row = rows.next();
            RowParser.Parsed parsed = parser.parse(row, rows.headerSize());
            String error = parsed.ok()
                    ? null
                    : String.join(
                            "; ",
                            parsed.errors().stream()
                                    .map(e -> e.describe(row.line()))
                                    .toList());
            return new Item(
                    row.row(),
                    row.line(),
                    Echo.excerpt(parser.candidateId(row)),
                    Echo.excerpt(parser.value(row, Column.COMPANY)),
                    Echo.excerpt(parser.value(row, Column.TITLE)),
                    parsed.request(),
                    Echo.clean(error));
        }

        @Override
        public void close() {
            try {
                rows.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + csv.source(), e);
            } finally {
                csv.close();
            }
        }
    }

    /** Requests from memory; a request whose template or format is unknown fails alone. */
    private static final class RequestSource extends RowSource {
        private final Iterator<LetterRequest> requests;
        private final int count;
        private final Set<String> templates;
        private final Set<String> formats;
        private int row;

        RequestSource(Iterable<LetterRequest> requests, LetterMaker letters) {
            this.requests = requests.iterator();
            this.count = requests instanceof Collection<?> c ? c.size() : -1;
            this.templates = letters.templateNames();
            this.formats = letters.availableFormats();
        }

        @Override
        String name() {
            return "requests";
        }

        @Override
        int count() {
            return count;
        }

        @Override
        List<String> warnings() {
            return List.of();
        }

        @Override
        boolean hasNext() {
            return requests.hasNext();
        }

        @Override
        Item next() {
            LetterRequest request = requests.next();
            row++;
            List<String> errors = new ArrayList<>();
            if (request.template() != null && !templates.contains(request.template())) {
                errors.add("unknown template \"" + Echo.excerpt(request.template()) + "\""
                        + Suggestions.closest(request.template(), templates)
                                .map(s -> "; did you mean \"" + s + "\"?")
                                .orElse(""));
            }
            for (String format : request.formats()) {
                if (!formats.contains(format)) {
                    errors.add("unknown format \"" + Echo.excerpt(format) + "\"; use " + String.join(" or ", formats));
                }
            }
            return new Item(
                    row,
                    row + 1,
                    Echo.excerpt(request.candidate().id()),
                    Echo.excerpt(request.job().company()),
                    Echo.excerpt(request.job().title()),
                    errors.isEmpty() ? request : null,
                    errors.isEmpty() ? null : "request " + row + ": " + String.join("; ", errors));
        }

        @Override
        public void close() {
            // the caller owns the iterable
        }
    }
}
