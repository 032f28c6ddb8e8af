package dev.letterpress.batch;

import dev.letterpress.model.Application;
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

/** Turns one CSV row into an {@link Application} and its candidate, or into the row's errors. */
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

    RowParser(ApplicationsCsv csv, Map<String, Candidate> candidates, Candidate only, Collection<String> templates,
            Collection<String> formats, List<String> defaultFormats, PostingFiles postings) {
        this.csv = csv;
        this.candidates = candidates;
        this.only = only;
        this.templates = new TreeSet<>(templates);
        this.formats = new TreeSet<>(formats);
        this.defaultFormats = defaultFormats;
        this.postings = postings;
    }

    /** A parsed row, or the problems that stop it. */
    record Parsed(Application application, Candidate candidate, List<RowError> errors) {
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
        if (row.valueCount() > headerSize) {
            errors.add(new RowError(null, "the row has " + row.valueCount() + " values but the header has " + headerSize
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
        String company = named && row.get(Column.COMPANY).isBlank() ? file == null ? null : file.company()
                : required(row, Column.COMPANY, errors);
        String title = named && row.get(Column.TITLE).isBlank() ? file == null ? null : file.title()
                : required(row, Column.TITLE, errors);
        Seniority seniority = file == null ? null : file.seniority();
        String seniorityText = row.get(Column.SENIORITY).strip();
        if (!seniorityText.isEmpty()) {
            seniority = Seniority.parse(seniorityText).orElse(null);
            if (seniority == null) {
                errors.add(error(Column.SENIORITY, "expected one of " + String.join(", ", Seniority.ids()) + ", got \""
                        + seniorityText + "\""));
            }
        }
        List<String> required = list(row, Column.REQUIRED_SKILLS, errors, file == null ? null : file.requiredSkills());
        List<String> nice = list(row, Column.NICE_TO_HAVE, errors, file == null ? null : file.niceToHave());
        List<String> keywords = list(row, Column.KEYWORDS, errors, file == null ? null : file.keywords());
        String template = template(row, errors);
        List<String> rowFormats = formats(row, errors);
        if (!errors.isEmpty()) {
            return new Parsed(null, candidate, errors);
        }
        try {
            JobPosting job = new JobPosting(null, company, title, seniority, or(row, Column.LOCATION, file,
                    JobPosting::location), or(row, Column.HIRING_MANAGER, file, JobPosting::hiringManager), required, nice,
                    keywords, or(row, Column.URL, file, JobPosting::url), or(row, Column.REFERENCE, file,
                    JobPosting::reference));
            return new Parsed(new Application(candidate.id(), job, template, rowFormats), candidate, List.of());
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            Column column = message.startsWith("JobPosting.url") ? Column.URL : null;
            return new Parsed(null, candidate, List.of(error(column, message.replaceFirst("^JobPosting\\.url: ", ""))));
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
                errors.add(error(Column.CANDIDATE, "\"" + id + "\" is not the given candidate \"" + only.id() + "\""));
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
            errors.add(error(Column.CANDIDATE, "unknown candidate \"" + id + "\"" + Suggestions.closest(id, candidates.keySet())
                    .map(s -> "; did you mean \"" + s + "\"?").orElse("")));
        }
        return candidate;
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
    private static String or(ApplicationsCsv.Row row, Column column, JobPosting file,
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
                errors.add(error(column, "malformed list \"" + value + "\": item " + (i + 1)
                        + " is empty (items are separated by ';')"));
                return List.of();
            }
            if (item.length() > MAX_LIST_ITEM) {
                errors.add(error(column, "malformed list: item " + (i + 1) + " is " + item.length()
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
            errors.add(error(Column.TEMPLATE, "unknown template \"" + name + "\"" + Suggestions.closest(name, templates)
                    .map(s -> "; did you mean \"" + s + "\"?").orElse("; known templates: " + String.join(", ", templates))));
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
                errors.add(error(Column.FORMATS, "unknown format \"" + part.strip() + "\"; use " + String.join(" or ", formats)));
                return defaultFormats;
            }
            if (!wanted.contains(format)) {
                wanted.add(format);
            }
        }
        return wanted.isEmpty() ? defaultFormats : wanted;
    }
}
