package dev.letterpress.batch;

import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Problem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an applications CSV as a stream of rows. {@link #open} checks the whole file first —
 * UTF-8, CSV syntax, the header — so that a broken file fails before any work; {@link #rows()} then
 * streams the data rows without holding them.
 */
final class ApplicationsCsv {
    private final Path file;
    private final String source;
    private final CSVFormat format;
    private final Map<Column, Integer> columns;
    private final Map<Column, String> headerNames;
    private final int headerSize;
    private final int rowCount;
    private final List<String> warnings;
    private final List<Map<Column, String>> memory;

    private ApplicationsCsv(Path file, CSVFormat format, Map<Column, Integer> columns, Map<Column, String> headerNames,
            int headerSize, int rowCount, List<String> warnings) {
        this.file = file;
        this.source = file.toString();
        this.memory = null;
        this.format = format;
        this.columns = columns;
        this.headerNames = headerNames;
        this.headerSize = headerSize;
        this.rowCount = rowCount;
        this.warnings = List.copyOf(warnings);
    }

    /** Postings held in memory, read as if they were rows of a CSV with every column. */
    private ApplicationsCsv(String source, List<Map<Column, String>> rows) {
        this.file = null;
        this.source = source;
        this.format = null;
        this.columns = new EnumMap<>(Column.class);
        this.headerNames = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            columns.put(column, column.ordinal());
            headerNames.put(column, column.id());
        }
        this.headerSize = Column.values().length;
        this.rowCount = rows.size();
        this.warnings = List.of();
        this.memory = List.copyOf(rows);
    }

    /**
     * Rows for postings given in code (or one posting file), for one candidate.
     *
     * @param source   the name errors give for the input, e.g. the posting file
     * @param jobs     the postings
     * @param template the template for every row, or null
     * @param formats  the formats for every row, or empty for the default
     */
    static ApplicationsCsv ofJobs(String source, List<JobPosting> jobs, String template, List<String> formats) {
        List<Map<Column, String>> rows = new ArrayList<>(jobs.size());
        for (JobPosting job : jobs) {
            Map<Column, String> row = new EnumMap<>(Column.class);
            row.put(Column.COMPANY, job.company());
            row.put(Column.TITLE, job.title());
            row.put(Column.HIRING_MANAGER, nullToEmpty(job.hiringManager()));
            row.put(Column.REQUIRED_SKILLS, String.join(";", job.requiredSkills()));
            row.put(Column.NICE_TO_HAVE, String.join(";", job.niceToHave()));
            row.put(Column.KEYWORDS, String.join(";", job.keywords()));
            row.put(Column.SENIORITY, job.seniority() == null ? "" : job.seniority().id());
            row.put(Column.LOCATION, nullToEmpty(job.location()));
            row.put(Column.URL, nullToEmpty(job.url()));
            row.put(Column.REFERENCE, nullToEmpty(job.reference()));
            row.put(Column.TEMPLATE, nullToEmpty(template));
            row.put(Column.FORMATS, String.join(";", formats));
            rows.add(row);
        }
        return new ApplicationsCsv(source, rows);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /**
     * Checks the file and its header.
     *
     * @param candidateColumnRequired whether the {@code candidate} column must be present
     * @throws InvalidInputException naming the file, and the line or column, when the file cannot
     *                               be used at all
     */
    static ApplicationsCsv open(Path file, char delimiter, boolean candidateColumnRequired) {
        String source = file.toString();
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false)
                .get();
        List<String> header;
        int rows = 0;
        try (Reader reader = reader(file); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new InvalidInputException(Problem.of(source, "file is empty; expected a header row with the columns "
                        + "candidate, company, title, …"));
            }
            header = records.next().toList();
            while (records.hasNext()) {
                records.next();
                rows++;
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(Problem.of(source, "file not found")), e);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(List.of(notUtf8(file)), e);
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                throw new InvalidInputException(List.of(notUtf8(file)), e);
            }
            throw new InvalidInputException(List.of(Problem.of(source, "is not valid CSV: " + cause.getMessage())), e);
        }
        return withHeader(file, format, header, rows, candidateColumnRequired);
    }

    private static ApplicationsCsv withHeader(Path file, CSVFormat format, List<String> header, int rows,
            boolean candidateColumnRequired) {
        String source = file.toString();
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        Map<Column, String> names = new EnumMap<>(Column.class);
        List<String> unknown = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            Column column = Column.forHeader(name);
            if (column == null) {
                unknown.add(name.isEmpty() ? "#" + (i + 1) : name);
            } else if (columns.containsKey(column)) {
                problems.add(new Problem(source, 1, 0, null, "column \"" + name + "\" appears twice (as \""
                        + names.get(column) + "\" and \"" + name + "\")"));
            } else {
                columns.put(column, i);
                names.put(column, name);
            }
        }
        List<Column> required = candidateColumnRequired
                ? List.of(Column.CANDIDATE, Column.COMPANY, Column.TITLE) : List.of(Column.COMPANY, Column.TITLE);
        if (columns.containsKey(Column.POSTING)) {
            required = required.stream().filter(c -> c == Column.CANDIDATE).toList();
        }
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).map(Column::id).toList();
        if (!missing.isEmpty()) {
            String raw = String.join(String.valueOf(format.getDelimiterString()), header);
            String hint = "";
            if (header.size() == 1 && (raw.contains(";") || raw.contains("\t"))) {
                String sep = raw.contains(";") ? ";" : "\\t";
                hint = "; the file looks " + (sep.equals(";") ? "semicolon" : "tab") + "-separated: set the delimiter to '"
                        + sep + "' (--delimiter '" + sep + "')";
            }
            problems.add(new Problem(source, 1, 0, null, "missing required column" + (missing.size() > 1 ? "s " : " ")
                    + quoteAll(missing) + " (the header has: " + String.join(", ", header) + ")" + hint));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> warnings = new ArrayList<>();
        if (!unknown.isEmpty()) {
            warnings.add(source + " line 1: unknown column" + (unknown.size() > 1 ? "s " : " ") + quoteAll(unknown)
                    + " ignored (known: " + String.join(", ", java.util.Arrays.stream(Column.values()).map(Column::id).toList())
                    + ")");
        }
        return new ApplicationsCsv(file, format, columns, names, header.size(), rows, warnings);
    }

    private static String quoteAll(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }

    /** Finds the line of the first byte that is not UTF-8, for the error message. */
    private static Problem notUtf8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            var in = java.nio.ByteBuffer.wrap(bytes);
            var out = java.nio.CharBuffer.allocate(bytes.length + 1);
            var result = decoder.decode(in, out, true);
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            String what = result.isError() && offset < bytes.length
                    ? String.format(Locale.ROOT, " (byte 0x%02X at offset %d)", bytes[offset] & 0xFF, offset) : "";
            return new Problem(file.toString(), line, 0, null, "not valid UTF-8" + what + "; save the file as UTF-8");
        } catch (IOException e) {
            return Problem.of(file.toString(), "not valid UTF-8; save the file as UTF-8");
        }
    }

    /** A strict UTF-8 reader that skips a byte-order mark. */
    private static Reader reader(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    String source() {
        return source;
    }

    int rowCount() {
        return rowCount;
    }

    List<String> warnings() {
        return warnings;
    }

    boolean has(Column column) {
        return columns.containsKey(column);
    }

    /** The folder the CSV is in, against which the files it names resolve. */
    Path folder() {
        return file == null ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
    }

    /** The column's name as the file's header writes it. */
    String headerName(Column column) {
        return headerNames.getOrDefault(column, column.id());
    }

    /**
     * Streams the data rows. The iterator holds the file open until it is exhausted or closed.
     */
    RowIterator rows() {
        if (memory != null) {
            return new MemoryRows();
        }
        try {
            return new CsvRows(CSVParser.builder().setReader(reader(file)).setFormat(format).get());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen " + source, e);
        }
    }

    /** One data row: its 1-based number among the data rows, the line it starts on, its values. */
    record Row(int row, int line, Map<Column, String> values, int valueCount) {
        String get(Column column) {
            String value = values.get(column);
            return value == null ? "" : value;
        }
    }

    /** A closeable iterator over data rows. */
    interface RowIterator extends Iterator<Row>, AutoCloseable {
        /** The number of columns of the header. */
        int headerSize();

        @Override
        void close() throws IOException;
    }

    /** Rows held in memory; row n "starts on line" n + 1, as if under a header. */
    private final class MemoryRows implements RowIterator {
        private int index;

        @Override
        public boolean hasNext() {
            return index < memory.size();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Map<Column, String> values = memory.get(index++);
            return new Row(index, index + 1, values, values.size());
        }

        @Override
        public int headerSize() {
            return headerSize;
        }

        @Override
        public void close() {
            // nothing is open
        }
    }

    private final class CsvRows implements RowIterator {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private int row;
        private long nextLine;

        CsvRows(CSVParser parser) {
            this.parser = parser;
            this.records = parser.iterator();
            if (records.hasNext()) {
                records.next(); // header
            }
            nextLine = parser.getCurrentLineNumber() + 1;
        }

        @Override
        public boolean hasNext() {
            return records.hasNext();
        }

        @Override
        public Row next() {
            if (!records.hasNext()) {
                throw new NoSuchElementException();
            }
            long line = nextLine;
            CSVRecord record = records.next();
            nextLine = parser.getCurrentLineNumber() + 1;
            row++;
            Map<Column, String> values = new EnumMap<>(Column.class);
            for (Map.Entry<Column, Integer> column : columns.entrySet()) {
                if (column.getValue() < record.size()) {
                    values.put(column.getKey(), record.get(column.getValue()));
                }
            }
            return new Row(row, (int) line, values, record.size());
        }

        @Override
        public int headerSize() {
            return headerSize;
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }
}
