package dev.letterpress.batch;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Bounds what a CSV can make the parser hold, as the characters stream in: a field keeps at most
 * {@link #MAX_FIELD} characters and a record at most {@link #MAX_COLUMNS} fields; the rest is
 * dropped before the parser sees it, and the record is marked so that its row fails with the line
 * and column. It follows RFC 4180 quoting ({@code "…"} with {@code ""} inside) to know where fields
 * and records end, and hands the parser well-formed text (a quote pair is kept or dropped whole).
 */
final class LimitedCsvReader extends Reader {
    /** The most characters one field may hold (64 Ki). */
    static final int MAX_FIELD = 64 * 1024;
    /** The most fields one record (the header too) may have. */
    static final int MAX_COLUMNS = 1000;
    /** The column index that stands for "too many fields" in {@link #problems}. */
    static final int TOO_MANY = -1;

    private final Reader in;
    private final char delimiter;
    private final char[] chunk = new char[8192];
    /** Characters ready for the parser: one input character makes at most two (a held quote and itself). */
    private final char[] ready = new char[2 * 8192 + 1];

    private int position;
    private int limit;
    /** By record index (0 = the header): column index → what was cut. */
    private final Map<Integer, Map<Integer, String>> problems = new HashMap<>();

    private int record;
    private boolean recordHasContent;
    private int column;
    private int fieldLength;
    private boolean fieldStart = true;
    private boolean inQuotes;
    private boolean pendingQuote;
    private boolean dropRecord;
    private boolean eof;

    LimitedCsvReader(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /**
     * Takes what was cut from a record: column index (or {@link #TOO_MANY}) → message; empty when
     * nothing was. Call once the parser returned the record.
     */
    Map<Integer, String> problems(int recordIndex) {
        Map<Integer, String> found = problems.remove(recordIndex);
        return found == null ? Map.of() : found;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == limit) {
            if (eof) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, limit - position);
        System.arraycopy(ready, position, buffer, offset, n);
        position += n;
        return n;
    }

    /** Runs the next chunk of input through the state machine into {@link #ready}. */
    private void fill() throws IOException {
        position = 0;
        limit = 0;
        int n = in.read(chunk, 0, chunk.length);
        if (n < 0) {
            eof = true;
            if (pendingQuote) {
                pendingQuote = false;
                ready[limit++] = '"';
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            limit = accept(chunk[i], ready, 0, limit);
        }
    }

    /** Runs one character through the quoting state; returns the new count of characters produced. */
    private int accept(char c, char[] out, int offset, int produced) {
        int p = produced;
        if (inQuotes) {
            if (pendingQuote) {
                pendingQuote = false;
                if (c == '"') {
                    if (content()) {
                        out[offset + p++] = '"';
                        out[offset + p++] = '"';
                    }
                    return p;
                }
                inQuotes = false;
                if (!dropRecord) {
                    out[offset + p++] = '"';
                }
            } else if (c == '"') {
                pendingQuote = true;
                return p;
            } else {
                if (content()) {
                    out[offset + p++] = c;
                }
                return p;
            }
        }
        if (c == '\r' || c == '\n') {
            if (recordHasContent) {
                record++;
            }
            recordHasContent = false;
            column = 0;
            fieldLength = 0;
            fieldStart = true;
            dropRecord = false;
            out[offset + p++] = c;
            return p;
        }
        recordHasContent = true;
        if (c == delimiter) {
            column++;
            fieldLength = 0;
            fieldStart = true;
            if (column >= MAX_COLUMNS && !dropRecord) {
                dropRecord = true;
                note(TOO_MANY, "has more than " + String.format(Locale.ROOT, "%,d", MAX_COLUMNS) + " columns");
            }
            if (!dropRecord) {
                out[offset + p++] = c;
            }
            return p;
        }
        if (c == '"' && fieldStart) {
            inQuotes = true;
            fieldStart = false;
            if (!dropRecord) {
                out[offset + p++] = c;
            }
            return p;
        }
        fieldStart = false;
        if (content()) {
            out[offset + p++] = c;
        }
        return p;
    }

    /** Counts one character of field content; false when it is dropped. */
    private boolean content() {
        recordHasContent = true;
        if (dropRecord) {
            return false;
        }
        if (fieldLength == MAX_FIELD) {
            note(
                    column,
                    "is longer than " + String.format(Locale.ROOT, "%,d", MAX_FIELD) + " characters (the most a field"
                            + " may hold)");
        }
        return fieldLength++ < MAX_FIELD;
    }

    private void note(int col, String message) {
        problems.computeIfAbsent(record, r -> new LinkedHashMap<>()).putIfAbsent(col, message);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
