package dev.letterpress.imports;

import dev.letterpress.model.Candidate;
import dev.letterpress.model.ImportOptions;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.ProfileImporter;

/**
 * The formats of this module as a {@link ProfileImporter}, so that
 * {@link dev.letterpress.model.Profiles#readCandidate(java.nio.file.Path, ImportOptions)} and
 * {@link dev.letterpress.model.Profiles#readJob(java.nio.file.Path, ImportOptions)} read them
 * wherever this jar is on the class path. Found by {@link java.util.ServiceLoader}; use
 * {@link Importers} to call the importers directly.
 */
public final class ImportFormat implements ProfileImporter {
    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public ImportFormat() {
        // stateless
    }

    @Override
    public String name() {
        return "JSON Resume, JSON Resume job, schema.org JobPosting (JSON-LD or web page), text job ad";
    }

    @Override
    public boolean readsCandidate(String fileName, String text) {
        Json root = json(text);
        return root != null && JsonResume.isResume(root);
    }

    @Override
    public boolean readsJob(String fileName, String text) {
        if (Postings.isHtml(fileName, text) || Postings.isTextAd(fileName)) {
            return true;
        }
        Json root = json(text);
        return root != null && (Postings.isJsonResumeJob(root) || isJsonLd(root));
    }

    @Override
    public Candidate readCandidate(String source, String text, ImportOptions options) {
        return Importers.candidate(source, text, options).value();
    }

    @Override
    public JobPosting readJob(String source, String text, ImportOptions options) {
        return Importers.job(source, text, options).value();
    }

    /** The parsed JSON of a text that starts like JSON, or null (a syntax error is the native reader's to report). */
    static Json json(String text) {
        String head = text.stripLeading();
        if (!head.startsWith("{") && !head.startsWith("[")) {
            return null;
        }
        try {
            return Json.parse("text", text, 1, 1);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    /** Whether a JSON value is schema.org JSON-LD: it has a {@code @context}, {@code @graph} or {@code @type}. */
    static boolean isJsonLd(Json root) {
        if (root.isArray()) {
            return root.items.stream().anyMatch(ImportFormat::isJsonLd);
        }
        return root.isObject()
                && (root.get("@context") != null || root.get("@graph") != null || root.get("@type") != null);
    }
}
