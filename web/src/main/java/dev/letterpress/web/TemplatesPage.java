package dev.letterpress.web;

import dev.letterpress.compose.Composer;
import dev.letterpress.model.Problem;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Templates: the list with what each is for; check uploaded templates and show their errors with line numbers. */
final class TemplatesPage {
    static final String KIND = "templates";

    private final Workshop shop;

    TemplatesPage(Workshop shop) {
        this.shop = shop;
    }

    void show(Context ctx) {
        shop.pages().page(ctx, "templates", model());
    }

    void check(Context ctx) {
        List<UploadedFile> files = LetterPage.present(ctx.uploadedFiles("templates"));
        shop.uploads().checkCount(files.size());
        if (files.isEmpty()) {
            throw new WebInputException("Choose one or more template files (.xml) to check.");
        }
        Map<String, Object> model = model();
        Jobs.Job job = shop.jobs().create(KIND, "check");
        try {
            for (UploadedFile f : files) {
                String name = Uploads.safeName(f.filename());
                if (!name.toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    throw new WebInputException(name + " is not a template: templates are .xml files.");
                }
                shop.uploads().save(f, job.dir());
            }
            List<Problem> problems = Composer.checkTemplates(job.dir());
            model.put(
                    "checked",
                    files.stream().map(f -> Uploads.safeName(f.filename())).toList());
            model.put(
                    "problems",
                    problems.stream().map(p -> Workshop.relative(p, job.dir())).toList());
        } finally {
            shop.jobs().remove(job);
        }
        shop.pages().page(ctx, "templates", model);
    }

    private Map<String, Object> model() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("templates", shop.templates());
        return model;
    }
}
