package dev.letterpress.imports;

import dev.letterpress.model.Candidate;
import dev.letterpress.model.ImportOptions;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the formats people already keep their CV and job postings in, as Letterpress's
 * {@link Candidate} and {@link JobPosting}, with where each field came from:
 * <ul>
 *   <li>a <a href="https://jsonresume.org/schema">JSON Resume</a> (v1.0.0) as a candidate;</li>
 *   <li>a JSON Resume job, a schema.org {@code JobPosting} in JSON-LD (a {@code .json} file, or the
 *       {@code <script type="application/ld+json">} blocks of a saved {@code .html} page) and a plain-text
 *       or Markdown job ad ({@code .txt}, {@code .md}) as a posting.</li>
 * </ul>
 * The format is detected from the content (a text ad by its extension). Nothing is fetched from
 * the network, ever: URLs are copied as text. Files larger than 4 MB are refused.
 *
 * <pre>{@code
 * Imported<Candidate> richard = Importers.readCandidate(Path.of("resume.json"),
 *         ImportOptions.builder().date(LocalDate.of(2026, 3, 1)).build());
 * Imported<JobPosting> job = Importers.readJob(Path.of("posting.html"), ImportOptions.DEFAULTS);
 * System.out.print(Importers.toYaml(job));   // Letterpress's YAML, a comment naming each field's source
 * }</pre>
 *
 * <p>With this module on the class path, {@link dev.letterpress.model.Profiles#readCandidate(Path, ImportOptions)}
 * and {@link dev.letterpress.model.Profiles#readJob(Path, ImportOptions)} read these formats too.
 * Every method throws {@link InvalidInputException} listing every problem found, each with the
 * file, line, column and JSON pointer ({@code resume.json 31:9 /work/0/highlights/2: expected a
 * string, got 42}).
 */
public final class Importers {
    /** The largest file read, as for Letterpress's own profiles. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private Importers() {}

    /**
     * Reads a candidate or a posting, whichever the file holds.
     *
     * @param file    the file
     * @param options the letter's date; for postings, which of several and company and title
     * @return the candidate or posting, with the origin of each field
     * @throws InvalidInputException when the file is in no format this module reads, or is wrong
     */
    public static Imported<?> read(Path file, ImportOptions options) {
        String text = text(file);
        String source = file.toString();
        ImportFormat format = new ImportFormat();
        String fileName = fileName(source);
        if (format.readsCandidate(fileName, text)) {
            return candidate(source, text, options);
        }
        if (format.readsJob(fileName, text)) {
            return job(source, text, options);
        }
        throw new InvalidInputException(Problem.of(
                source,
                "not a format letterpress import reads: a JSON Resume or"
                        + " JSON Resume job (.json), schema.org JobPosting JSON-LD (.json, or a saved .html page) or a text job"
                        + " ad (.txt, .md)"
                        + (fileName.matches("(?i).*\\.(ya?ml|json)")
                                ? "; a file in Letterpress's own" + " format needs no import"
                                : "")));
    }

    /**
     * Reads a JSON Resume as a candidate. Its id is made from the name: {@code richard-hendriks}.
     *
     * @param file    a JSON Resume file
     * @param options the letter's date: work still going on counts up to it
     * @return the candidate, with the origin of each field
     * @throws InvalidInputException listing every problem found
     */
    public static Imported<Candidate> readCandidate(Path file, ImportOptions options) {
        return candidate(file.toString(), text(file), options);
    }

    /**
     * Reads a posting: a JSON Resume job, schema.org JobPosting JSON-LD, a saved web page holding
     * it, or a text job ad.
     *
     * @param file    the posting's file
     * @param options which posting of several; company and title to use instead of the file's
     * @return the posting, with the origin of each field
     * @throws InvalidInputException listing every problem found: no posting in a page (naming what
     *                               was looked for), several without an index (listing their titles),
     *                               malformed JSON-LD (line and column)
     */
    public static Imported<JobPosting> readJob(Path file, ImportOptions options) {
        return job(file.toString(), text(file), options);
    }

    /**
     * Letterpress's YAML for an imported candidate or posting, with a comment beside each field
     * naming where its value came from. {@link dev.letterpress.model.Profiles} reads it back to the
     * same value.
     *
     * @param imported a value from this class
     * @return the YAML text
     */
    public static String toYaml(Imported<?> imported) {
        return NativeYaml.of(imported);
    }

    static Imported<Candidate> candidate(String source, String text, ImportOptions options) {
        Json root = Json.parse(source, text, 1, 1);
        if (!JsonResume.isResume(root)) {
            throw new InvalidInputException(
                    Problem.of(source, "not a JSON Resume: expected an object with \"basics\""));
        }
        return JsonResume.candidate(source, root, options == null ? ImportOptions.DEFAULTS : options);
    }

    static Imported<JobPosting> job(String source, String text, ImportOptions options) {
        ImportOptions o = options == null ? ImportOptions.DEFAULTS : options;
        String fileName = fileName(source);
        if (Postings.isHtml(fileName, text)) {
            return Postings.html(source, text, o);
        }
        if (Postings.isTextAd(fileName)) {
            return Postings.textAd(source, text, o);
        }
        Json root = Json.parse(source, text, 1, 1);
        if (Postings.isJsonResumeJob(root)) {
            return Postings.jsonResumeJob(source, root, o);
        }
        return Postings.jsonLd(source, Postings.jobPostings(root), "the JSON", o);
    }

    private static String fileName(String source) {
        Path name = Path.of(source).getFileName();
        return name == null ? source : name.toString();
    }

    private static String text(Path file) {
        String source = file.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(Problem.of(source, "file not found")), e);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(Problem.of(source, "cannot be read: " + e.getMessage())), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(Problem.of(
                    source,
                    "file is too large (more than " + MAX_BYTES / 1024 / 1024
                            + " MB); save only the job's page, or copy the posting's text into a .txt file"));
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(List.of(Problem.of(source, "is not UTF-8 text; save it as UTF-8")), e);
        }
    }
}
