package dev.letterpress.imports;

import dev.letterpress.model.ImportOptions;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads job postings: JSON Resume's job schema, schema.org {@code JobPosting} JSON-LD (a JSON file,
 * or the {@code <script type="application/ld+json">} blocks of a saved web page) and plain-text or
 * Markdown job ads. Nothing is ever fetched: a URL in a posting is only copied.
 */
final class Postings {
    static final String JSON_RESUME_JOB = "JSON Resume job";
    static final String JSON_LD = "schema.org JobPosting";
    static final String TEXT_AD = "text job ad";
    private static final Set<String> NATIVE_ONLY_FIELDS =
            Set.of("id", "seniority", "hiringManager", "requiredSkills", "niceToHave", "keywords", "reference");
    private static final Set<String> JOB_ONLY_FIELDS = Set.of(
            "type",
            "date",
            "description",
            "remote",
            "salary",
            "experience",
            "responsibilities",
            "qualifications",
            "skills",
            "meta");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "li",
            "ul",
            "ol",
            "br",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "section",
            "article",
            "header",
            "footer",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "table");
    private static final Pattern LABEL = Pattern.compile(
            "^\\**(company|employer|location|title|position|role|job title)" + "\\**\\s*:\\**\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AT = Pattern.compile("^(.+?)\\s+(?:at|@)\\s+(.+)$");
    private static final Pattern ABOUT = Pattern.compile(
            "^(?:#{1,6}\\s*)?\\**about\\s+(?!the\\b|us\\b|you\\b|this\\b|the role\\b)" + "(.+?)\\**:?$",
            Pattern.CASE_INSENSITIVE);

    private Postings() {}

    // ---- JSON Resume job

    /** Whether a parsed JSON file is a JSON Resume job: its fields, with at least one Letterpress lacks. */
    static boolean isJsonResumeJob(Json root) {
        if (!root.isObject()) {
            return false;
        }
        Json schema = root.get("$schema");
        if (schema != null
                && schema.isString()
                && schema.text.toLowerCase(Locale.ROOT).contains("jsonresume")
                && schema.text.toLowerCase(Locale.ROOT).contains("job")) {
            return true;
        }
        // extra fields are allowed, as the schema allows them; a field only Letterpress's postings have is not
        Set<String> keys = root.fields.keySet();
        return !ImportFormat.isJsonLd(root)
                && keys.stream().anyMatch(JOB_ONLY_FIELDS::contains)
                && keys.stream().noneMatch(NATIVE_ONLY_FIELDS::contains);
    }

    static Imported<JobPosting> jsonResumeJob(String source, Json root, ImportOptions options) {
        Fields fields = new Fields(source);
        PostingDraft draft = new PostingDraft(fields, JSON_RESUME_JOB);
        draft.title(fields.text(root, "title"), where(root, "title"));
        draft.company(fields.text(root, "company"), where(root, "company"));
        Json location = root.get("location");
        if (location != null && location.isString()) {
            draft.location(fields.text(root, "location"), location.where());
        } else if (location != null && !location.isNull()) {
            Json object = fields.object(root, "location");
            if (object != null) {
                draft.location(JsonResume.location(fields, object), object.where() + " city, region, countryCode");
            }
        }
        List<String> skills = new ArrayList<>();
        for (Json group : fields.objects(root, "skills")) {
            String name = fields.text(group, "name");
            if (name != null && dev.letterpress.compose.Vocabulary.builtIn().category(name) != null) {
                skills.add(name);
            }
            fields.strings(group, "keywords").forEach(k -> skills.add(k.text.strip()));
        }
        draft.text.skills(skills);
        draft.text.read(lines(fields.strings(root, "qualifications")), false);
        draft.text.read(lines(fields.strings(root, "responsibilities")), false);
        draft.text.read(fields.text(root, "description"), false);
        String experience = fields.text(root, "experience");
        if (experience != null) {
            draft.text.read(experience + " experience", false);
            dev.letterpress.model.Seniority.parse(experience).ifPresent(s -> {
                draft.text.seniority = s;
                draft.text.seniorityFrom = where(root, "experience");
            });
        }
        return draft.build(root, 0, "/skills keywords, /qualifications, /responsibilities, /description", options);
    }

    private static String where(Json object, String key) {
        Json value = object.get(key);
        return value == null ? object.where() : value.where();
    }

    private static String lines(List<Json> items) {
        StringBuilder s = new StringBuilder();
        items.forEach(i -> s.append(i.text).append('\n'));
        return s.toString();
    }

    // ---- schema.org JSON-LD

    /** Whether a parsed JSON file holds a schema.org JobPosting. */
    static boolean hasJobPosting(Json root) {
        return !jobPostings(root).isEmpty();
    }

    /** The JobPosting objects of a JSON-LD value: itself, a list's items, {@code @graph} members. */
    static List<Json> jobPostings(Json root) {
        List<Json> found = new ArrayList<>();
        collect(root, found, 0);
        return found;
    }

    private static void collect(Json value, List<Json> found, int depth) {
        if (depth > 4) {
            return;
        }
        if (value.isArray()) {
            value.items.forEach(item -> collect(item, found, depth + 1));
        } else if (value.isObject()) {
            if (isType(value.get("@type"), "JobPosting")) {
                found.add(value);
            } else if (value.get("@graph") != null) {
                collect(value.get("@graph"), found, depth + 1);
            }
        }
    }

    private static boolean isType(Json type, String wanted) {
        if (type == null) {
            return false;
        }
        if (type.isString()) {
            return type.text.strip().equals(wanted) || type.text.strip().endsWith("/" + wanted);
        }
        return type.isArray() && type.items.stream().anyMatch(t -> isType(t, wanted));
    }

    /** Reads the posting of a JSON-LD file or page: the only one, or the one the options' index names. */
    static Imported<JobPosting> jsonLd(String source, List<Json> postings, String lookedIn, ImportOptions options) {
        if (postings.isEmpty()) {
            throw new InvalidInputException(Problem.of(
                    source,
                    "no schema.org JobPosting found; looked for an object with"
                            + " \"@type\": \"JobPosting\" (alone, in a list or in \"@graph\") in " + lookedIn));
        }
        Json chosen;
        if (options.index() != null) {
            if (options.index() > postings.size()) {
                throw new InvalidInputException(Problem.of(
                        source,
                        "holds " + postings.size() + " job posting"
                                + (postings.size() == 1 ? "" : "s") + "; --index " + options.index()
                                + " is out of range: "
                                + titles(postings)));
            }
            chosen = postings.get(options.index() - 1);
        } else if (postings.size() > 1) {
            throw new InvalidInputException(Problem.of(
                    source,
                    "holds " + postings.size() + " job postings; choose one" + " with --index N: " + titles(postings)));
        } else {
            chosen = postings.get(0);
        }
        return jobPosting(source, chosen, options);
    }

    private static String titles(List<Json> postings) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < postings.size(); i++) {
            Json title = postings.get(i).get("title");
            String text = title != null && title.isString() ? plain(title.text) : "(no title)";
            Json org = postings.get(i).get("hiringOrganization");
            String company = org == null
                    ? null
                    : org.isString()
                            ? org.text
                            : org.isObject()
                                            && org.get("name") != null
                                            && org.get("name").isString()
                                    ? org.get("name").text
                                    : null;
            titles.add((i + 1) + " \"" + text + "\"" + (company == null ? "" : " at " + plain(company)));
        }
        return String.join(", ", titles);
    }

    private static Imported<JobPosting> jobPosting(String source, Json posting, ImportOptions options) {
        Fields fields = new Fields(source);
        PostingDraft draft = new PostingDraft(fields, JSON_LD);
        String title = fields.text(posting, "title");
        draft.title(title == null ? null : plain(title), where(posting, "title"));
        Json org = posting.get("hiringOrganization");
        if (org != null && org.isString()) {
            draft.company(plain(org.text), org.where());
        } else if (org != null && org.isObject()) {
            String name = fields.text(org, "name");
            draft.company(name == null ? null : plain(name), where(org, "name"));
        } else if (org != null && !org.isNull()) {
            fields.problem(org, "expected an Organization object or a name, got " + org.describe());
        }
        draft.location(jobLocation(fields, posting), where(posting, "jobLocation"));
        Json url = posting.get("url");
        if (url != null && url.isString()) {
            draft.url(url.text.strip(), url);
        }
        Json id = posting.get("identifier");
        if (id != null && id.isString()) {
            draft.reference(id.text.strip(), id.where());
        } else if (id != null && id.isObject()) {
            String value = id.get("value") == null ? null : scalar(id.get("value"));
            draft.reference(value, where(id, "value"));
        }
        draft.text.skills(skills(fields, posting.get("skills")));
        for (String key : List.of("qualifications", "responsibilities", "educationRequirements")) {
            Json part = posting.get(key);
            if (part != null && part.isString()) {
                draft.text.read(text(part.text), false);
            }
        }
        Json experience = posting.get("experienceRequirements");
        if (experience != null && experience.isString()) {
            draft.text.read(text(experience.text), false);
        } else if (experience != null && experience.isObject() && experience.get("monthsOfExperience") != null) {
            String months = scalar(experience.get("monthsOfExperience"));
            if (months != null && months.matches("\\d+(\\.\\d+)?")) {
                int years = (int) Math.floor(Double.parseDouble(months) / 12);
                draft.text.read(years + " years of experience", false);
                draft.text.seniorityFrom = where(experience, "monthsOfExperience");
            }
        }
        Json description = posting.get("description");
        if (description != null && description.isString()) {
            draft.text.read(text(description.text), false);
        }
        return draft.build(posting, 0, "skills, qualifications, experienceRequirements and the description", options);
    }

    private static String scalar(Json value) {
        return value.isString() || value.type == Json.Type.NUMBER ? value.text.strip() : null;
    }

    private static List<String> skills(Fields fields, Json skills) {
        List<String> names = new ArrayList<>();
        if (skills == null || skills.isNull()) {
            return names;
        }
        List<Json> items = skills.isArray() ? skills.items : List.of(skills);
        for (Json item : items) {
            String text = item.isString()
                    ? item.text
                    : item.isObject()
                                    && item.get("name") != null
                                    && item.get("name").isString()
                            ? item.get("name").text
                            : null;
            if (text == null) {
                fields.problem(item, "expected a skill name or a DefinedTerm with a name, got " + item.describe());
                continue;
            }
            String plain = plain(text);
            if (plain.contains(",") || plain.contains(";") || plain.contains("\n")) {
                for (String part : plain.split("[,;\\n]")) {
                    if (!part.isBlank()) {
                        names.add(part.strip());
                    }
                }
            } else if (!plain.isBlank()) {
                names.add(plain.strip());
            }
        }
        return names;
    }

    private static String jobLocation(Fields fields, Json posting) {
        Json location = posting.get("jobLocation");
        Json type = posting.get("jobLocationType");
        List<String> places = new ArrayList<>();
        if (location != null) {
            for (Json place : location.isArray() ? location.items : List.of(location)) {
                String text = place(fields, place);
                if (text != null && !places.contains(text)) {
                    places.add(text);
                }
            }
        }
        if (type != null && type.isString() && type.text.strip().equalsIgnoreCase("TELECOMMUTE")) {
            places.add("Remote");
        }
        return places.isEmpty() ? null : String.join("; ", places);
    }

    private static String place(Fields fields, Json place) {
        if (place.isString()) {
            return plain(place.text);
        }
        if (!place.isObject()) {
            return null;
        }
        Json address = place.get("address");
        if (address != null && address.isString()) {
            return plain(address.text);
        }
        if (address == null || !address.isObject()) {
            Json name = place.get("name");
            return name != null && name.isString() ? plain(name.text) : null;
        }
        List<String> parts = new ArrayList<>();
        for (String key : List.of("addressLocality", "addressRegion", "addressCountry")) {
            Json part = address.get(key);
            String text = part == null
                    ? null
                    : part.isString()
                            ? part.text
                            : part.isObject()
                                            && part.get("name") != null
                                            && part.get("name").isString()
                                    ? part.get("name").text
                                    : null;
            if (text != null && !text.isBlank() && !parts.contains(text.strip())) {
                parts.add(plain(text));
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    // ---- web pages

    /** Whether a file is a web page, by its name or its first tag. */
    static boolean isHtml(String fileName, String text) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return true;
        }
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** Reads the JobPosting JSON-LD of a saved page; a syntax error names its line and column in the page. */
    static Imported<JobPosting> html(String source, String page, ImportOptions options) {
        Document document = Jsoup.parse(page);
        List<Json> postings = new ArrayList<>();
        int blocks = 0;
        int searchFrom = 0;
        for (Element script : document.select("script[type]")) {
            if (!script.attr("type").strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
                continue;
            }
            blocks++;
            String json = script.data();
            int offset = page.indexOf(json, searchFrom);
            int line = 1;
            int column = 1;
            if (offset >= 0) {
                searchFrom = offset + json.length();
                for (int i = 0; i < offset; i++) {
                    if (page.charAt(i) == '\n') {
                        line++;
                        column = 1;
                    } else {
                        column++;
                    }
                }
            }
            if (json.isBlank()) {
                continue;
            }
            postings.addAll(jobPostings(Json.parse(source, json, line, column)));
        }
        String lookedIn = blocks == 0
                ? "the page, which has no <script type=\"application/ld+json\"> block"
                : blocks + " <script type=\"application/ld+json\"> block" + (blocks == 1 ? "" : "s");
        return jsonLd(source, postings, lookedIn, options);
    }

    /** The text of an HTML fragment, one line per block and list item, headings marked as in Markdown. */
    static String text(String html) {
        if (!html.contains("<")) {
            return Parser.unescapeEntities(html, false);
        }
        StringBuilder out = new StringBuilder();
        append(Jsoup.parseBodyFragment(html).body(), out);
        return out.toString()
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static void append(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.text().replace('\u00a0', ' '));
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    out.append('\n');
                }
                if (tag.matches("h[1-6]") || (block && !tag.equals("li") && isOnlyBold(element))) {
                    out.append("## ").append(element.text()).append('\n');
                    continue;
                }
                if (tag.equals("li")) {
                    out.append("- ");
                }
                append(element, out);
                if (block) {
                    out.append('\n');
                }
            }
        }
    }

    private static boolean isOnlyBold(Element element) {
        if (element.children().size() != 1) {
            return false;
        }
        Element child = element.child(0);
        return (child.normalName().equals("strong") || child.normalName().equals("b"))
                && child.text().strip().equals(element.text().strip())
                && !element.text().isBlank();
    }

    /** Text with any markup and entities removed. */
    private static String plain(String text) {
        return text.contains("<") || text.contains("&")
                ? Jsoup.parse(text).text().strip()
                : text.strip();
    }

    // ---- text ads

    /** Whether a file is a plain-text or Markdown job ad, by its name. */
    static boolean isTextAd(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt")
                || lower.endsWith(".md")
                || lower.endsWith(".markdown")
                || lower.endsWith(".text");
    }

    static Imported<JobPosting> textAd(String source, String text, ImportOptions options) {
        Fields fields = new Fields(source);
        PostingDraft draft = new PostingDraft(fields, TEXT_AD);
        String[] lines = text.split("\\R");
        int firstLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String plain = line.replaceAll("^#{1,6}\\s*", "")
                    .replaceAll("^\\*\\*(.*)\\*\\*$", "$1")
                    .strip();
            Matcher label = LABEL.matcher(plain);
            if (label.matches()) {
                String key = label.group(1).toLowerCase(Locale.ROOT);
                String value = label.group(2).replaceAll("\\*+", "").strip();
                String origin = "line " + (i + 1);
                switch (key) {
                    case "company", "employer" -> draft.company(value, origin);
                    case "location" -> draft.location(value, origin);
                    default -> draft.title(value, origin);
                }
                continue;
            }
            if (firstLine == 0) {
                firstLine = i + 1;
                if (draft.title == null) {
                    Matcher at = AT.matcher(plain);
                    if (at.matches()) {
                        draft.title(at.group(1).strip(), "line " + (i + 1));
                        draft.company(at.group(2).strip(), "line " + (i + 1));
                    } else {
                        draft.title(plain, "line " + (i + 1));
                    }
                }
                continue;
            }
            Matcher about = ABOUT.matcher(line);
            if (draft.company == null && about.matches() && about.group(1).length() <= 60) {
                draft.company(about.group(1).strip(), "the heading on line " + (i + 1));
            }
        }
        draft.text.read(text, false);
        return draft.build(null, firstLine, "the text, found with Letterpress's vocabulary", options);
    }
}
