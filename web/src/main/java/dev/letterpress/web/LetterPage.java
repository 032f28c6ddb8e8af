package dev.letterpress.web;

import dev.letterpress.Letterpress;
import dev.letterpress.batch.Slugs;
import dev.letterpress.compose.Composition;
import dev.letterpress.compose.SentenceSource;
import dev.letterpress.model.Brand;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.ImportOptions;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Profiles;
import dev.letterpress.review.Review;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Write one letter: pick or upload a candidate, give a posting (file, pasted ad or a short form),
 * choose template and brand; see the first page, the review and where each sentence came from;
 * download DOCX and PDF. The script refreshes the result as inputs change; without it the form
 * posts and the page comes back with the result.
 */
final class LetterPage {
    static final String KIND = "letter";
    private static final float PREVIEW_DPI = 100;
    private static final float PNG_SPEED = 0.75f;

    private final Workshop shop;

    LetterPage(Workshop shop) {
        this.shop = shop;
    }

    /** What a letter job keeps between refreshes. */
    static final class State {
        private Candidate uploadedCandidate;
        private Letterpress letterpress;
        private Letter letter;
        private byte[] pdf;
        private byte[] preview;
        private int version;
        private String fileStem = "cover-letter";
    }

    void show(Context ctx) {
        shop.pages().page(ctx, "letter", model(Map.of(), null));
    }

    void submit(Context ctx) {
        shop.pages().page(ctx, "letter", model(form(ctx), make(ctx)));
    }

