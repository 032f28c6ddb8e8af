package dev.letterpress.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads candidates, job postings and brands from YAML ({@code .yaml}, {@code .yml}) or JSON
 * ({@code .json}) files, chosen by extension. A file holds one profile, or a list of them.
 *
 * <p>Candidates and postings may also be in a format another module reads (a {@link ProfileImporter}
 * on the class path): with {@code letterpress-import}, a JSON Resume, a schema.org
 * {@code JobPosting} (JSON-LD alone or inside a saved web page) or a plain-text job ad. The format
 * is detected from the file's content, not its name; {@link ImportOptions} gives the letter's date
 * and, for postings, which one of several and the company and title the file may lack. Without
 * that module such a file gets an error naming the artifact that reads it.
 *
 * <pre>{@code
 * Candidate ada = Profiles.readCandidate(Path.of("candidates/ada.yaml"));
 * List<Candidate> cohort = Profiles.readCandidates(Path.of("candidates"));   // a folder or a list file
 * JobPosting job = Profiles.readJob(Path.of("jobs/acme.yaml"));
 * Brand brand = Profiles.readBrand(Path.of("brand.yaml"));                   // logo resolves next to it
 * }</pre>
 *
 * <p>Profiles kept elsewhere (a database, an upload) are read from a stream or a reader with their
 * {@link ProfileFormat}, or from a {@code Map} or a Jackson tree of their fields; a {@code source}
 * names them in problems:
 *
 * <pre>{@code
 * Candidate ada = Profiles.readCandidate(upload.getInputStream(), ProfileFormat.JSON, "upload ada.json");
 * JobPosting job = Profiles.readJob(Map.of("company", "Acme", "title", "Backend Engineer"), "job 17");
 * }</pre>
 *
 * <p>Every method reads the whole input and reports <em>all</em> its problems together in one
 * {@link InvalidInputException}, each naming the file, line, column and field path:
 * {@code ada.yaml 12:5 skills[2].years: expected a number, got "five"}. Unknown fields are errors
 * (with the closest known name), as are wrong types, missing required fields, values outside an
 * enum, malformed YAML/JSON, empty files and files that are not UTF-8. A top-level {@code $schema}
 * field is allowed for editors. No method returns null.
 */
public final class Profiles {
    static final Set<String> CANDIDATE_FIELDS = fields(
            "id",
            "name",
            "email",
            "phone",
            "location",
            "links",
            "headline",
            "summary",
            "seniority",
            "yearsExperience",
            "transitioningFrom",
            "skills",
            "achievements",
            "projects");
    static final Set<String> LINKS_FIELDS = fields("github", "linkedin", "website");
    static final Set<String> SKILL_FIELDS = fields("name", "category", "years", "evidence");
    static final Set<String> ACHIEVEMENT_FIELDS = fields("text", "skills", "metrics");
    static final Set<String> METRIC_FIELDS = fields("kind", "value", "unit", "before", "after");
    static final Set<String> PROJECT_FIELDS = fields("name", "summary", "skills", "link", "metrics");
    static final Set<String> JOB_FIELDS = fields(
            "id",
            "company",
            "title",
            "seniority",
            "location",
            "hiringManager",
            "requiredSkills",
            "niceToHave",
            "keywords",
            "url",
            "reference");
    static final Set<String> BRAND_FIELDS = fields(
            "name",
            "logo",
            "primaryColor",
            "accentColor",
            "font",
            "pageSize",
            "margins",
            "footer",
            "locale",
            "fallbackFonts");
    static final Set<String> MARGIN_FIELDS = fields("top", "right", "bottom", "left");

    private Profiles() {}

    private static Set<String> fields(String... names) {
        return new LinkedHashSet<>(Arrays.asList(names));
    }

    /**
     * Reads one candidate.
     *
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} file holding one candidate
     * @return the candidate
     * @throws InvalidInputException listing every problem found
     */
    public static Candidate readCandidate(Path file) {
        return readCandidate(file, ImportOptions.DEFAULTS);
    }

