package dev.letterpress.imports;

import dev.letterpress.compose.Vocabulary;
import dev.letterpress.model.Achievement;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.ImportOptions;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Links;
import dev.letterpress.model.Metric;
import dev.letterpress.model.Project;
import dev.letterpress.model.Skill;
import dev.letterpress.model.SkillCategory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JSON Resume (schema v1.0.0) as a {@link Candidate}: {@code basics} for who the candidate
 * is, {@code work} for years of experience and achievements, {@code skills} and {@code projects}.
 * Sections that do not concern a letter (education, volunteer, awards, interests, references…) are
 * ignored. The achievements' text is the resume's own, word for word.
 */
final class JsonResume {
    static final String FORMAT = "JSON Resume";
    private static final double DAYS_PER_YEAR = 365.25;

    private final Fields fields;
    private final LocalDate today;
    private final Vocabulary words = Vocabulary.builtIn();
    private final Map<String, String> origins = new LinkedHashMap<>();

    private JsonResume(String source, LocalDate today) {
        this.fields = new Fields(source);
        this.today = today;
    }

    /** Whether a parsed JSON file is a JSON Resume: an object with {@code basics}, or its schema. */
    static boolean isResume(Json root) {
        if (!root.isObject()) {
            return false;
        }
        Json schema = root.get("$schema");
        if (schema != null
                && schema.isString()
                && schema.text.toLowerCase(Locale.ROOT).contains("jsonresume")
                && !schema.text.toLowerCase(Locale.ROOT).contains("job")) {
            return true;
        }
        // JSON Resume allows fields of its own beyond the schema's; Letterpress's candidates have no "basics"
        return root.get("basics") != null;
    }

    static Imported<Candidate> candidate(String source, Json root, ImportOptions options) {
        return new JsonResume(source, options.dateOrToday()).candidate(root);
    }

    private Imported<Candidate> candidate(Json root) {
        Json basics = fields.object(root, "basics");
        Json at = basics == null ? root : basics;
        String name = basics == null ? null : fields.text(basics, "name");
        if (name == null) {
            fields.problem(at, "a JSON Resume needs basics.name, the candidate's name");
        }
        String id = Slug.of(name == null ? "candidate" : name);
        origins.put("id", "made from /basics/name");
        origins.put("name", basics == null ? "/basics/name" : origin(basics, "name"));
        Candidate.Builder b = Candidate.builder(id, name);
        if (basics != null) {
            b.email(basic(basics, "email", "email"));
            b.phone(basic(basics, "phone", "phone"));
            b.headline(basic(basics, "label", "headline"));
            b.summary(basic(basics, "summary", "summary"));
            b.location(location(basics));
            b.links(links(basics));
        }
        List<Job> jobs = jobs(root);
        Double years = years(jobs.stream().map(Job::interval).toList());
        if (years != null) {
            b.yearsExperience(years);
            origins.put(
                    "yearsExperience",
                    "the dates of " + jobs.size() + " work entr" + (jobs.size() == 1 ? "y" : "ies") + " up to "
                            + today);
        }
        List<Skill> skills = skills(root, jobs);
        skills.forEach(b::skill);
        int index = 0;
        for (Job job : jobs) {
            for (Json highlight : job.highlights) {
                List<Metric> metrics = MetricFinder.find(highlight.text);
                String path = "achievements[" + index + "]";
                origins.put(path, highlight.where() + (job.company == null ? "" : ", at " + job.company));
                if (!metrics.isEmpty()) {
                    origins.put(path + ".metrics", "figures in the text");
                }
                b.achievement(new Achievement(highlight.text.strip(), mentioned(highlight.text, skills), metrics));
                index++;
            }
        }
        projects(root, skills).forEach(b::project);
        if (!fields.problems.isEmpty() || name == null) {
            throw new InvalidInputException(sorted(fields.problems));
        }
        Candidate candidate = fields.checked(at, b::build);
        if (candidate == null) {
            throw new InvalidInputException(fields.problems);
        }
        return new Imported<>(candidate, FORMAT, origins);
    }

    static List<dev.letterpress.model.Problem> sorted(List<dev.letterpress.model.Problem> problems) {
        List<dev.letterpress.model.Problem> list = new ArrayList<>(problems);
        list.sort(Comparator.comparingInt(dev.letterpress.model.Problem::line)
                .thenComparingInt(dev.letterpress.model.Problem::column));
        return list;
    }

