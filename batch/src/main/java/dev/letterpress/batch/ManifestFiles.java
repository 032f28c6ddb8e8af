package dev.letterpress.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * The manifest of a run in the batch's own file formats, for a run that writes its manifest
 * somewhere else than a local folder (a distributed pipeline merging its shards): the same
 * {@code manifest.csv} and {@code manifest.json} bytes a {@link Batch} run writes for the same
 * entries, and one entry as a line of JSON.
 *
 * <pre>{@code
 * try (OutputStream csv = Files.newOutputStream(out.resolve(ManifestFiles.CSV))) {
 *     ManifestFiles.writeCsv(entries, csv);
 * }
 * }</pre>
 */
public final class ManifestFiles {
    /** The name of the spreadsheet manifest: {@value}. */
    public static final String CSV = Manifest.CSV;
    /** The name of the JSON manifest: {@value}. */
    public static final String JSON = Manifest.JSON;

    private ManifestFiles() {}

    /**
     * Writes manifest.csv: the header, then one record per entry in the given order, formulas
     * neutralised. The stream is flushed, not closed.
     *
     * @param entries the entries, in row order
     * @param out     where to write
     * @throws IOException when the stream fails
     */
    public static void writeCsv(Iterable<RowResult> entries, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(nonClosing(out), StandardCharsets.UTF_8));
        try (CSVPrinter csv = new CSVPrinter(writer, Manifest.csvFormat())) {
            csv.printRecord(Manifest.COLUMNS);
            for (RowResult entry : entries) {
                Manifest.print(csv, entry);
            }
        }
        out.flush();
    }

    /**
     * Writes manifest.json: {@code {"rows": [...]}}, pretty-printed. The stream is flushed, not
     * closed.
     *
     * @param entries the entries, in row order
     * @param out     where to write
     * @throws IOException when the stream fails
     */
    public static void writeJson(Iterable<RowResult> entries, OutputStream out) throws IOException {
        try (JsonGenerator g = Manifest.jsonGenerator(nonClosing(out))) {
            g.writeStartObject();
            g.writeArrayFieldStart("rows");
            for (RowResult entry : entries) {
                Manifest.copyEntry(g, Manifest.json(entry));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.flush();
    }

    /**
     * Reads the entries of a manifest.json, by row; a file that cannot be read gives what could
     * be read (an unreadable manifest only means that nothing can be skipped).
     *
     * @param in the manifest.json, which the caller closes
     * @return the entries by row number, unmodifiable
     */
    public static Map<Integer, RowResult> readJson(InputStream in) {
        Map<Integer, RowResult> entries = new HashMap<>();
        Manifest.readJson(in, entries);
        return Collections.unmodifiableMap(entries);
    }

    /**
     * One entry as one line of JSON, as the batch's journal holds it.
     *
     * @param entry the entry
     * @return the JSON object, without a line break
     */
    public static String toJsonLine(RowResult entry) {
        try {
            return Manifest.json(entry);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    /**
     * Reads one entry from a line {@link #toJsonLine} wrote.
     *
     * @param line the JSON object
     * @return the entry
     * @throws IllegalArgumentException when the line is not a manifest entry
     */
    public static RowResult fromJsonLine(String line) {
        try {
            return Manifest.entry(line);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a manifest entry: " + Echo.excerpt(line), e);
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
