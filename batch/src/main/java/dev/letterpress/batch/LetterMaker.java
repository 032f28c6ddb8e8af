package dev.letterpress.batch;

import dev.letterpress.compose.Composer;
import dev.letterpress.model.Brand;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Letter;
import dev.letterpress.model.LetterRenderer;
import dev.letterpress.model.Problem;
import dev.letterpress.model.RenderResult;
import dev.letterpress.model.Renderers;
import dev.letterpress.review.Review;
import dev.letterpress.review.Reviewer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-row function: compose → review → render, in memory. A batch calls it for every row,
 * {@code letterpress generate} for its one letter, and a distributed pipeline (one worker per
 * partition) can call it alike: it is immutable and thread-safe, and touches no disk.
 *
 * <pre>{@code
 * LetterMaker maker = LetterMaker.builder().brand(brand).composer(composer).build();
 * MadeLetter made = maker.make(LetterRequest.of(candidate, job));
 * byte[] pdf = made.document("pdf");
 * int score = made.review().score();
 * }</pre>
 *
 * <p>Formats come from the renderer registry ({@link Renderers}) plus any renderer given to the
 * builder; a renderer is prepared once per format and shared.
 */
public final class LetterMaker {
    private final LetterComposer composer;
    private final Reviewer reviewer;
    private final Brand brand;
    private final Map<String, LetterRenderer> given;
    private final Map<String, LetterRenderer> created = new ConcurrentHashMap<>();
    private final Set<String> known;
    private final List<String> formats;

    private LetterMaker(Builder b) {
        this.composer = b.composer;
        this.reviewer = b.reviewerSet ? b.reviewer : Reviewer.builder().build();
        this.brand = b.brand;
        this.given = Map.copyOf(b.renderers);
        Set<String> names = new TreeSet<>(Renderers.available().keySet());
        names.addAll(given.keySet());
        this.known = java.util.Collections.unmodifiableSet(names);
        this.formats = b.formats == null ? List.copyOf(known) : b.formats;
    }

    /**
     * Starts a builder: {@link Brand#defaults()}, the backend review, every format the registry
     * knows.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Composes, reviews and renders one letter in the request's formats (or the default ones).
     *
     * @param request the candidate, the posting, the template and formats
     * @return the letter, its documents in the asked-for order, its review
     * @throws InvalidInputException when the template is unknown, a user template fails, or a format
     *                               has no renderer
     */
    public MadeLetter make(LetterRequest request) {
        return make(request, formatsOf(request), true);
    }

    /**
     * The formats rendered when a request names none.
     *
     * @return e.g. {@code [docx, pdf]}
     */
    public List<String> formats() {
        return formats;
    }

    /**
     * Every format a request may ask for: the registry's and the given renderers'.
     *
     * @return format names in alphabetical order
     */
    public Set<String> availableFormats() {
        return known;
    }

    /**
     * The brand the documents are rendered with.
     *
     * @return the brand
     */
    public Brand brand() {
        return brand;
    }

    /**
     * The review role, or null when letters are not reviewed.
     *
     * @return e.g. {@code backend}
     */
    public String reviewRole() {
        return reviewer == null ? null : reviewer.role();
    }

    Set<String> templateNames() {
        return composer.templateNames();
    }

    /** The letters' date, up to which imported profiles count work still going on; null for today. */
    java.time.LocalDate date() {
        return composer.date();
    }

    String composerFingerprint() {
        return composer.fingerprint();
    }

    List<String> formatsOf(LetterRequest request) {
        return request.formats().isEmpty() ? formats : request.formats();
    }

    /** Prepares the renderers of every format now, so a bad logo or font fails before any work. */
    void prepare() {
        known.forEach(this::renderer);
    }