    /** The result fragment; its Server-Timing header says the server's wall and CPU time in ms. */
    void preview(Context ctx) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        shop.pages().fragment(ctx, "letter", "result", model(form(ctx), make(ctx)));
        ctx.header(
                "Server-Timing",
                String.format(
                        Locale.ROOT,
                        "app;dur=%.1f, cpu;dur=%.1f",
                        (System.nanoTime() - wall) / 1e6,
                        (threads.getCurrentThreadCpuTime() - cpu) / 1e6));
    }

    void previewImage(Context ctx) {
        State state = state(ctx);
        byte[] png;
        synchronized (state) {
            png = state.preview;
        }
        if (png == null) {
            throw new NotFoundResponse("no preview yet");
        }
        ctx.contentType("image/png").result(png);
    }

    void download(Context ctx) {
        State state = state(ctx);
        String format = ctx.pathParam("format");
        byte[] bytes;
        String stem;
        synchronized (state) {
            if (state.letter == null) {
                throw new NotFoundResponse("no letter yet");
            }
            bytes = switch (format) {
                case "pdf" -> state.pdf;
                case "docx" -> state.letterpress.render(state.letter, "docx");
                default -> throw new NotFoundResponse("no such format");
            };
            stem = state.fileStem;
        }
        ctx.contentType(
                format.equals("pdf")
                        ? "application/pdf"
                        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        ctx.header("Content-Disposition", "attachment; filename=\"" + stem + "." + format + "\"");
        ctx.result(bytes);
    }

    private State state(Context ctx) {
        return shop.jobs()
                .find(KIND, ctx.pathParam("job"))
                .orElseThrow(() -> new NotFoundResponse("This letter has expired; write it again."))
                .state(State.class);
    }

    private Map<String, Object> model(Map<String, String> form, Map<String, Object> result) {
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, String> candidates = new LinkedHashMap<>();
        shop.samples().candidates().forEach((id, c) -> candidates.put(id, c.name() + " — " + c.headline()));
        model.put("candidates", candidates);
        model.put("brands", shop.brandNames());
        model.put("templates", shop.templates());
        model.put("form", form);
        model.put("result", result);
        return model;
    }

    private static Map<String, String> form(Context ctx) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : List.of(
                "job",
                "candidate",
                "brand",
                "template",
                "postingText",
                "company",
                "title",
                "hiringManager",
                "requiredSkills",
                "niceToHave")) {
            String value = ctx.formParam(field);
            form.put(field, value == null ? "" : value);
        }
        return form;
    }

    /** Composes, reviews and renders the letter the form describes; the result or the errors. */
    private Map<String, Object> make(Context ctx) {
        List<UploadedFile> files = ctx.uploadedFiles();
        shop.uploads().checkCount(files.size());
        Jobs.Job job = shop.jobs()
                .find(KIND, ctx.formParam("job"))
                .orElseGet(() -> shop.jobs().create(KIND, new State()));
        State state = job.state(State.class);
        Path uploads = job.dir().resolve("uploads");
        List<String> errors = new ArrayList<>();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("job", job.id());
        synchronized (state) {
            try {
                Files.createDirectories(uploads);
                Candidate candidate = candidate(ctx, state, uploads, errors);
                JobPosting posting = posting(ctx, uploads, errors);
                Letterpress letterpress = letterpress(ctx, uploads, errors);
                if (!errors.isEmpty()) {
                    result.put("errors", errors);
                    return result;
                }
                String template = blankToNull(ctx.formParam("template"));
                Composition composition = letterpress.composer().composition(candidate, posting, template);
                Letter letter =
                        composition.letter().withLocale(letterpress.brand().locale());
                Review review = letterpress.review(letter, posting);
                byte[] pdf = letterpress.render(letter, "pdf");
                state.letterpress = letterpress;
                state.letter = letter;
                state.pdf = pdf;
                state.preview = firstPage(pdf);
                state.version++;
                state.fileStem = stem(candidate, posting);
                result.put("version", state.version);
                result.put("review", Reviews.view(review));
                result.put(
                        "sentences",
                        composition.sentences().stream()
                                .map(LetterPage::sentence)
                                .toList());
                result.put("warnings", composition.factFindings());
                result.put("template", letter.template());
                result.put("candidateName", candidate.name());
                result.put("posting", posting.title() + " at " + posting.company());
            } catch (InvalidInputException e) {
                errors.addAll(Workshop.describe(e, job.dir()));
                result.put("errors", errors);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                Jobs.deleteTree(uploads);
            }
        }
        return result;
    }

    private Candidate candidate(Context ctx, State state, Path uploads, List<String> errors) {
        UploadedFile file = single(ctx, "candidateFile");
        try {
            if (file != null) {
                state.uploadedCandidate = Profiles.readCandidate(shop.uploads().save(file, uploads), importOptions());
                return state.uploadedCandidate;
            }
        } catch (InvalidInputException e) {
            errors.addAll(Workshop.describe(e, uploads.getParent()));
            return null;
        }
        String pick = blankToNull(ctx.formParam("candidate"));
        if (pick == null || pick.equals("uploaded")) {
            if (state.uploadedCandidate != null) {
                return state.uploadedCandidate;
            }
            errors.add("Choose a candidate or upload a profile (YAML, JSON or JSON Resume).");
            return null;
        }
        Candidate sample = shop.samples().candidates().get(pick);
        if (sample == null) {
            errors.add("Unknown candidate \"" + pick + "\".");
        }
        return sample;
    }

    private JobPosting posting(Context ctx, Path uploads, List<String> errors) {
        try {
            // an ad that does not name the company or the title takes them from the form
            ImportOptions options = ImportOptions.builder()
                    .date(shop.date())
                    .company(blankToNull(ctx.formParam("company")))
                    .title(blankToNull(ctx.formParam("title")))
                    .build();
            UploadedFile file = single(ctx, "postingFile");
            if (file != null) {
                return Profiles.readJob(shop.uploads().save(file, uploads), options);
            }
            String text = ctx.formParam("postingText");
            if (text != null && !text.isBlank()) {
                return Profiles.readJob(shop.uploads().saveText(text, uploads, "pasted-posting.txt"), options);
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("company", value(ctx, "company"));
            fields.put("title", value(ctx, "title"));
            String manager = blankToNull(ctx.formParam("hiringManager"));
            if (manager != null) {
                fields.put("hiringManager", manager);
            }
            fields.put("requiredSkills", list(ctx.formParam("requiredSkills")));
            fields.put("niceToHave", list(ctx.formParam("niceToHave")));
            return Profiles.readJob(fields, "the posting form");
        } catch (InvalidInputException e) {
            errors.addAll(Workshop.describe(e, uploads.getParent()));
            return null;
        }
    }

    private Letterpress letterpress(Context ctx, Path uploads, List<String> errors) {
        List<UploadedFile> brandFiles = present(ctx.uploadedFiles("brandFiles"));
        try {
            if (brandFiles.isEmpty()) {
                String key = blankToNull(ctx.formParam("brand"));
                return shop.letterpress(key == null ? "default" : key);
            }
            Brand brand = Profiles.readBrand(shop.uploads().saveBrand(brandFiles, uploads));
            return shop.letterpress(brand);
        } catch (InvalidInputException e) {
            errors.addAll(Workshop.describe(e, uploads.getParent()));
            return null;
        }
    }

    private ImportOptions importOptions() {
        return ImportOptions.builder().date(shop.date()).build();
    }

    private static Map<String, Object> sentence(SentenceSource s) {
        return Map.of("text", s.text(), "sources", s.sources());
    }

    private static byte[] firstPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, PREVIEW_DPI, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(png)) {
                writer.setOutput(out);
                // a lighter deflate level than the default: the preview is made on every refresh
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(PNG_SPEED);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return png.toByteArray();
        }
    }

    private static String stem(Candidate candidate, JobPosting posting) {
        return Slugs.slug(candidate.id()) + "--" + Slugs.slug(posting.company());
    }

    static UploadedFile single(Context ctx, String field) {
        List<UploadedFile> files = present(ctx.uploadedFiles(field));
        return files.isEmpty() ? null : files.get(0);
    }

    /** The files a browser really sent: an empty file input arrives as a part with no name. */
    static List<UploadedFile> present(List<UploadedFile> files) {
        return files.stream()
                .filter(f -> f.filename() != null && !f.filename().isBlank())
                .toList();
    }

    private static Object value(Context ctx, String field) {
        String v = ctx.formParam(field);
        return v == null ? "" : v.strip();
    }

    private static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[;,\\n]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
