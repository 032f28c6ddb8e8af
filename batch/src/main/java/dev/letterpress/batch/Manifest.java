package dev.letterpress.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The manifest of a run, in three files of OUT:
 * <ul>
 *   <li>{@code manifest.csv} — for spreadsheets, appended in row order as rows complete; cells that
 *       a spreadsheet would run as a formula ({@code = + - @}, tab, carriage return) are prefixed with
 *       {@code '};</li>
 *   <li>{@code .manifest.jsonl} — the exact journal, one JSON object per row, appended and flushed
 *       as rows complete; {@code --resume} reads it after a killed run;</li>
 *   <li>{@code manifest.json} — written atomically from the journal when the run ends, after which
 *       the journal is deleted. Its presence means the run ended: completed, or stopped by a cancel,
 *       an interrupt or a throwing listener, in which case it lists exactly the rows done.</li>
 * </ul>
 */
final class Manifest implements Closeable {
    static final String CSV = "manifest.csv";
    static final String JSON = "manifest.json";
    static final String JOURNAL = ".manifest.jsonl";
    static final List<String> COLUMNS = List.of(
            "row",
            "line",
            "candidate",
            "company",
            "title",
            "status",
            "files",
            "score",
            "findings",
            "error",
            "template",
            "warnings",
            "input_hash");
    private static final JsonFactory JSON_FACTORY = new JsonFactory();
    private static final long SYNC_NANOS = 1_000_000_000L;

    private final LetterFolder folder;
    private final CSVPrinter csv;
    private final FileOutputStream journalStream;
    private final Writer journal;
    private long lastSync = System.nanoTime();

    private Manifest(LetterFolder folder, CSVPrinter csv, FileOutputStream journalStream, Writer journal) {
        this.folder = folder;
        this.csv = csv;
        this.journalStream = journalStream;
        this.journal = journal;
    }

    /**
     * Starts the manifest of a new run. The journal keeps the entries of killed runs for resume
     * (unless {@code resume} is false); a line a killed run left half-written is cut off first. No
     * file is written through a symbolic link: a link at a manifest's name is removed or refused.
     */
    static Manifest start(LetterFolder folder, boolean resume) throws IOException {
        Path out = folder.path();
        Path journalFile = out.resolve(JOURNAL);
        if (!resume) {
            Files.deleteIfExists(journalFile);
        }
        Files.deleteIfExists(out.resolve(JSON));
        cutTornLine(journalFile);
        folder.replace(CSV).close();
        // plain streams, which a thread interrupt does not close (a FileChannel would be), once the
        // files are known to be ours
        Writer csvWriter = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                new FileOutputStream(out.resolve(CSV).toFile()), StandardCharsets.UTF_8));
        CSVPrinter printer = new CSVPrinter(csvWriter, csvFormat());
        printer.printRecord(COLUMNS);
        printer.flush();
        LetterFolder.openNoFollow(journalFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)
                .close();
        FileOutputStream journalStream = new FileOutputStream(journalFile.toFile(), true);
        Writer journal = new java.io.OutputStreamWriter(journalStream, StandardCharsets.UTF_8);
        return new Manifest(folder, printer, journalStream, journal);
    }

    private static void cutTornLine(Path journal) throws IOException {
        if (!Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (FileChannel channel =
                LetterFolder.openNoFollow(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
            long end = size;
            while (end > 0) {
                one.clear();
                channel.read(one, end - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                end--;
            }
            if (end < size) {
                channel.truncate(end);
            }
        }
    }

    /** Appends one row to both manifests and flushes them, so a killed run keeps it. */
    void append(RowResult r) throws IOException {
        print(csv, r);
        csv.flush();
        journal.write(json(r));
        journal.write('\n');
        journal.flush();
        long now = System.nanoTime();
        if (now - lastSync > SYNC_NANOS) {
            journalStream.getFD().sync();
            lastSync = now;
        }
    }

    /** One row of manifest.csv. */
    static void print(CSVPrinter csv, RowResult r) throws IOException {
        csv.printRecord(
                r.row(),
                r.line(),
                cell(r.candidate()),
                cell(r.company()),
                cell(r.title()),
                r.status().id(),
                cell(String.join(";", r.files())),
                r.score() == null ? "" : r.score(),
                cell(String.join(";", r.findings())),
                cell(r.error()),
                cell(r.template()),
                cell(String.join(" | ", r.warnings())),
                r.inputHash());
    }

    /** The format of manifest.csv: RFC 4180 with CRLF line ends. */
    static CSVFormat csvFormat() {
        return CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    }

    /** A generator of manifest.json, pretty-printed, into a stream the caller closes. */
    static JsonGenerator jsonGenerator(OutputStream stream) throws IOException {
        JsonGenerator g = JSON_FACTORY.createGenerator(stream, JsonEncoding.UTF8);
        g.useDefaultPrettyPrinter();
        return g;
    }

    /** Copies one journal line (an entry as {@link #json} writes it) into manifest.json. */
    static void copyEntry(JsonGenerator g, String line) throws IOException {
        try (JsonParser p = JSON_FACTORY.createParser(line)) {
            p.nextToken();
            g.copyCurrentStructure(p);
        }
    }

    /** Writes manifest.json from the journal's entries of this run, atomically, then drops the journal. */
    void finish(int firstEntryOfRun) throws IOException {
        csv.close();
        journal.flush();
        journalStream.getFD().sync();
        journal.close();
        Path out = folder.path();
        Path journalFile = out.resolve(JOURNAL);
        Path json = out.resolve(JSON);
        Path tmp = folder.temporary(out);
        try {
            try (BufferedReader lines = journalReader(journalFile);
                    FileChannel channel =
                            LetterFolder.openNoFollow(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream stream = java.nio.channels.Channels.newOutputStream(channel);
                    JsonGenerator g = jsonGenerator(stream)) {
                g.writeStartObject();
                g.writeArrayFieldStart("rows");
                int index = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (index++ < firstEntryOfRun || line.isBlank()) {
                        continue;
                    }
                    copyEntry(g, line);
                }
                g.writeEndArray();
                g.writeEndObject();
                g.flush();
                channel.force(true);
            }
            LetterFolder.move(tmp, json);
        } finally {
            Files.deleteIfExists(tmp);
        }
        Files.deleteIfExists(journalFile);
    }

    /**
     * The journal as text, through no link. Bytes that are not UTF-8 (a line cut inside a character
     * by a crash) become U+FFFD, so that line reads as torn instead of failing the whole read.
     */
    private static BufferedReader journalReader(Path file) throws IOException {
        return new BufferedReader(new java.io.InputStreamReader(
                java.nio.channels.Channels.newInputStream(LetterFolder.openNoFollow(file, StandardOpenOption.READ)),
                StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        try {
            csv.close();
        } finally {
            journal.close();
        }
    }

    /** Neutralises spreadsheet formulas: a cell starting with = + - @ tab or CR gets a leading '. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }

    static String json(RowResult r) throws IOException {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator g = JSON_FACTORY.createGenerator(text)) {
            g.writeStartObject();
            g.writeNumberField("row", r.row());
            g.writeNumberField("line", r.line());
            g.writeStringField("candidate", r.candidate());
            g.writeStringField("company", r.company());
            g.writeStringField("title", r.title());
            g.writeStringField("status", r.status().id());
            writeArray(g, "files", r.files());
            if (r.score() == null) {
                g.writeNullField("score");
            } else {
                g.writeNumberField("score", r.score());
            }
            writeArray(g, "findings", r.findings());
            g.writeStringField("error", r.error());
            g.writeStringField("template", r.template());
            writeArray(g, "warnings", r.warnings());
            g.writeStringField("inputHash", r.inputHash());
            g.writeEndObject();
        }
        return text.toString();
    }

    private static void writeArray(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /**
     * What earlier runs recorded, by row: manifest.json of the last complete run, overlaid by the
     * journal of runs killed since. A torn last journal line is ignored.
     */
    static Map<Integer, RowResult> previous(Path out) throws IOException {
        Map<Integer, RowResult> entries = new HashMap<>();
        readJson(out.resolve(JSON), entries);
        try (BufferedReader lines = journalReader(out.resolve(JOURNAL))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                try (JsonParser p = JSON_FACTORY.createParser(line)) {
                    if (p.nextToken() == JsonToken.START_OBJECT) {
                        RowResult r = read(p);
                        entries.put(r.row(), r);
                    }
                } catch (IOException | RuntimeException torn) {
                    // the line a killed run was writing; the row is simply done again
                }
            }
        } catch (NoSuchFileException e) {
            // no killed run since the last complete one
        }
        return entries;
    }

    /** How many entries the journal already holds (from killed runs). */
    static int journalEntries(Path out) throws IOException {
        try (BufferedReader lines = journalReader(out.resolve(JOURNAL))) {
            int n = 0;
            while (lines.readLine() != null) {
                n++;
            }
            return n;
        } catch (NoSuchFileException e) {
            return 0;
        }
    }

    private static void readJson(Path file, Map<Integer, RowResult> entries) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            readJson(in, entries);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            // first run
        } catch (IOException | RuntimeException e) {
            // an unreadable manifest only means nothing can be skipped
        }
    }

    /** Reads the entries of a manifest.json into the map, by row; what cannot be read is left out. */
    static void readJson(InputStream in, Map<Integer, RowResult> entries) {
        try (JsonParser p = JSON_FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("rows".equals(name) && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        RowResult r = read(p);
                        entries.put(r.row(), r);
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable manifest only means nothing can be skipped
        }
    }

    /** Reads one entry as {@link #json} writes it. */
    static RowResult entry(String line) throws IOException {
        try (JsonParser p = JSON_FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a manifest entry: " + Echo.excerpt(line));
            }
            return read(p);
        }
    }

    /** Reads one entry; the parser stands on its START_OBJECT. */
    private static RowResult read(JsonParser p) throws IOException {
        int row = 0;
        int line = 0;
        Integer score = null;
        Map<String, String> text = new HashMap<>();
        Map<String, List<String>> lists = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken token = p.nextToken();
            if (token == JsonToken.START_ARRAY) {
                List<String> values = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    values.add(p.getText());
                }
                lists.put(name, values);
            } else if (name.equals("row")) {
                row = p.getIntValue();
            } else if (name.equals("line")) {
                line = p.getIntValue();
            } else if (name.equals("score")) {
                score = token == JsonToken.VALUE_NULL ? null : p.getIntValue();
            } else if (token == JsonToken.START_OBJECT) {
                p.skipChildren();
            } else {
                text.put(name, token == JsonToken.VALUE_NULL ? null : p.getText());
            }
        }
        RowResult.Status status =
                RowResult.Status.valueOf(text.getOrDefault("status", "failed").toUpperCase(java.util.Locale.ROOT));
        return new RowResult(
                row,
                line,
                text.get("candidate"),
                text.get("company"),
                text.get("title"),
                status,
                lists.get("files"),
                score,
                lists.get("findings"),
                text.get("error"),
                text.get("template"),
                lists.get("warnings"),
                text.get("inputHash"));
    }
}