    /**
     * Reads one candidate in any supported format, detected from the file's content: Letterpress's
     * YAML or JSON, or a format of a {@link ProfileImporter} on the class path (JSON Resume).
     *
     * <pre>{@code
     * Candidate richard = Profiles.readCandidate(Path.of("resume.json"),
     *         ImportOptions.builder().date(LocalDate.of(2026, 3, 1)).build());
     * }</pre>
     *
     * @param file    the candidate's file
     * @param options the letter's date (work still going on counts up to it)
     * @return the candidate
     * @throws InvalidInputException listing every problem found
     */
    public static Candidate readCandidate(Path file, ImportOptions options) {
        return single(file, readFile(file, Profiles::candidate, "candidate", Foreign.candidate(options)), "candidate");
    }

    /**
     * Reads every candidate in a folder (its {@code .yaml}, {@code .yml} and {@code .json} files, not
     * sub-folders, in name order) or in one file that holds one candidate or a list. Ids must be
     * unique: a duplicate names both files.
     *
     * @param fileOrDirectory a folder or a file
     * @return the candidates in file order; never empty
     * @throws InvalidInputException listing every problem found in every file
     */
    public static List<Candidate> readCandidates(Path fileOrDirectory) {
        return readCandidates(fileOrDirectory, ImportOptions.DEFAULTS);
    }

