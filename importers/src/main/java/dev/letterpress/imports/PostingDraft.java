package dev.letterpress.imports;

import dev.letterpress.model.ImportOptions;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Problem;
import dev.letterpress.model.Seniority;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of a posting as they are found, with where each came from; then the validated posting. */
final class PostingDraft {
    final Fields fields;
    final String format;
    final Map<String, String> origins = new LinkedHashMap<>();
    final JobText text = new JobText();
    String title;
    String company;
    String location;
    String url;
    String reference;
    private Json urlAt;

    PostingDraft(Fields fields, String format) {
        this.fields = fields;
        this.format = format;
    }

    void title(String value, String origin) {
        if (value != null) {
            title = value;
            origins.put("title", origin);
        }
    }

    void company(String value, String origin) {
        if (value != null) {
            company = value;
            origins.put("company", origin);
        }
    }

    void location(String value, String origin) {
        if (value != null) {
            location = value;
            origins.put("location", origin);
        }
    }

    void url(String value, Json at) {
        if (value != null) {
            url = value;
            urlAt = at;
            origins.put("url", at.where());
        }
    }

    void reference(String value, String origin) {
        if (value != null) {
            reference = value;
            origins.put("reference", origin);
        }
    }

    /**
     * The posting. The options' company and title, when given, take the place of the file's.
     *
     * @param at where to report a missing title or company
     */
    Imported<JobPosting> build(Json at, int line, String listsFrom, ImportOptions options) {
        company(options.company(), "--company");
        title(options.title(), "--title");
        String checkedUrl = url == null
                ? null
                : fields.checked(
                        urlAt,
                        () -> JobPosting.builder("x", "x").url(url).build().url());
        List<Problem> problems = new ArrayList<>(fields.problems);
        if (title == null) {
            problems.add(problem(at, line, "the posting names no job title; give it with --title"));
        }
        if (company == null) {
            problems.add(problem(at, line, "the posting names no company; give it with --company"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(JsonResume.sorted(problems));
        }
        JobText fromTitle = new JobText().read(title, false);
        text.skills(fromTitle.required);
        Seniority level = text.level(title);
        if (level != null) {
            origins.put("seniority", text.seniorityFrom);
        }
        if (!text.required.isEmpty()) {
            origins.put("requiredSkills", listsFrom);
        }
        if (!text.niceToHave.isEmpty()) {
            origins.put("niceToHave", listsFrom + ", in a nice-to-have section or line");
        }
        if (!text.keywords.isEmpty()) {
            origins.put("keywords", listsFrom + ": practices and themes");
        }
        JobPosting posting = new JobPosting(
                null,
                company,
                title,
                level,
                location,
                null,
                text.required,
                text.niceToHave,
                text.keywords,
                checkedUrl,
                reference);
        return new Imported<>(posting, format, origins);
    }

    private Problem problem(Json at, int line, String message) {
        return at == null
                ? new Problem(fields.source, line, 0, null, message)
                : new Problem(fields.source, at.line, at.column, at.pointer.isEmpty() ? "/" : at.pointer, message);
    }
}
