package dev.letterpress.batch;

import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Problem;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    private final boolean temporaryCopy;
    private final CSVFormat format;
    private final Map<Column, Integer> columns;
    private final Map<Column, String> headerNames;
    private final List<String> header;
    private final int rowCount;
    private final List<String> warnings;

    private ApplicationsCsv(
            Input input,
            CSVFormat format,
            Map<Column, Integer> columns,
            Map<Column, String> headerNames,
            List<String> header,
            int rowCount,
            List<String> warnings) {
        this.file = input.file();
        this.source = input.source();
        this.temporaryCopy = input.copy();
        this.format = format;
        this.columns = columns;
        this.headerNames = headerNames;
        this.header = List.copyOf(header);
        this.rowCount = rowCount;
        this.warnings = List.copyOf(warnings);
    }

    /** The file to read, under the name messages give it; a copy when the input could be read only once. */
    private record Input(Path file, String source, boolean copy) {}

    /**
     * A pipe, {@code /dev/stdin} or any other input that cannot be read twice is copied once to a
     * temporary file (deleted by {@link #close()}); a regular file is read where it is.
     */
    private static Input input(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (Files.isRegularFile(file)) {
            return new Input(file, file.toString(), false);
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(
                    Problem.of(file.toString(), "is a folder; expected an applications CSV file"));
        }
        Path copy = Files.createTempFile("letterpress-applications-", ".csv");
        try (InputStream in = new FileInputStream(file.toFile())) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return new Input(copy, file.toString(), true);
    }

    /** Deletes the temporary copy of an input that could be read only once. */
    void close() {
        closeInput(new Input(file, source, temporaryCopy));
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
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false)
                .get();
        List<String> header;
        Map<Integer, String> headerProblems;
        int rows = 0;
        Input input = null;
        try {
            input = input(file);
            try (LimitedCsvReader reader = reader(input.file(), delimiter);
                    CSVParser parser = CSVParser.builder()
                            .setReader(reader)
                            .setFormat(format)
                            .get()) {
                Iterator<CSVRecord> records = parser.iterator();
                if (!records.hasNext()) {
                    throw new InvalidInputException(Problem.of(
                            source,
                            "file is empty; expected a header row with the columns " + "candidate, company, title, …"));
                }
                header = records.next().toList();
                headerProblems = reader.problems(0);
                while (records.hasNext()) {
                    records.next();
                    rows++;
                    reader.problems(rows);
                }
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(Problem.of(source, "file not found")), e);
        } catch (CharacterCodingException e) {
            closeInput(input);
            throw new InvalidInputException(List.of(notUtf8(input.file(), source)), e);
        } catch (IOException | UncheckedIOException e) {
            closeInput(input);
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                throw new InvalidInputException(List.of(notUtf8(input.file(), source)), e);
            }
            throw new InvalidInputException(
                    List.of(Problem.of(source, "is not valid CSV: " + Echo.excerpt(cause.getMessage()))), e);
        } catch (RuntimeException e) {
            closeInput(input);
            throw e;
        }
        if (!headerProblems.isEmpty()) {
            closeInput(input);
            Map.Entry<Integer, String> first =
                    headerProblems.entrySet().iterator().next();
            throw new InvalidInputException(new Problem(
                    source,
                    1,
                    0,
                    null,
                    first.getKey() == LimitedCsvReader.TOO_MANY
                            ? "the header " + first.getValue()
                            : "the name of column " + (first.getKey() + 1) + " " + first.getValue()));
        }
        try {
            return withHeader(input, format, header, rows, candidateColumnRequired);
        } catch (RuntimeException e) {
            closeInput(input);
            throw e;
        }
    }

    private static void closeInput(Input input) {
        if (input != null && input.copy()) {
            try {
                Files.deleteIfExists(input.file());
            } catch (IOException ignored) {
                // a file in the temporary folder; the system clears it
            }
        }
    }

    private static ApplicationsCsv withHeader(
            Input input, CSVFormat format, List<String> header, int rows, boolean candidateColumnRequired) {
        String source = input.source();
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
                problems.add(new Problem(
                        source,
                        1,
                        0,
                        null,
                        "column \"" + Echo.excerpt(name) + "\" appears twice (as \"" + Echo.excerpt(names.get(column))
                                + "\" and \"" + Echo.excerpt(name) + "\")"));
            } else {
                columns.put(column, i);
                names.put(column, name);
            }
        }
        List<Column> required = candidateColumnRequired
                ? List.of(Column.CANDIDATE, Column.COMPANY, Column.TITLE)
                : List.of(Column.COMPANY, Column.TITLE);
        if (columns.containsKey(Column.POSTING)) {
            required = required.stream().filter(c -> c == Column.CANDIDATE).toList();
        }
        List<String> missing = required.stream()
                .filter(c -> !columns.containsKey(c))
                .map(Column::id)
                .toList();
        if (!missing.isEmpty()) {
            String raw = header.size() == 1 ? header.get(0) : "";
            String hint = "";
            if (header.size() == 1 && (raw.contains(";") || raw.contains("\t"))) {
                String sep = raw.contains(";") ? ";" : "\\t";
                hint = "; the file looks " + (sep.equals(";") ? "semicolon" : "tab")
                        + "-separated: set the delimiter to '" + sep + "' (--delimiter '" + sep + "')";
            }
            problems.add(new Problem(
                    source,
                    1,
                    0,
                    null,
                    "missing required column" + (missing.size() > 1 ? "s " : " ") + Echo.list(missing, true)
                            + " (the header has: " + Echo.list(header, false) + ")" + hint));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> warnings = new ArrayList<>();
        if (!unknown.isEmpty()) {
            warnings.add(
                    source + " line 1: unknown column" + (unknown.size() > 1 ? "s " : " ") + Echo.list(unknown, true)
                            + " ignored (known: "
                            + String.join(
                                    ", ",
                                    java.util.Arrays.stream(Column.values())
                                            .map(Column::id)
                                            .toList())
                            + ")");
        }
        return new ApplicationsCsv(input, format, columns, names, header, rows, warnings);
    }

    /** Finds the line of the first byte that is not UTF-8, for the error message. */
    private static Problem notUtf8(Path file, String source) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            var decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
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
                    ? String.format(Locale.ROOT, " (byte 0x%02X at offset %d)", bytes[offset] & 0xFF, offset)
                    : "";
            return new Problem(source, line, 0, null, "not valid UTF-8" + what + "; save the file as UTF-8");
        } catch (IOException e) {
            return Problem.of(source, "not valid UTF-8; save the file as UTF-8");
        }
    }

    /**
     * A strict UTF-8 reader that skips a byte-order mark and bounds fields and columns. A plain
     * file stream: a thread interrupt does not close it (a channel's stream would be).
     */
    private static LimitedCsvReader reader(Path file, char delimiter) throws IOException {
        InputStream in = new BufferedInputStream(new FileInputStream(file.toFile()), 1 << 16);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new LimitedCsvReader(new InputStreamReader(in, decoder), delimiter);
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
        return file == null
                ? Path.of("").toAbsolutePath()
                : file.toAbsolutePath().getParent();
    }

    /** The column's name as the file's header writes it. */
    String headerName(Column column) {
        return headerNames.getOrDefault(column, column.id());
    }

    /** The name of the header's column at an index, as an excerpt; "#n" when it has none. */
    String headerNameAt(int index) {
        String name = index < header.size() ? header.get(index).strip() : "";
        return name.isEmpty() ? "#" + (index + 1) : Echo.excerpt(name);
    }

    /**
     * Streams the data rows. The iterator holds the file open until it is exhausted or closed.
     */
    RowIterator rows() {
        try {
            LimitedCsvReader reader = reader(file, format.getDelimiterString().charAt(0));
            return new CsvRows(
                    reader,
                    CSVParser.builder().setReader(reader).setFormat(format).get());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen " + source, e);
        }
    }

    /**
     * One data row: its 1-based number among the data rows, the line it starts on, its values, and
     * what was cut from it (column index, or {@link LimitedCsvReader#TOO_MANY}, → message).
     */
    record Row(int row, int line, Map<Column, String> values, int valueCount, Map<Integer, String> cut) {
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

    private final class CsvRows implements RowIterator {
        private final LimitedCsvReader reader;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private int row;
        private long nextLine;

        CsvRows(LimitedCsvReader reader, CSVParser parser) {
            this.reader = reader;
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
            return new Row(row, (int) line, values, record.size(), reader.problems(row));
        }

        @Override
        public int headerSize() {
            return header.size();
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }
}