    /**
     * Reads every candidate in a folder or list file, like {@link #readCandidates(Path)}, each file
     * in any supported format ({@link #readCandidate(Path, ImportOptions)}).
     *
     * @param fileOrDirectory a folder or a file
     * @param options         the letter's date
     * @return the candidates in file order; never empty
     * @throws InvalidInputException listing every problem found in every file
     */
    public static List<Candidate> readCandidates(Path fileOrDirectory, ImportOptions options) {
        List<Problem> problems = new ArrayList<>();
        List<Located<Candidate>> all = new ArrayList<>();
        for (Path file : profileFiles(fileOrDirectory, "candidate", problems)) {
            try {
                all.addAll(readFile(file, Profiles::candidate, "candidate", Foreign.candidate(options)));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        return unique(all, problems);
    }

    /** The candidates, when their ids are unique and nothing else is wrong; else every problem. */
    private static List<Candidate> unique(List<Located<Candidate>> all, List<Problem> problems) {
        Map<String, Located<Candidate>> byId = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Located<Candidate> c : all) {
            Located<Candidate> first = byId.putIfAbsent(c.value().id(), c);
            if (first != null) {
                problems.add(new Problem(
                        c.source(),
                        c.line(),
                        c.column(),
                        c.path("id"),
                        "duplicate candidate id \"" + c.value().id() + "\", also in " + first.source() + " line "
                                + first.line()));
            } else {
                candidates.add(c.value());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return List.copyOf(candidates);
    }

    /**
     * Reads one job posting.
     *
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} file holding one posting
     * @return the posting
     * @throws InvalidInputException listing every problem found
     */
    public static JobPosting readJob(Path file) {
        return readJob(file, ImportOptions.DEFAULTS);
    }

    /**
     * Reads one job posting in any supported format, detected from the file's content:
     * Letterpress's YAML or JSON, or a format of a {@link ProfileImporter} on the class path (a JSON
     * Resume job, schema.org {@code JobPosting} JSON-LD, a saved web page holding it, a text ad).
     *
     * <pre>{@code
     * JobPosting job = Profiles.readJob(Path.of("posting.html"), ImportOptions.builder().index(2).build());
     * }</pre>
     *
     * @param file    the posting's file
     * @param options which posting of several, and the company and title when the file lacks them
     * @return the posting
     * @throws InvalidInputException listing every problem found
     */
    public static JobPosting readJob(Path file, ImportOptions options) {
        return single(file, readFile(file, Profiles::job, "posting", Foreign.job(options)), "posting");
    }

    /**
     * Reads every posting in a folder or in one file that holds one posting or a list.
     *
     * @param fileOrDirectory a folder or a file
     * @return the postings in file order; never empty
     * @throws InvalidInputException listing every problem found in every file
     */
    public static List<JobPosting> readJobs(Path fileOrDirectory) {
        List<Problem> problems = new ArrayList<>();
        List<JobPosting> jobs = new ArrayList<>();
        for (Path file : profileFiles(fileOrDirectory, "posting", problems)) {
            try {
                readFile(file, Profiles::job, "posting", Foreign.job(ImportOptions.DEFAULTS))
                        .forEach(j -> jobs.add(j.value()));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return List.copyOf(jobs);
    }

    /**
     * Reads a brand. Relative paths inside it (logo, font, fallback fonts) resolve against the
     * folder of the brand file; each must exist, and the logo must be a PNG or JPEG image.
     *
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} brand file
     * @return the brand; fields it omits take the values of {@link Brand#defaults()}
     * @throws InvalidInputException listing every problem found
     */
    public static Brand readBrand(Path file) {
        Path base = file.toAbsolutePath().getParent();
        return single(
                file,
                readFile(file, (binder, node, path) -> new BrandReader(binder, base).read(node, path), "brand", null),
                "brand");
    }

    // ---- in memory

    /**
     * Reads one candidate from a stream of UTF-8 text (a BOM is dropped), for profiles kept in a
     * database or uploaded: the same checks and messages as for a file, located in {@code source}.
     *
     * <pre>{@code
     * Candidate ada = Profiles.readCandidate(upload.getInputStream(), ProfileFormat.YAML, "upload ada.yaml");
     * }</pre>
     *
     * @param in     the text; read to its end (at most 4 MB), not closed
     * @param format how it is written
     * @param source what to call it in problems, e.g. a file name or "candidate 42"
     * @return the candidate
     * @throws InvalidInputException listing every problem found, or when the stream cannot be read
     */
    public static Candidate readCandidate(InputStream in, ProfileFormat format, String source) {
        return single(source, readStream(in, format, source, Profiles::candidate, "candidate"), "candidate");
    }

    /**
     * Reads one candidate from text.
     *
     * @param in     the text; read to its end (at most 4 MB of characters), not closed
     * @param format how it is written
     * @param source what to call it in problems
     * @return the candidate
     * @throws InvalidInputException listing every problem found, or when the reader fails
     */
    public static Candidate readCandidate(Reader in, ProfileFormat format, String source) {
        return single(source, readText(in, format, source, Profiles::candidate, "candidate"), "candidate");
    }

    /**
     * Reads one or a list of candidates from text; ids must be unique.
     *
     * @param in     the text; read to its end (at most 4 MB of characters), not closed
     * @param format how it is written
     * @param source what to call it in problems
     * @return the candidates in order; never empty
     * @throws InvalidInputException listing every problem found, or when the reader fails
     */
    public static List<Candidate> readCandidates(Reader in, ProfileFormat format, String source) {
        return unique(readText(in, format, source, Profiles::candidate, "candidate"), new ArrayList<>());
    }

    /**
     * Reads one candidate from values held in memory: a map of its fields whose values are texts,
     * numbers, booleans, lists and maps (as a JSON library or a database row gives them). The
     * checks and messages are those of a file, without line numbers:
     * {@code candidate 42 skills[0].years: must not be negative (was -1)}.
     *
     * @param fields the candidate's fields, by their profile names ({@code yearsExperience}, …)
     * @param source what to call it in problems
     * @return the candidate
     * @throws InvalidInputException listing every problem found
     */
    public static Candidate readCandidate(Map<String, ?> fields, String source) {
        return single(source, readValue(fields, source, Profiles::candidate, "candidate"), "candidate");
    }

    /**
     * Reads one candidate from a Jackson tree.
     *
     * @param tree   an object node with the candidate's fields
     * @param source what to call it in problems
     * @return the candidate
     * @throws InvalidInputException listing every problem found
     */
    public static Candidate readCandidate(JsonNode tree, String source) {
        return single(source, readValue(tree, source, Profiles::candidate, "candidate"), "candidate");
    }

    /**
     * Reads one job posting from a stream of UTF-8 text.
     *
     * @param in     the text; read to its end (at most 4 MB), not closed
     * @param format how it is written
     * @param source what to call it in problems
     * @return the posting
     * @throws InvalidInputException listing every problem found, or when the stream cannot be read
     */
    public static JobPosting readJob(InputStream in, ProfileFormat format, String source) {
        return single(source, readStream(in, format, source, Profiles::job, "posting"), "posting");
    }

    /**
     * Reads one job posting from text.
     *
     * @param in     the text; read to its end (at most 4 MB of characters), not closed
     * @param format how it is written
     * @param source what to call it in problems
     * @return the posting
     * @throws InvalidInputException listing every problem found, or when the reader fails
     */
    public static JobPosting readJob(Reader in, ProfileFormat format, String source) {
        return single(source, readText(in, format, source, Profiles::job, "posting"), "posting");
    }

    /**
     * Reads one job posting from values held in memory (see {@link #readCandidate(Map, String)}).
     *
     * @param fields the posting's fields, by their profile names ({@code requiredSkills}, …)
     * @param source what to call it in problems
     * @return the posting
     * @throws InvalidInputException listing every problem found
     */
    public static JobPosting readJob(Map<String, ?> fields, String source) {
        return single(source, readValue(fields, source, Profiles::job, "posting"), "posting");
    }

    /**
     * Reads one job posting from a Jackson tree.
     *
     * @param tree   an object node with the posting's fields
     * @param source what to call it in problems
     * @return the posting
     * @throws InvalidInputException listing every problem found
     */
    public static JobPosting readJob(JsonNode tree, String source) {
        return single(source, readValue(tree, source, Profiles::job, "posting"), "posting");
    }

    private static <T> List<Located<T>> readStream(
            InputStream in, ProfileFormat format, String source, ElementReader<T> reader, String what) {
        String name = Checks.required("Profiles", "source", source);
        List<Problem> problems = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = in.readNBytes(TreeReader.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(Problem.of(name, "cannot be read: " + e.getMessage())), e);
        }
        TreeReader trees = new TreeReader(name, problems);
        String text = trees.decode(bytes);
        return bind(name, problems, text == null ? null : trees.parse(text, format.syntax()), reader, what);
    }

    private static <T> List<Located<T>> readText(
            Reader in, ProfileFormat format, String source, ElementReader<T> reader, String what) {
        String name = Checks.required("Profiles", "source", source);
        List<Problem> problems = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n = in.read(buffer); n >= 0 && text.length() <= TreeReader.MAX_BYTES; n = in.read(buffer)) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new InvalidInputException(List.of(Problem.of(name, "cannot be read: " + e.getMessage())), e);
        }
        if (text.length() > TreeReader.MAX_BYTES) {
            throw new InvalidInputException(
                    Problem.of(name, "is too large (more than " + TreeReader.MAX_BYTES / 1024 / 1024 + " MB)"));
        }
        String content = text.length() > 0 && text.charAt(0) == '\uFEFF' ? text.substring(1) : text.toString();
        return bind(name, problems, new TreeReader(name, problems).parse(content, format.syntax()), reader, what);
    }

    private static <T> List<Located<T>> readValue(Object value, String source, ElementReader<T> reader, String what) {
        String name = Checks.required("Profiles", "source", source);
        List<Problem> problems = new ArrayList<>();
        return bind(name, problems, new ValueTree(name, problems).of(value), reader, what);
    }

    // ---- files

    private static List<Path> profileFiles(Path fileOrDirectory, String what, List<Problem> problems) {
        if (!Files.isDirectory(fileOrDirectory)) {
            return List.of(fileOrDirectory);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(fileOrDirectory)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)
                        && TreeReader.Syntax.of(entry.getFileName().toString()) != null) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            problems.add(Problem.of(fileOrDirectory.toString(), "folder cannot be read: " + e.getMessage()));
            return List.of();
        }
        if (files.isEmpty()) {
            problems.add(Problem.of(
                    fileOrDirectory.toString(), "no " + what + " files (.yaml, .yml, .json) in this folder"));
        }
        files.sort(null);
        return files;
    }

