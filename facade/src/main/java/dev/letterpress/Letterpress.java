package dev.letterpress;

import dev.letterpress.batch.Batch;
import dev.letterpress.batch.LetterMaker;
import dev.letterpress.batch.LetterRequest;
import dev.letterpress.batch.MadeLetter;
import dev.letterpress.compose.Composer;
import dev.letterpress.model.Brand;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import dev.letterpress.model.LetterRenderer;
import dev.letterpress.model.Problem;
import dev.letterpress.model.Profiles;
import dev.letterpress.model.RenderResult;
import dev.letterpress.model.Renderers;
import dev.letterpress.review.DocxText;
import dev.letterpress.review.LetterText;
import dev.letterpress.review.PdfText;
import dev.letterpress.review.Review;
import dev.letterpress.review.Reviewer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The whole pipeline in one object: compose a tailored letter, render it as DOCX and PDF, review
 * it. Build one per brand and configuration, then share it: it is immutable and thread-safe, and
 * everything expensive (templates, fonts, the logo, styles) is prepared once by {@link Builder#build()}.
 *
 * <pre>{@code
 * Letterpress letterpress = Letterpress.builder()
 *         .brand(Profiles.readBrand(Path.of("brand.yaml")))
 *         .date(LocalDate.of(2026, 11, 29))
 *         .build();
 * Letterpress.Result result = letterpress.generate(candidate, job);
 * Files.write(Path.of("letter.pdf"), result.document("pdf"));
 * System.out.println(result.review().score());
 * }</pre>
 *
 * <p>For a CSV of applications use {@link #batch()}, which starts a {@link Batch} with this
 * brand, composer, renderers and reviewer. Bad input throws {@link InvalidInputException} with
 * every problem and where it is; nothing here prints or exits.
 */
public final class Letterpress {
    private final Brand brand;
    private final Composer composer;
    private final Reviewer reviewer;
    private final Map<String, LetterRenderer> renderers;
    private final LetterMaker letters;

    private Letterpress(Brand brand, Composer composer, Reviewer reviewer, Map<String, LetterRenderer> renderers) {
        this.brand = brand;
        this.composer = composer;
        this.reviewer = reviewer;
        this.renderers = renderers;
        LetterMaker.Builder maker = LetterMaker.builder()
                .brand(brand)
                .composer(composer)
                .reviewer(reviewer)
                .formats(List.copyOf(renderers.keySet()));
        renderers.values().forEach(maker::renderer);
        this.letters = maker.build();
    }

    /**
     * Starts a builder with the defaults: {@link Brand#defaults()}, built-in templates, today's date,
     * DOCX and PDF, the backend review.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The brand the letters are rendered with (with the builder's locale, when one was set).
     *
     * @return the brand
     */
    public Brand brand() {
        return brand;
    }

    /**
     * The composer, for its templates and date.
     *
     * @return the composer
     */
    public Composer composer() {
        return composer;
    }

    /**
     * The formats {@link #generate} renders, in order.
     *
     * @return e.g. {@code [docx, pdf]}
     */
    public List<String> formats() {
        return List.copyOf(renderers.keySet());
    }

    /**
     * Composes a letter, choosing the template from the profile and the posting. The letter
     * carries the brand's locale, so its {@link Letter#toPlainText()} dates it as the documents do.
     *
     * @param candidate the candidate
     * @param job       the posting
     * @return the letter
     * @throws InvalidInputException when the profile or a user template cannot make a letter
     */
    public Letter compose(Candidate candidate, JobPosting job) {
        return composer.compose(candidate, job).withLocale(brand.locale());
    }

    /**
     * Composes a letter with a named template.
     *
     * @param candidate the candidate
     * @param job       the posting
     * @param template  the template's name, or null to choose automatically
     * @return the letter
     * @throws InvalidInputException when the template is unknown (naming the closest one)
     */
    public Letter compose(Candidate candidate, JobPosting job, String template) {
        return composer.compose(candidate, job, template).withLocale(brand.locale());
    }

    /**
     * Renders a letter in one of this instance's formats to a stream the caller owns.
     *
     * @param letter the letter
     * @param format {@code docx} or {@code pdf}
     * @param out    where the document goes; flushed, not closed
     * @return the renderer's warnings
     * @throws IOException              when writing fails
     * @throws IllegalArgumentException when the format is not one of {@link #formats()}
     */
    public RenderResult render(Letter letter, String format, OutputStream out) throws IOException {
        return renderer(format).render(letter, out);
    }

    /**
     * Renders a letter to bytes.
     *
     * @param letter the letter
     * @param format {@code docx} or {@code pdf}
     * @return the document
     * @throws IllegalArgumentException when the format is not one of {@link #formats()}
     */
    public byte[] render(Letter letter, String format) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        try {
            renderer(format).render(letter, buffer);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return buffer.toByteArray();
    }

    private LetterRenderer renderer(String format) {
        LetterRenderer renderer =
                renderers.get(format == null ? "" : format.strip().toLowerCase(Locale.ROOT));
        if (renderer == null) {
            throw new IllegalArgumentException("format " + format + " is not one of " + renderers.keySet());
        }
        return renderer;
    }

    /**
     * Reviews a letter against the advice, with the posting when there is one.
     *
     * @param letter the letter
     * @param job    the posting, or null
     * @return the review
     */
    public Review review(Letter letter, JobPosting job) {
        return reviewer.review(letter, job);
    }

    /**
     * Reviews a letter file that may have been written by hand: {@code .docx}, {@code .pdf},
     * {@code .txt} or {@code .md}, chosen by extension.
     *
     * @param file the letter
     * @param job  the posting, or null
     * @return the review
     * @throws InvalidInputException when the file is missing, of another kind, damaged, hostile
     *                               (a zip bomb, a huge file) or holds no text
     */
    public Review review(Path file, JobPosting job) {
        return reviewer.review(letterText(file), job);
    }

    /**
     * Reviews a letter held in memory, such as an upload: a document in one of the formats
     * {@link #letterText(InputStream, String, String)} reads.
     *
     * <pre>{@code
     * Review review = letterpress.review(upload.getBytes(), "docx", job);
     * }</pre>
     *
     * @param document the letter's bytes
     * @param format   {@code docx}, {@code pdf}, {@code md} or {@code txt}, in any case
     * @param job      the posting, or null
     * @return the review
     * @throws InvalidInputException when the format is unknown or the document is damaged, hostile
     *                               (a zip bomb, too large) or holds no text; the problem names it
     *                               "uploaded FORMAT"
     */
    public Review review(byte[] document, String format, JobPosting job) {
        String source =
                "uploaded " + (format == null ? "document" : format.strip().toLowerCase(Locale.ROOT));
        return reviewer.review(letterText(new ByteArrayInputStream(document), format, source), job);
    }

    /**
     * Composes, renders in every format and reviews one letter.
     *
     * @param candidate the candidate
     * @param job       the posting
     * @return the letter, its documents and its review
     */
    public Result generate(Candidate candidate, JobPosting job) {
        MadeLetter made = letters.make(LetterRequest.of(candidate, job));
        return new Result(made.letter(), made.documents(), made.review(), made.warnings());
    }

    /**
     * The per-row function this instance's {@link #generate} and {@link #batch()} use: compose →
     * review → render, in memory, with this brand, composer, reviewer and formats.
     *
     * @return the letter maker
     */
    public LetterMaker letters() {
        return letters;
    }

    /**
     * A batch with this instance's brand, composer, renderers, reviewer and formats; set the
     * applications (a CSV and its candidates, or requests in memory) and the output folder, then
     * build it and {@link Batch#run()} it, or {@link Batch#stream()} the documents without disk.
     *
     * @return a batch builder
     */
    public Batch.Builder batch() {
        Batch.Builder builder = Batch.builder()
                .brand(brand)
                .composer(composer)
                .reviewer(reviewer)
                .formats(formats());
        renderers.values().forEach(builder::renderer);
        return builder;
    }

    /**
     * One generated letter.
     *
     * @param letter    the composed letter
     * @param documents the rendered documents by format, in the instance's format order
     * @param review    the letter's review
     * @param warnings  what the fact check found (prefixed "fact check: ") and what the renderers
     *                  noticed (prefixed with the format)
     */
    public record Result(Letter letter, Map<String, byte[]> documents, Review review, List<String> warnings) {
        /**
         * Copies the map and list; the byte arrays are the caller's to keep.
         *
         * @param letter    the composed letter
         * @param documents the rendered documents by format, in the instance's format order
         * @param review    the letter's review
         * @param warnings  what the fact check found (prefixed "fact check: ") and what the renderers
         *                  noticed (prefixed with the format)
         */
        public Result {
            documents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(documents));
            warnings = List.copyOf(warnings);
        }

        /**
         * One document.
         *
         * @param format {@code docx} or {@code pdf}, in any case, as {@link Letterpress#render} takes it
         * @return its bytes
         * @throws IllegalArgumentException when it was not rendered
         */
        public byte[] document(String format) {
            byte[] bytes = documents.get(format == null ? "" : format.strip().toLowerCase(Locale.ROOT));
            if (bytes == null) {
                throw new IllegalArgumentException("no " + format + " document; rendered: " + documents.keySet());
            }
            return bytes;
        }
    }

    /**
     * The text of a letter file, by extension ({@code .docx}, {@code .pdf}, {@code .txt},
     * {@code .md}), with the page count where the format has one: what a review reads.
     *
     * @param file the letter
     * @return its text
     * @throws InvalidInputException when the file is missing, of another kind, damaged, hostile or
     *                               holds no text
     */
    public static LetterText letterText(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String source = file.toString();
        if (name.endsWith(".docx")) {
            return LetterText.plain(DocxText.extract(file)).withSource(source);
        }
        if (name.endsWith(".pdf")) {
            PdfText.Content content = PdfText.read(file);
            return LetterText.plain(content.text()).withPages(content.pages()).withSource(source);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return LetterText.markdown(utf8(file)).withSource(source);
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return LetterText.plain(utf8(file)).withSource(source);
        }
        throw new InvalidInputException(
                Problem.of(source, "cannot review this kind of file; use .docx, .pdf, .txt or .md"));
    }

    /**
     * The text of a letter read from a stream, which is read to its end and not closed: what a
     * review reads, for documents that are not files.
     *
     * @param in     the document
     * @param format {@code docx}, {@code pdf}, {@code md} (or {@code markdown}) or {@code txt} (or
     *               {@code text}), in any case
     * @param source how problems name the input, e.g. the uploaded file's name
     * @return its text
     * @throws InvalidInputException when the format is unknown or the document is damaged, hostile,
     *                               too large or holds no text
     */
    public static LetterText letterText(InputStream in, String format, String source) {
        String kind = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        switch (kind) {
            case "docx":
                return LetterText.plain(DocxText.extract(in, source)).withSource(source);
            case "pdf":
                PdfText.Content content = PdfText.read(in, source);
                return LetterText.plain(content.text())
                        .withPages(content.pages())
                        .withSource(source);
            case "md":
            case "markdown":
                return LetterText.markdown(utf8(in, source)).withSource(source);
            case "txt":
            case "text":
                return LetterText.plain(utf8(in, source)).withSource(source);
            default:
                throw new InvalidInputException(
                        Problem.of(source, "cannot review format \"" + format + "\"; use docx, pdf, txt or md"));
        }
    }

    private static final int MAX_TEXT_BYTES = 1024 * 1024;

    private static String utf8(Path file) {
        try {
            if (Files.size(file) > MAX_TEXT_BYTES) {
                throw new InvalidInputException(
                        Problem.of(file.toString(), "is larger than 1 MiB; a letter is far smaller"));
            }
            return utf8(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(Problem.of(file.toString(), "file not found")), e);
        } catch (IOException e) {
            throw new InvalidInputException(
                    List.of(Problem.of(file.toString(), "cannot be read: " + e.getMessage())), e);
        }
    }

    private static String utf8(InputStream in, String source) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(Problem.of(source, "cannot be read: " + e.getMessage())), e);
        }
        if (bytes.length > MAX_TEXT_BYTES) {
            throw new InvalidInputException(Problem.of(source, "is larger than 1 MiB; a letter is far smaller"));
        }
        return utf8(bytes, source);
    }

    private static String utf8(byte[] bytes, String source) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(List.of(Problem.of(source, "not valid UTF-8; save the file as UTF-8")), e);
        }
    }

    /** Options of a {@link Letterpress}; {@link #build()} prepares everything once. */
    public static final class Builder {
        private Brand brand = Brand.defaults();
        private Locale locale;
        private Path templatesDirectory;
        private LocalDate date;
        private List<String> formats = List.of("docx", "pdf");
        private String role;

        private Builder() {}

        /**
         * Sets the brand.
         *
         * @param value the brand; default {@link Brand#defaults()}
         * @return this builder
         */
        public Builder brand(Brand value) {
            brand = Objects.requireNonNull(value, "brand");
            return this;
        }

        /**
         * Reads the brand from a file.
         *
         * @param file a brand YAML/JSON file
         * @return this builder
         * @throws InvalidInputException when the file has problems
         */
        public Builder brand(Path file) {
            brand = Profiles.readBrand(file);
            return this;
        }

        /**
         * Sets the document language and date format.
         *
         * @param value the document language and date format, overriding the brand's; or null
         * @return this builder
         */
        public Builder locale(Locale value) {
            locale = value;
            return this;
        }

        /**
         * Sets the folder of user templates, which may replace built-in ones.
         *
         * @param value a folder of user templates, or null
         * @return this builder
         */
        public Builder templatesDirectory(Path value) {
            templatesDirectory = value;
            return this;
        }

        /**
         * Sets the letter's date.
         *
         * @param value the letters' date; default today, read once by {@link #build()}
         * @return this builder
         */
        public Builder date(LocalDate value) {
            date = value;
            return this;
        }

        /**
         * Sets the formats to render.
         *
         * @param values the formats {@link Letterpress#generate} renders; default docx and pdf
         * @return this builder
         */
        public Builder formats(String... values) {
            formats = java.util.Arrays.stream(values)
                    .map(v -> v.strip().toLowerCase(Locale.ROOT))
                    .distinct()
                    .toList();
            return this;
        }

        /**
         * Chooses the review's role pack.
         *
         * @param value the review's role pack, e.g. "backend" (the default)
         * @return this builder
         */
        public Builder reviewRole(String value) {
            role = value;
            return this;
        }

        /**
         * Prepares the composer (checking user templates), the renderers (reading fonts and the
         * logo) and the reviewer.
         *
         * @return the pipeline
         * @throws InvalidInputException listing every problem with templates, logo or fonts
         * @throws IllegalArgumentException when a format has no renderer or none is asked for
         */
        public Letterpress build() {
            if (formats.isEmpty()) {
                throw new IllegalArgumentException("Letterpress.formats must name at least one format");
            }
            Brand effective =
                    locale == null ? brand : brand.toBuilder().locale(locale).build();
            Composer composer = Composer.builder()
                    .templatesDirectory(templatesDirectory)
                    .date(date)
                    .build();
            Reviewer.Builder reviewer = Reviewer.builder();
            if (role != null) {
                reviewer.role(role);
            }
            Map<String, LetterRenderer> renderers = new LinkedHashMap<>();
            for (String format : formats) {
                renderers.put(format, Renderers.create(format, effective));
            }
            return new Letterpress(effective, composer, reviewer.build(), renderers);
        }
    }
}