    private String basic(Json basics, String key, String field) {
        String value = fields.text(basics, key);
        if (value != null) {
            origins.put(field, origin(basics, key));
        }
        if (value != null && field.equals("email")) {
            return fields.checked(
                    basics.get(key),
                    () -> Candidate.builder("x", "x").email(value).build().email());
        }
        return value;
    }

    private static String origin(Json object, String key) {
        Json value = object.get(key);
        return value == null ? object.where() : value.where();
    }

    static String location(Fields fields, Json location) {
        List<String> parts = new ArrayList<>();
        for (String key : List.of("city", "region", "countryCode")) {
            String part = fields.text(location, key);
            if (part != null && !parts.contains(part)) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private String location(Json basics) {
        Json location = fields.object(basics, "location");
        if (location == null) {
            return null;
        }
        String text = location(fields, location);
        if (text != null) {
            origins.put("location", location.where() + " city, region, countryCode");
        }
        return text;
    }

    private Links links(Json basics) {
        String github = null;
        String linkedin = null;
        String website = null;
        Json websiteAt = basics.get("url");
        String url = fields.text(basics, "url");
        if (url != null) {
            website = fields.checked(websiteAt, () -> new Links(null, null, url).website());
            origins.put("links.website", websiteAt.where());
        }
        for (Json profile : fields.objects(basics, "profiles")) {
            String network = fields.text(profile, "network");
            String address = fields.text(profile, "url");
            String username = fields.text(profile, "username");
            if (network == null) {
                continue;
            }
            String n = network.toLowerCase(Locale.ROOT).replace(" ", "");
            String host = switch (n) {
                case "github" -> "https://github.com/";
                case "gitlab" -> "https://gitlab.com/";
                case "linkedin" -> "https://www.linkedin.com/in/";
                default -> null;
            };
            if (host == null || (address == null && username == null)) {
                continue;
            }
            String link = address != null ? address : host + username;
            Json at = profile.get(address != null ? "url" : "username");
            String checked = fields.checked(at, () -> new Links(null, null, link).website());
            if (checked == null) {
                continue;
            }
            if (n.equals("linkedin")) {
                if (linkedin == null) {
                    linkedin = checked;
                    origins.put("links.linkedin", profile.where() + " network " + network);
                }
            } else if (github == null || n.equals("github")) {
                github = checked;
                origins.put("links.github", profile.where() + " network " + network);
            }
        }
        return new Links(github, linkedin, website);
    }

    /** One work entry: its dates, highlights and the text that says what it used. */
    private record Job(String company, LocalDate start, LocalDate end, String text, List<Json> highlights) {
        LocalDate[] interval() {
            return start == null ? null : new LocalDate[] {start, end};
        }
    }

    private List<Job> jobs(Json root) {
        List<Job> jobs = new ArrayList<>();
        for (Json work : fields.objects(root, "work")) {
            String company = fields.text(work, "name");
            String position = fields.text(work, "position");
            String summary = fields.text(work, "summary");
            List<Json> highlights = fields.strings(work, "highlights");
            LocalDate start = date(work, "startDate", false);
            LocalDate end = date(work, "endDate", true);
            if (start != null && start.isAfter(today)) {
                start = null;
            }
            LocalDate until = end == null || end.isAfter(today) ? today : end;
            if (start != null && until.isBefore(start)) {
                fields.problem(work.get("endDate"), "endDate is before startDate");
                start = null;
            }
            StringBuilder text = new StringBuilder();
            for (String part : new String[] {position, summary}) {
                if (part != null) {
                    text.append(part).append('\n');
                }
            }
            highlights.forEach(h -> text.append(h.text).append('\n'));
            jobs.add(new Job(company, start, until, text.toString(), highlights));
        }
        return jobs;
    }

    /** A JSON Resume date: YYYY-MM-DD, YYYY-MM or YYYY; an end date means the end of that month or year. */
    private LocalDate date(Json object, String key, boolean end) {
        String text = fields.text(object, key);
        if (text == null) {
            return null;
        }
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(text);
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            if (text.matches("\\d{4}")) {
                int year = Integer.parseInt(text);
                return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        fields.problem(
                object.get(key),
                "expected a date YYYY-MM-DD, YYYY-MM or YYYY, got "
                        + object.get(key).describe());
        return null;
    }

    /** The years the intervals cover together, overlaps counted once, in whole half years; null when none. */
    static Double years(List<LocalDate[]> intervals) {
        List<LocalDate[]> sorted =
                new ArrayList<>(intervals.stream().filter(i -> i != null).toList());
        if (sorted.isEmpty()) {
            return null;
        }
        sorted.sort(Comparator.comparing(i -> i[0]));
        long days = 0;
        LocalDate from = sorted.get(0)[0];
        LocalDate to = sorted.get(0)[1];
        for (LocalDate[] i : sorted.subList(1, sorted.size())) {
            if (i[0].isAfter(to)) {
                days += to.toEpochDay() - from.toEpochDay();
                from = i[0];
                to = i[1];
            } else if (i[1].isAfter(to)) {
                to = i[1];
            }
        }
        days += to.toEpochDay() - from.toEpochDay();
        // whole half years, counting a week's slack so that 2018-01-01 to 2023-12-31 is 6 years
        return Math.min(60, Math.floor((days + 7) / DAYS_PER_YEAR * 2) / 2);
    }

    private List<Skill> skills(Json root, List<Job> jobs) {
        List<Skill> skills = new ArrayList<>();
        for (Json group : fields.objects(root, "skills")) {
            Json nameAt = group.get("name");
            String name = fields.text(group, "name");
            if (name != null && words.category(name) != null) {
                add(skills, name, nameAt, jobs);
            }
            for (Json keyword : fields.strings(group, "keywords")) {
                add(skills, keyword.text.strip(), keyword, jobs);
            }
        }
        return skills;
    }

    private void add(List<Skill> skills, String name, Json at, List<Job> jobs) {
        for (Skill s : skills) {
            if (s.name().equalsIgnoreCase(name) || words.same(s.name(), name)) {
                return;
            }
        }
        SkillCategory category = words.category(name);
        List<LocalDate[]> using = new ArrayList<>();
        List<Integer> entries = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            if (jobs.get(i).start != null && mentions(jobs.get(i).text, name)) {
                using.add(jobs.get(i).interval());
                entries.add(i);
            }
        }
        Double years = years(using);
        String path = "skills[" + skills.size() + "]";
        origins.put(path, at.where());
        if (category != null) {
            origins.put(path + ".category", "Letterpress's vocabulary");
        }
        if (years != null) {
            origins.put(
                    path + ".years",
                    "the dates of the work entries that mention it: "
                            + String.join(
                                    ", ",
                                    entries.stream().map(i -> "/work/" + i).toList()));
        }
        skills.add(new Skill(name, category, years, null));
    }

    /** Whether a text names a skill: through the vocabulary, else as a whole word in any case. */
    private boolean mentions(String text, String name) {
        for (Vocabulary.Mention m : words.find(text)) {
            if (words.same(m.written(), name) || words.same(m.name(), name)) {
                return true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String wanted = name.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(wanted);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
            int end = at + wanted.length();
            boolean endOk = end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = lower.indexOf(wanted, at + 1);
        }
        return false;
    }

    private List<String> mentioned(String text, List<Skill> skills) {
        return skills.stream().map(Skill::name).filter(n -> mentions(text, n)).toList();
    }

    private List<Project> projects(Json root, List<Skill> skills) {
        List<Project> projects = new ArrayList<>();
        for (Json project : fields.objects(root, "projects")) {
            String name = fields.text(project, "name");
            String description = fields.text(project, "description");
            Json urlAt = project.get("url");
            String url = fields.text(project, "url");
            List<Json> highlights = fields.strings(project, "highlights");
            List<String> keywords = fields.strings(project, "keywords").stream()
                    .map(k -> k.text.strip())
                    .toList();
            if (name == null) {
                if (!project.fields.isEmpty()) {
                    fields.problem(project, "a project needs a name");
                }
                continue;
            }
            String link = url == null ? null : fields.checked(urlAt, () -> new Links(null, null, url).website());
            StringBuilder summary = new StringBuilder(description == null ? "" : sentence(description));
            List<Metric> metrics = new ArrayList<>();
            for (Json h : highlights) {
                summary.append(summary.length() == 0 ? "" : " ").append(sentence(h.text.strip()));
                metrics.addAll(MetricFinder.find(h.text));
            }
            List<String> used = new ArrayList<>(keywords);
            for (String s : mentioned(summary.toString(), skills)) {
                if (used.stream().noneMatch(u -> u.equalsIgnoreCase(s))) {
                    used.add(s);
                }
            }
            String path = "projects[" + projects.size() + "]";
            origins.put(
                    path,
                    project.where() + (highlights.isEmpty() ? "" : "; summary is the description and highlights"));
            projects.add(new Project(name, summary.length() == 0 ? null : summary.toString(), used, link, metrics));
        }
        return projects;
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }
}