    /** Composes and reviews; renders only when asked (a dry run does not). */
    MadeLetter make(LetterRequest request, List<String> wanted, boolean render) {
        checkFormats(wanted);
        Letter composed = composer.compose(request.candidate(), request.job(), request.template());
        // checked as composed: the sentences' sources are for --explain and the library, not a batch
        List<String> findings = composer.factCheck(composed, request.candidate(), request.job());
        // dated in the brand's language, as the documents are
        Letter letter = composed.withLocale(brand.locale());
        Review review = reviewer == null ? null : reviewer.review(letter, request.job());
        Map<String, byte[]> documents = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        // the fact check's findings are bugs of ours; they are never silent
        findings.forEach(finding -> warnings.add("fact check: " + finding));
        if (render) {
            for (String format : wanted) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
                RenderResult rendered;
                try {
                    rendered = renderer(format).render(letter, buffer);
                } catch (IOException e) {
                    throw new UncheckedIOException("writing to memory cannot fail", e);
                }
                rendered.warnings().forEach(w -> warnings.add(format + ": " + w));
                documents.put(format, buffer.toByteArray());
            }
        }
        return new MadeLetter(letter, documents, review, warnings);
    }

    private void checkFormats(List<String> wanted) {
        for (String format : wanted) {
            if (!known.contains(format)) {
                throw new InvalidInputException(Problem.of(
                        "formats",
                        "no renderer for format \"" + Echo.excerpt(format) + "\" (available: "
                                + String.join(", ", known) + ")"));
            }
        }
    }

    private LetterRenderer renderer(String format) {
        LetterRenderer renderer = given.get(format);
        return renderer != null ? renderer : created.computeIfAbsent(format, f -> Renderers.create(f, brand));
    }

    /** Options of a {@link LetterMaker}. */
    public static final class Builder {
        private LetterComposer composer;
        private Reviewer reviewer;
        private boolean reviewerSet;
        private Brand brand = Brand.defaults();
        private final Map<String, LetterRenderer> renderers = new LinkedHashMap<>();
        private List<String> formats;

        private Builder() {}

        /**
         * Sets the brand the registry's renderers are prepared with.
         *
         * @param value the brand; default {@link Brand#defaults()}
         * @return this builder
         */
        public Builder brand(Brand value) {
            brand = Objects.requireNonNull(value, "brand");
            return this;
        }

        /**
         * Sets the composer; its date, templates and options apply to every letter.
         *
         * @param value the composer
         * @return this builder
         */
        public Builder composer(Composer value) {
            composer = LetterComposer.of(Objects.requireNonNull(value, "composer"));
            return this;
        }

        /** A composer seam for tests. */
        Builder composer(LetterComposer value) {
            composer = value;
            return this;
        }

        /**
         * Sets the reviewer.
         *
         * @param value the reviewer, or null to skip the review; default the backend role
         * @return this builder
         */
        public Builder reviewer(Reviewer value) {
            reviewer = value;
            reviewerSet = true;
            return this;
        }

        /**
         * Uses this renderer for its format instead of the registry's.
         *
         * @param renderer a renderer prepared for the brand
         * @return this builder
         */
        public Builder renderer(LetterRenderer renderer) {
            renderers.put(renderer.format().toLowerCase(Locale.ROOT), renderer);
            return this;
        }

        /**
         * Sets the formats rendered when a request names none.
         *
         * @param values format names, any case; default every available format
         * @return this builder
         */
        public Builder formats(List<String> values) {
            formats = values.stream()
                    .map(f -> f.strip().toLowerCase(Locale.ROOT))
                    .distinct()
                    .toList();
            return this;
        }

        /**
         * Checks the options and builds the maker.
         *
         * @return the maker
         * @throws IllegalArgumentException when the composer is missing or no format is asked for
         * @throws InvalidInputException    when a default format has no renderer
         */
        public LetterMaker build() {
            if (composer == null) {
                throw new IllegalArgumentException("LetterMaker.composer must be set");
            }
            if (formats != null && formats.isEmpty()) {
                throw new IllegalArgumentException("LetterMaker.formats must name at least one format");
            }
            LetterMaker maker = new LetterMaker(this);
            maker.checkFormats(maker.formats);
            return maker;
        }
    }
}
