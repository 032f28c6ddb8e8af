package dev.letterpress.web;

import dev.letterpress.model.ImportOptions;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Profiles;
import dev.letterpress.review.Review;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Review: drop a DOCX, PDF, Markdown or text letter (and, optionally, its posting); see the score, band and suggestions. */
final class ReviewPage {
    static final String KIND = "review";

    private final Workshop shop;

    ReviewPage(Workshop shop) {
        this.shop = shop;
    }

    void show(Context ctx) {
        shop.pages().page(ctx, "review", Map.of());
    }

    void submit(Context ctx) {
        shop.uploads().checkCount(ctx.uploadedFiles().size());
        UploadedFile letter = LetterPage.single(ctx, "letter");
        if (letter == null) {
            throw new WebInputException("Choose a letter to review (.docx, .pdf, .md or .txt).");
        }
        String name = Uploads.safeName(letter.filename());
        String format =
                name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("fileName", name);
        Jobs.Job job = shop.jobs().create(KIND, name);
        try {
            JobPosting posting = null;
            UploadedFile postingFile = LetterPage.single(ctx, "posting");
            if (postingFile != null) {
                Path saved = shop.uploads().save(postingFile, job.dir());
                posting = Profiles.readJob(
                        saved, ImportOptions.builder().date(shop.date()).build());
                model.put("posting", posting.title() + " at " + posting.company());
            }
            byte[] bytes;
            try (InputStream in = letter.content()) {
                bytes = in.readNBytes(
                        (int) Math.min(Integer.MAX_VALUE - 8, shop.limits().requestBytes()));
            }
            Review review = shop.letterpress("default").review(bytes, format, posting);
            model.put("review", Reviews.view(review));
        } catch (InvalidInputException e) {
            model.put(
                    "errors",
                    Workshop.describe(e, job.dir()).stream()
                            .map(m -> m.replace("uploaded " + format, name))
                            .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            shop.jobs().remove(job);
        }
        shop.pages().page(ctx, "review", model);
    }
}
