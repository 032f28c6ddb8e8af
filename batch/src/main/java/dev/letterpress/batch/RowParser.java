package dev.letterpress.batch;

import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Seniority;
import dev.letterpress.model.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns one CSV row into a {@link LetterRequest}, or into the row's errors. */
final class RowParser {
    private static final int MAX_LIST_ITEM = 100;
    private static final int MAX_VALUE = 1000;

    private final ApplicationsCsv csv;
    private final Map<String, Candidate> candidates;
    private final Candidate only;
    private final Set<String> templates;
    private final Set<String> formats;
    private final List<String> defaultFormats;
    private final PostingFiles postings;

    RowParser(
            ApplicationsCsv csv,
            Map<String, Candidate> candidates,
            Candidate only,
            Collection<String> templates,
            Collection<String> formats,
            List<String> defaultFormats,
            PostingFiles postings) {
        this.csv = csv;
        this.candidates = candidates;
        this.only = only;
        this.templates = new TreeSet<>(templates);
        this.formats = new TreeSet<>(formats);
        this.defaultFormats = defaultFormats;
        this.postings = postings;
    }

    /** A parsed row, or the problems that stop it. */
    record Parsed(LetterRequest request, List<RowError> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    /** One problem of a row, naming its column as the file's header does. */
    record RowError(String column, String message) {
        String describe(int line) {
            return "line " + line + (column == null ? "" : ", column \"" + column + "\"") + ": " + message;
        }
    }

    Parsed parse(ApplicationsCsv.Row row, int headerSize) {
        List<RowError> errors = new ArrayList<>();
        if (!row.cut().isEmpty()) {
            row.cut()
                    .forEach((index, message) -> errors.add(
                            index == LimitedCsvReader.TOO_MANY
                                    ? new RowError(null, "the row " + message)
                                    : new RowError(csv.headerNameAt(index), message)));
            return new Parsed(null, errors);
        }
        if (row.valueCount() > headerSize) {
            errors.add(new RowError(
                    null,
                    "the row has " + row.valueCount() + " values but the header has " + headerSize
                            + " columns (is a value with a comma missing its quotes?)"));
        }
        for (Column column : Column.values()) {
            if (row.get(column).length() > MAX_VALUE) {
                errors.add(error(column, "is " + row.get(column).length() + " characters long; at most " + MAX_VALUE));
            }
        }
        Candidate candidate = candidate(row, errors);
        JobPosting file = postingFile(row, errors);
        boolean named = !row.get(Column.POSTING).isBlank();
        String company = named && row.get(Column.COMPANY).isBlank()
                ? file == null ? null : file.company()
                : required(row, Column.COMPANY, errors);
        String title = named && row.get(Column.TITLE).isBlank()
                ? file == null ? null : file.title()
                : required(row, Column.TITLE, errors);
        String seniorityText = row.get(Column.SENIORITY).strip();
        Seniority seniority = seniorityText.isEmpty()
                ? file == null ? null : file.seniority()
                : Seniority.parse(seniorityText).orElse(null);
        if (!seniorityText.isEmpty()) {
            if (seniority == null) {
                errors.add(error(
                        Column.SENIORITY,
                        "expected one of " + String.join(", ", Seniority.ids()) + ", got \""
                                + Echo.excerpt(seniorityText) + "\""));
            }
        }
        List<String> required = list(row, Column.REQUIRED_SKILLS, errors, file == null ? null : file.requiredSkills());
        List<String> nice = list(row, Column.NICE_TO_HAVE, errors, file == null ? null : file.niceToHave());
        List<String> keywords = list(row, Column.KEYWORDS, errors, file == null ? null : file.keywords());
        String template = template(row, errors);
        List<String> rowFormats = formats(row, errors);
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        try {
            JobPosting job = posting(
                    row,
                    file,
                    company,
                    title,
                    seniority,
                    required,
                    nice,
                    keywords,
                    or(row, Column.URL, file, JobPosting::url));
            return new Parsed(new LetterRequest(candidate, job, template, rowFormats), List.of());
        } catch (RuntimeException e) {
            // the posting's own check failed: the URL is the one value not checked above
            boolean url = !row.get(Column.URL).isBlank()
                    && accepted(() -> posting(row, file, company, title, seniority, required, nice, keywords, null));
            return new Parsed(
                    null,
                    List.of(error(
                            url ? Column.URL : null,
                            Echo.excerpt(String.valueOf(e.getMessage())).replaceFirst("^JobPosting\\.url: ", ""))));
        }
    }

    private static JobPosting posting(
            ApplicationsCsv.Row row,
            JobPosting file,
            String company,
            String title,
            Seniority seniority,
            List<String> required,
            List<String> nice,
            List<String> keywords,
            String url) {
        return new JobPosting(
                null,
                company,
                title,
                seniority,
                or(row, Column.LOCATION, file, JobPosting::location),
                or(row, Column.HIRING_MANAGER, file, JobPosting::hiringManager),
                required,
                nice,
                keywords,
                url,
                or(row, Column.REFERENCE, file, JobPosting::reference));
    }

    private static boolean accepted(Runnable check) {
        try {
            check.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The candidate id a row stands for: its own, or the one candidate's when it gives none. */
    String candidateId(ApplicationsCsv.Row row) {
        String id = row.get(Column.CANDIDATE).strip();
        return id.isEmpty() && only != null ? only.id() : id;
    }

    private RowError error(Column column, String message) {
        return new RowError(column == null ? null : csv.headerName(column), message);
    }

    private String required(ApplicationsCsv.Row row, Column column, List<RowError> errors) {
        String value = row.get(column).strip();
        if (value.isEmpty()) {
            errors.add(error(column, "must not be empty"));
            return null;
        }
        return value;
    }

    private Candidate candidate(ApplicationsCsv.Row row, List<RowError> errors) {
        String id = row.get(Column.CANDIDATE).strip();
        if (only != null) {
            if (!id.isEmpty() && !id.equals(only.id())) {
                errors.add(error(
                        Column.CANDIDATE,
                        "\"" + Echo.excerpt(id) + "\" is not the given candidate \"" + only.id() + "\""));
                return null;
            }
            return only;
        }
        if (id.isEmpty()) {
            errors.add(error(Column.CANDIDATE, "must not be empty"));
            return null;
        }
        Candidate candidate = candidates.get(id);
        if (candidate == null) {
            errors.add(error(
                    Column.CANDIDATE,
                    "unknown candidate \"" + Echo.excerpt(id) + "\""
                            + closest(id, candidates.keySet())
                                    .map(s -> "; did you mean \"" + s + "\"?")
                                    .orElse("")));
        }
        return candidate;
    }

    /** The closest known name, for "did you mean"; none for a value too long to be a typo. */
    private static java.util.Optional<String> closest(String value, Collection<String> known) {
        return value.length() > MAX_LIST_ITEM ? java.util.Optional.empty() : Suggestions.closest(value, known);
    }

    /** A row's company or title as the manifest shows it: its own, else its posting file's, else empty. */
    String value(ApplicationsCsv.Row row, Column column) {
        String value = row.get(column).strip();
        String name = row.get(Column.POSTING).strip();
        if (!value.isEmpty() || name.isEmpty()) {
            return value;
        }
        try {
            JobPosting file = postings.read(name);
            return column == Column.COMPANY ? file.company() : file.title();
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    /** The row's posting file, when its {@code posting} column names one; its fields give what the row leaves empty. */
    private JobPosting postingFile(ApplicationsCsv.Row row, List<RowError> errors) {
        String name = row.get(Column.POSTING).strip();
        if (name.isEmpty()) {
            return null;
        }
        try {
            return postings.read(name);
        } catch (IllegalArgumentException e) {
            errors.add(error(Column.POSTING, e.getMessage()));
            return null;
        }
    }

    /** The row's value of a column, or the posting file's when the row leaves it empty. */
    private static String or(
            ApplicationsCsv.Row row,
            Column column,
            JobPosting file,
            java.util.function.Function<JobPosting, String> field) {
        String value = row.get(column);
        return value.isBlank() && file != null ? field.apply(file) : value;
    }

    private List<String> list(ApplicationsCsv.Row row, Column column, List<RowError> errors, List<String> fallback) {
        String value = row.get(column).strip();
        if (value.isEmpty()) {
            return fallback == null ? List.of() : fallback;
        }
        String[] parts = value.split(";", -1);
        List<String> items = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            String item = parts[i].strip();
            if (item.isEmpty()) {
                if (i == parts.length - 1) {
                    continue; // a trailing ';' is harmless
                }
                errors.add(error(
                        column,
                        "malformed list \"" + Echo.excerpt(value) + "\": item " + (i + 1)
                                + " is empty (items are separated by ';')"));
                return List.of();
            }
            if (item.length() > MAX_LIST_ITEM) {
                errors.add(error(
                        column,
                        "malformed list: item " + (i + 1) + " is " + item.length()
                                + " characters long (items are separated by ';', not ',')"));
                return List.of();
            }
            items.add(item);
        }
        return items;
    }

    private String template(ApplicationsCsv.Row row, List<RowError> errors) {
        String name = row.get(Column.TEMPLATE).strip();
        if (name.isEmpty()) {
            return null;
        }
        if (!templates.contains(name)) {
            errors.add(error(
                    Column.TEMPLATE,
                    "unknown template \"" + Echo.excerpt(name) + "\""
                            + closest(name, templates)
                                    .map(s -> "; did you mean \"" + s + "\"?")
                                    .orElse("; known templates: " + String.join(", ", templates))));
            return null;
        }
        return name;
    }

    private List<String> formats(ApplicationsCsv.Row row, List<RowError> errors) {
        String value = row.get(Column.FORMATS).strip();
        if (value.isEmpty()) {
            return defaultFormats;
        }
        List<String> wanted = new ArrayList<>();
        for (String part : value.split("[;,]")) {
            String format = part.strip().toLowerCase(Locale.ROOT);
            if (format.isEmpty()) {
                continue;
            }
            if (!formats.contains(format)) {
                errors.add(error(
                        Column.FORMATS,
                        "unknown format \"" + Echo.excerpt(part.strip()) + "\"; use " + String.join(" or ", formats)));
                return defaultFormats;
            }
            if (!wanted.contains(format)) {
                wanted.add(format);
            }
        }
        return wanted.isEmpty() ? defaultFormats : wanted;
    }
}