    /** A value read from a file, with where it started. */
    record Located<T>(T value, String source, int line, int column, String basePath) {
        String path(String key) {
            return Binder.join(basePath, key);
        }
    }

    /** Reads one element of a profile file. */
    @FunctionalInterface
    interface ElementReader<T> {
        T read(Binder binder, Node node, String path);
    }

    private static <T> List<Located<T>> readFile(Path file, ElementReader<T> reader, String what, Foreign<T> foreign) {
        String source = file.toString();
        List<Problem> problems = new ArrayList<>();
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
        TreeReader.Syntax syntax = TreeReader.Syntax.of(fileName);
        if (syntax == null && foreign == null) {
            throw new InvalidInputException(
                    Problem.of(source, "unsupported file type; a " + what + " file ends in .yaml, .yml or .json"));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(TreeReader.MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(Problem.of(source, "file not found")), e);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(Problem.of(source, "cannot be read: " + e.getMessage())), e);
        }
        TreeReader trees = new TreeReader(source, problems);
        String text = trees.decode(bytes);
        if (text != null && foreign != null) {
            T value = foreign.read(fileName, source, text);
            if (value != null) {
                return List.of(new Located<>(value, source, 1, 1, ""));
            }
            if (syntax == null) {
                throw new InvalidInputException(Problem.of(
                        source,
                        "unsupported file type; a " + what + " file ends in .yaml, .yml or .json"
                                + ProfileFormats.supported(what)));
            }
        }
        return bind(source, problems, text == null ? null : trees.parse(text, syntax), reader, what);
    }

    /** Binds a parsed tree (null when parsing failed) to values; throws every problem found. */
    private static <T> List<Located<T>> bind(
            String source, List<Problem> problems, Node root, ElementReader<T> reader, String what) {
        List<Located<T>> values = new ArrayList<>();
        if (root != null) {
            Binder binder = new Binder(source, problems);
            if (root instanceof Node.ArrayNode array) {
                if (array.items().isEmpty()) {
                    problems.add(new Problem(source, root.line(), root.column(), null, "the list holds no " + what));
                }
                for (int i = 0; i < array.items().size(); i++) {
                    Node item = array.items().get(i);
                    String path = "[" + i + "]";
                    T value = reader.read(binder, item, path);
                    if (value != null) {
                        values.add(new Located<>(value, source, item.line(), item.column(), path));
                    }
                }
            } else {
                T value = reader.read(binder, root, "");
                if (value != null) {
                    values.add(new Located<>(value, source, root.line(), root.column(), ""));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new InvalidInputException(problems);
        }
        return values;
    }

    /** Reads a file in a format of a {@link ProfileImporter}, or returns null when none reads it. */
    @FunctionalInterface
    private interface Foreign<T> {
        T read(String fileName, String source, String text);

        static Foreign<Candidate> candidate(ImportOptions options) {
            ImportOptions o = options == null ? ImportOptions.DEFAULTS : options;
            return (fileName, source, text) -> {
                ProfileImporter format = ProfileFormats.forCandidate(fileName, source, text);
                return format == null ? null : format.readCandidate(source, text, o);
            };
        }

        static Foreign<JobPosting> job(ImportOptions options) {
            ImportOptions o = options == null ? ImportOptions.DEFAULTS : options;
            return (fileName, source, text) -> {
                ProfileImporter format = ProfileFormats.forJob(fileName, source, text);
                return format == null ? null : format.readJob(source, text, o);
            };
        }
    }

    private static <T> T single(Path file, List<Located<T>> values, String what) {
        return single(file.toString(), values, what);
    }

    private static <T> T single(String source, List<Located<T>> values, String what) {
        if (values.size() != 1) {
            throw new InvalidInputException(
                    Problem.of(source, "holds " + values.size() + " " + what + " entries; expected exactly one here"));
        }
        return values.get(0).value();
    }

    // ---- candidates

    private static Candidate candidate(Binder binder, Node node, String path) {
        Binder.Obj o = binder.object(node, path, CANDIDATE_FIELDS);
        if (o == null) {
            return null;
        }
        String id = o.requiredText("id");
        String name = o.requiredText("name");
        String email = o.email("email");
        String phone = o.text("phone");
        String location = o.text("location");
        Links links = links(binder, o);
        String headline = o.text("headline");
        String summary = o.text("summary");
        Seniority seniority = o.choice("seniority", Seniority::parse, Seniority.ids());
        Double years = o.years("yearsExperience");
        String transitioningFrom = o.text("transitioningFrom");
        List<Skill> skills = o.list("skills", (n, p) -> skill(binder, n, p));
        List<Achievement> achievements = o.list("achievements", (n, p) -> achievement(binder, n, p));
        List<Project> projects = o.list("projects", (n, p) -> project(binder, n, p));
        if (id == null || name == null) {
            return null;
        }
        return binder.build(
                node,
                path,
                () -> new Candidate(
                        id,
                        name,
                        email,
                        phone,
                        location,
                        links,
                        headline,
                        summary,
                        seniority,
                        years,
                        transitioningFrom,
                        skills,
                        achievements,
                        projects));
    }

    private static Links links(Binder binder, Binder.Obj parent) {
        Node node = parent.value("links");
        if (node == null) {
            return Links.NONE;
        }
        Binder.Obj o = binder.object(node, parent.pathOf("links"), LINKS_FIELDS);
        if (o == null) {
            return Links.NONE;
        }
        String github = o.url("github");
        String linkedin = o.url("linkedin");
        String website = o.url("website");
        return new Links(github, linkedin, website);
    }

    private static Skill skill(Binder binder, Node node, String path) {
        if (node instanceof Node.ScalarNode scalar && scalar.kind() == Node.ScalarNode.Kind.STRING) {
            return binder.build(node, path, () -> new Skill(scalar.text(), null, null, null));
        }
        Binder.Obj o = binder.object(node, path, SKILL_FIELDS);
        if (o == null) {
            return null;
        }
        String name = o.requiredText("name");
        SkillCategory category = o.choice("category", SkillCategory::parse, SkillCategory.ids());
        Double years = o.years("years");
        String evidence = o.text("evidence");
        return name == null ? null : binder.build(node, path, () -> new Skill(name, category, years, evidence));
    }

    private static Achievement achievement(Binder binder, Node node, String path) {
        Binder.Obj o = binder.object(node, path, ACHIEVEMENT_FIELDS);
        if (o == null) {
            return null;
        }
        String text = o.requiredText("text");
        List<String> skills = o.words("skills");
        List<Metric> metrics = o.list("metrics", (n, p) -> metric(binder, n, p));
        return text == null ? null : binder.build(node, path, () -> new Achievement(text, skills, metrics));
    }

    private static Metric metric(Binder binder, Node node, String path) {
        Binder.Obj o = binder.object(node, path, METRIC_FIELDS);
        if (o == null) {
            return null;
        }
        MetricKind kind = o.choice("kind", MetricKind::parse, MetricKind.ids());
        if (kind == null && o.value("kind") == null) {
            o.missingOrEmpty("kind");
        }
        Double value = o.figure("value");
        String unit = o.text("unit");
        Double before = o.figure("before");
        Double after = o.figure("after");
        boolean figureReported = o.value("value") != null && value == null
                || o.value("before") != null && before == null
                || o.value("after") != null && after == null;
        String figures = Metric.figuresProblem(value, before, after);
        if (figures != null && !figureReported) {
            binder.problem(node, path, figures);
            return null;
        }
        if (kind == null || figures != null) {
            return null;
        }
        return binder.build(node, path, () -> new Metric(kind, value, unit, before, after));
    }

    private static Project project(Binder binder, Node node, String path) {
        Binder.Obj o = binder.object(node, path, PROJECT_FIELDS);
        if (o == null) {
            return null;
        }
        String name = o.requiredText("name");
        String summary = o.text("summary");
        List<String> skills = o.words("skills");
        String link = o.url("link");
        List<Metric> metrics = o.list("metrics", (n, p) -> metric(binder, n, p));
        return name == null ? null : binder.build(node, path, () -> new Project(name, summary, skills, link, metrics));
    }

    // ---- postings

    private static JobPosting job(Binder binder, Node node, String path) {
        Binder.Obj o = binder.object(node, path, JOB_FIELDS);
        if (o == null) {
            return null;
        }
        String id = o.text("id");
        String company = o.requiredText("company");
        String title = o.requiredText("title");
        Seniority seniority = o.choice("seniority", Seniority::parse, Seniority.ids());
        String location = o.text("location");
        String hiringManager = o.text("hiringManager");
        List<String> required = o.words("requiredSkills");
        List<String> nice = o.words("niceToHave");
        List<String> keywords = o.words("keywords");
        String url = o.url("url");
        String reference = o.text("reference");
        if (company == null || title == null) {
            return null;
        }
        return binder.build(
                node,
                path,
                () -> new JobPosting(
                        id,
                        company,
                        title,
                        seniority,
                        location,
                        hiringManager,
                        required,
                        nice,
                        keywords,
                        url,
                        reference));
    }

    /** Brand fields, with paths resolved against the brand file's folder. */
    private static final class BrandReader {
        private final Binder binder;
        private final Path base;

        BrandReader(Binder binder, Path base) {
            this.binder = binder;
            this.base = base;
        }

        Brand read(Node node, String path) {
            Binder.Obj o = binder.object(node, path, BRAND_FIELDS);
            if (o == null) {
                return null;
            }
            Brand d = Brand.defaults();
            String name = o.requiredText("name");
            Path logo = image(o, "logo");
            RgbColor primary = color(o, "primaryColor", d.primaryColor());
            RgbColor accent = color(o, "accentColor", d.accentColor());
            String font = o.text("font");
            Path fontFile = null;
            boolean familyName = font != null && !isFontFile(font);
            if (font != null && isFontFile(font)) {
                fontFile = existing(o, "font", font);
                String fileName = Path.of(font).getFileName().toString();
                font = fileName.substring(0, fileName.lastIndexOf('.'));
            }
            PageSize pageSize = o.choice("pageSize", PageSize::parse, PageSize.ids());
            Margins margins = margins(o, d.margins());
            String footer = o.text("footer");
            Locale locale = locale(o, d.locale());
            List<Path> fallbacks = o.list("fallbackFonts", (n, p) -> {
                if (n instanceof Node.ScalarNode s && s.kind() == Node.ScalarNode.Kind.STRING) {
                    Path resolved = base.resolve(s.text().strip()).normalize();
                    if (!Files.isRegularFile(resolved)) {
                        binder.problem(
                                n,
                                p,
                                (Files.exists(resolved) ? "not a regular file: " : "font file not found: ") + resolved);
                        return null;
                    }
                    return resolved;
                }
                binder.problem(n, p, "expected the path of a TrueType font file, got " + n.describe());
                return null;
            });
            if (familyName && FontFamilies.bundled(font).isEmpty() && fallbacks.isEmpty()) {
                String hint = Suggestions.closest(font, FontFamilies.names())
                        .map(c -> "did you mean \"" + c + "\"? ")
                        .orElse("");
                o.problem(
                        "font",
                        "unknown font family \"" + font + "\"; " + hint + "the families on offer: "
                                + FontFamilies.offer() + "; or give the path of a .ttf or .otf file, or fallbackFonts"
                                + " for a family installed where the letters are read");
            }
            if (name == null) {
                return null;
            }
            String family = font == null ? d.font() : font;
            Path file = fontFile;
            return binder.build(
                    node,
                    path,
                    () -> new Brand(
                            name,
                            logo,
                            primary,
                            accent,
                            family,
                            file,
                            pageSize == null ? d.pageSize() : pageSize,
                            margins,
                            footer,
                            locale,
                            fallbacks));
        }

        private static boolean isFontFile(String font) {
            String lower = font.toLowerCase(Locale.ROOT);
            return lower.endsWith(".ttf") || lower.endsWith(".otf");
        }

        private Path existing(Binder.Obj o, String key, String relative) {
            Path resolved = base.resolve(relative).normalize();
            if (!Files.isRegularFile(resolved)) {
                o.problem(key, (Files.exists(resolved) ? "not a regular file: " : "file not found: ") + resolved);
                return null;
            }
            return resolved;
        }

        private Path image(Binder.Obj o, String key) {
            String text = o.text(key);
            if (text == null) {
                return null;
            }
            Path file = existing(o, key, text);
            if (file == null) {
                return null;
            }
            try {
                LogoImage.read(file);
            } catch (InvalidInputException e) {
                o.problem(key, e.problems().get(0).message() + ": " + file);
                return null;
            }
            return file;
        }

        private RgbColor color(Binder.Obj o, String key, RgbColor fallback) {
            String text = o.text(key);
            if (text == null) {
                if (o.has(key)) {
                    o.problem(
                            key,
                            "is empty; in YAML a colour must be quoted, because # starts a comment: " + key
                                    + ": \"#1F3A5F\"");
                }
                return fallback;
            }
            String problem = Checks.colorProblem(text);
            if (problem != null) {
                o.problem(key, problem + ", got \"" + text + "\"");
                return fallback;
            }
            return RgbColor.parse(text);
        }

        private Margins margins(Binder.Obj o, Margins fallback) {
            Node node = o.value("margins");
            if (node == null) {
                return fallback;
            }
            if (node instanceof Node.ObjectNode) {
                Binder.Obj m = binder.object(node, o.pathOf("margins"), MARGIN_FIELDS);
                double[] sides = {fallback.top(), fallback.right(), fallback.bottom(), fallback.left()};
                String[] names = MARGIN_FIELDS.toArray(new String[0]);
                for (int i = 0; i < names.length; i++) {
                    Double mm = m.number(names[i]);
                    if (mm != null) {
                        String problem = Margins.problem(mm);
                        if (problem != null) {
                            m.problem(names[i], problem + " (was " + Checks.show(mm) + ")");
                        } else {
                            sides[i] = mm;
                        }
                    }
                }
                return new Margins(sides[0], sides[1], sides[2], sides[3]);
            }
            Double mm = o.number("margins");
            if (mm == null) {
                return fallback;
            }
            String problem = Margins.problem(mm);
            if (problem != null) {
                o.problem("margins", problem + " (was " + Checks.show(mm) + ")");
                return fallback;
            }
            return Margins.all(mm);
        }

        private Locale locale(Binder.Obj o, Locale fallback) {
            String text = o.text("locale");
            if (text == null) {
                return fallback;
            }
            Locale locale = Locale.forLanguageTag(text.replace('_', '-'));
            if (locale.getLanguage().isEmpty()
                    || !Arrays.asList(Locale.getISOLanguages()).contains(locale.getLanguage())) {
                o.problem("locale", "expected a language tag such as en-US, en-GB or de-DE, got \"" + text + "\"");
                return fallback;
            }
            return locale;
        }
    }
}
