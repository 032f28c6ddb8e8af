package dev.letterpress.compose;

import dev.letterpress.model.Candidate;
import dev.letterpress.model.Digests;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Problem;
import dev.letterpress.model.QuietLogging;
import dev.letterpress.model.Recipient;
import dev.letterpress.model.Sender;
import dev.letterpress.model.Seniority;
import dev.letterpress.model.Signature;
import dev.letterpress.model.Suggestions;
import dev.letterpress.text.Synonyms;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * Composes tailored cover letters: a {@link Candidate} and a {@link JobPosting} in, a
 * {@link Letter} out, through a Thymeleaf template chosen for the situation. The letter selects,
 * orders and phrases what the profile holds for this posting; it never adds a fact, and a field the
 * profile lacks removes its sentence or section rather than leaving a placeholder.
 *
 * <pre>{@code
 * Composer composer = Composer.builder()
 *         .date(LocalDate.of(2026, 3, 2))            // default: today, read once by build()
 *         .templatesDirectory(Path.of("templates"))  // optional: user templates override or add
 *         .build();                                  // checks every template; throws on problems
 * Letter letter = composer.compose(candidate, job);              // template chosen automatically
 * Letter brief = composer.compose(candidate, job, Composer.CONCISE);
 * }</pre>
 *
 * <p>Built once, a composer is immutable and thread-safe: its template engine and parsed templates
 * are shared by every call. The same inputs and date always give an equal {@code Letter}.
 *
 * <p>Templates are XML documents rooted at {@code <letter description="…">} that use a small
 * vocabulary ({@code subject}, {@code salutation}, {@code h2}, {@code p}, {@code ul}/{@code li},
 * {@code strong}, {@code em}, {@code a href}, {@code closing}) and the variables listed in
 * {@code dev/letterpress/compose/template-variables.md} (see also {@link dev.letterpress.compose.view}).
 * Profile text reaches a template only as escaped variables: it is never evaluated as an expression
 * or read as markup.
 */
public final class Composer {
    static {
        // Thymeleaf logs through SLF4J: started silently when the application binds no logger
        QuietLogging.start();
    }

    /** The built-in template for an experienced backend engineer. */
    public static final String EXPERIENCED = "experienced";
    /** The built-in template for a developer with about two years aiming at a mid-level role. */
    public static final String JUNIOR_TO_MID = "junior-to-mid";
    /** The built-in template for a frontend developer moving to backend. */
    public static final String FRONTEND_TO_BACKEND = "frontend-to-backend";
    /** The built-in short letter of three paragraphs, for postings that ask for brevity. */
    public static final String CONCISE = "concise";
    /** The default number of skills a letter shows at most. */
    public static final int DEFAULT_MAX_SKILLS = 6;
    /** The most skills a letter can be asked to show. */
    public static final int MAX_SKILLS_LIMIT = 20;
    /** Years of experience up to which a candidate applying to a mid-level or higher role is "junior". */
    static final double JUNIOR_YEARS = 3;

    private static final Pattern DOUBLE_STOP = Pattern.compile("(?<!\\.)([.!?])\\.(?!\\.)");
    private static final Pattern TEMPLATE_SUFFIX = Pattern.compile("\\s*\\(template: .*\\)\\s*$", Pattern.DOTALL);

    private final Map<String, TemplateSource> templates;
    private final TemplateEngine engine;
    private final Tailor tailor;
    private final FactCheck factCheck;
    private final LocalDate date;
    private final String fingerprint;
    private final RenderLimits limits;

    private Composer(
            Map<String, TemplateSource> templates,
            Tailor tailor,
            LocalDate date,
            String settings,
            RenderLimits limits) {
        this.templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
        this.tailor = tailor;
        this.factCheck = new FactCheck(tailor.lexicon());
        this.date = date;
        this.fingerprint = fingerprint(this.templates, date, settings);
        this.limits = limits;
        TemplateEngine e = new TemplateEngine();
        e.setTemplateResolver(new SourceResolver(this.templates));
        e.setEngineContextFactory(new RenderBudget.Factory());
        this.engine = e;
    }

    /**
     * Starts a builder with the defaults: built-in templates, today's date, at most
     * {@value #DEFAULT_MAX_SKILLS} skills, the built-in synonym table.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Composes a letter with the template {@link #chooseTemplate(Candidate, JobPosting)} picks.
     *
     * @param candidate the candidate; never null
     * @param job       the posting; never null
     * @return the letter, recording the template's name
     * @throws InvalidInputException when a text the letter needs has no printable character, or a
     *                               user template fails on this profile (naming file and line)
     */
    public Letter compose(Candidate candidate, JobPosting job) {
        return compose(candidate, job, null);
    }

    /**
     * Composes a letter with a named template, or the automatic choice when the name is null or
     * blank.
     *
     * @param candidate the candidate; never null
     * @param job       the posting; never null
     * @param template  a template name from {@link #templates()}, or null
     * @return the letter, recording the template's name
     * @throws InvalidInputException when the template is unknown (naming the closest known name), a
     *                               text the letter needs has no printable character, or a user
     *                               template fails on this profile
     */
    public Letter compose(Candidate candidate, JobPosting job, String template) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(job, "job");
        String name = template == null || template.isBlank() ? chooseTemplate(candidate, job) : resolve(template);
        return letter(candidate, job, name, tailor.tailor(candidate, job));
    }

    /**
     * Composes a letter as {@link #compose(Candidate, JobPosting, String)} does, with where each of
     * its sentences came from (the input fields behind it, see {@link SentenceSource}), and runs the
     * fact check on it: every figure traces to an input value, no figure is said twice in a sentence,
     * every technology named is in the profile or the posting, skills keep the profile's spelling,
     * punctuation is neither doubled nor stray, brackets and quotes are balanced. A finding means a
     * bug (in Letterpress or a user template): callers show it as a warning.
     *
     * @param candidate the candidate; never null
     * @param job       the posting; never null
     * @param template  a template name from {@link #templates()}, or null for the automatic choice
     * @return the letter with its sentences' sources and the fact check's findings
     * @throws InvalidInputException as {@link #compose(Candidate, JobPosting, String)} does
     */
    public Composition composition(Candidate candidate, JobPosting job, String template) {
        Letter letter = compose(candidate, job, template);
        return new Composition(letter, Provenance.of(letter, candidate, job), factCheck.check(letter, candidate, job));
    }

    /**
     * Runs the fact check of {@link #composition} on a letter this composer made, without working
     * out where each sentence came from: what a batch needs for every row.
     *
     * <pre>{@code
     * Letter letter = composer.compose(candidate, job);
     * composer.factCheck(letter, candidate, job).forEach(f -> log.warn("fact check: " + f));
     * }</pre>
     *
     * @param letter    a letter composed from {@code candidate} and {@code job}; never null
     * @param candidate the candidate it was made from; never null
     * @param job       the posting it was made from; never null
     * @return one message per finding, as {@link Composition#factFindings()} holds them; empty when
     *         the letter passes; unmodifiable
     */
    public List<String> factCheck(Letter letter, Candidate candidate, JobPosting job) {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(job, "job");
        return factCheck.check(letter, candidate, job);
    }

    private Letter letter(Candidate candidate, JobPosting job, String name, TemplateModel model) {
        LetterXml.Body body = body(templates.get(name), model);
        var links = candidate.links();
        return Letter.builder()
                .sender(new Sender(
                        model.candidate().name(),
                        model.headline(),
                        candidate.email(),
                        model.candidate().phone(),
                        model.candidate().location(),
                        links))
                .recipient(new Recipient(
                        model.job().hiringManager(),
                        model.company(),
                        model.job().title(),
                        model.job().location(),
                        model.job().reference()))
                .date(date)
                .subject(body.subject())
                .salutation(body.salutation())
                .blocks(body.blocks())
                .closing(body.closing())
                .signature(new Signature(
                        model.candidate().name(),
                        candidate.email(),
                        model.candidate().phone(),
                        links.code()))
                .template(name)
                .build();
    }

    /**
     * The template the automatic choice takes: {@value #FRONTEND_TO_BACKEND} when the candidate
     * moves from frontend; {@value #JUNIOR_TO_MID} when the candidate is junior (the profile says so,
     * or has at most three years of experience), whatever level the posting asks for: a junior
     * applying to a junior role is not an experienced engineer; {@value #EXPERIENCED} otherwise.
     * {@value #CONCISE} is never chosen automatically.
     *
     * @param candidate the candidate; never null
     * @param job       the posting; never null
     * @return a template name
     */
    public String chooseTemplate(Candidate candidate, JobPosting job) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(job, "job");
        String from = candidate.transitioningFrom();
        if (from != null && Synonyms.key(from).startsWith("frontend")) {
            return FRONTEND_TO_BACKEND;
        }
        Double years = candidate.yearsExperience();
        boolean junior = candidate.seniority() == Seniority.JUNIOR || (years != null && years <= JUNIOR_YEARS);
        return junior ? JUNIOR_TO_MID : EXPERIENCED;
    }

    /**
     * The templates this composer knows: the built-in ones (replaced by a user's file of the same
     * name), then the user's own, by name.
     *
     * @return the templates; unmodifiable
     */
    public List<TemplateInfo> templates() {
        return templates.values().stream()
                .map(t -> new TemplateInfo(t.name(), t.description(), t.file()))
                .toList();
    }

    /**
     * A digest of everything that shapes this composer's letters besides the profile and the
     * posting: the templates' text, the date, the skill limit and the extra synonyms. Two composers
     * with the same fingerprint compose equal letters from equal inputs; a batch uses it to tell
     * whether a row must be done again on {@code --resume}.
     *
     * @return a hex SHA-256 digest
     */
    public String fingerprint() {
        return fingerprint;
    }

    private static String fingerprint(Map<String, TemplateSource> templates, LocalDate date, String settings) {
        java.security.MessageDigest digest = Digests.sha256();
        digest.update((date + "|" + settings).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (TemplateSource t : templates.values()) {
            digest.update(("|" + t.name() + "=" + t.text()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The date every letter of this composer carries.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Checks a folder of user templates as {@link Builder#build()} would, without throwing: XML
     * syntax, the element vocabulary, the safe Thymeleaf attributes, every variable and property
     * name (with the closest known one), and a trial composition with two sample profiles.
     *
     * @param directory the folder of {@code *.xml} templates
     * @return every problem found, each with file, line, column and the element or variable; empty
     *         when the templates are good
     */
    public static List<Problem> checkTemplates(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return builder().templatesDirectory(directory).prepare().problems();
    }

    /**
     * Checks a folder of user templates and throws when anything is wrong.
     *
     * @param directory the folder of {@code *.xml} templates
     * @throws InvalidInputException listing every problem of {@link #checkTemplates(Path)}
     */
    public static void requireValidTemplates(Path directory) {
        List<Problem> problems = checkTemplates(directory);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    // ---- internals

    private String resolve(String template) {
        String wanted = template.strip();
        if (templates.containsKey(wanted)) {
            return wanted;
        }
        for (String name : templates.keySet()) {
            if (name.equalsIgnoreCase(wanted)) {
                return name;
            }
        }
        String hint = Suggestions.closest(wanted, templates.keySet())
                .map(s -> "; did you mean \"" + s + "\"?")
                .orElse("");
        throw new InvalidInputException(new Problem(
                "template",
                0,
                0,
                wanted,
                "unknown template \"" + wanted + "\"" + hint + " Known templates: "
                        + String.join(", ", templates.keySet())));
    }

    /**
     * The template's output for this model, as XHTML, within the composer's {@link RenderLimits}.
     */
    String render(String name, TemplateModel model) {
        TemplateSource source = templates.get(name);
        RenderBudget budget = new RenderBudget(limits, source.origin());
        try {
            engine.process(name, budget.variables(model.variables()), budget.writer());
        } catch (RuntimeException e) {
            if (budget.exceeded() != null) {
                throw new InvalidInputException(List.of(budget.exceeded()), e);
            }
            if (!(e instanceof TemplateProcessingException failure)) {
                throw e;
            }
            int line = failure.getLine() == null ? 0 : Math.max(0, failure.getLine());
            int col = failure.getCol() == null ? 0 : Math.max(0, failure.getCol());
            throw new InvalidInputException(
                    List.of(new Problem(source.origin(), line, col, null, "the template fails: " + describe(failure))),
                    e);
        }
        return budget.text();
    }

    /** The template variables for a candidate and posting; for tests. */
    TemplateModel model(Candidate candidate, JobPosting job) {
        return tailor.tailor(candidate, job);
    }

    /** The XHTML of {@code template} for a candidate and posting; for tests. */
    String xhtml(Candidate candidate, JobPosting job, String template) {
        return render(resolve(template), tailor.tailor(candidate, job));
    }

    private LetterXml.Body body(TemplateSource source, TemplateModel model) {
        String xml = oneStop(render(source.name(), model));
        try {
            return LetterXml.parse(xml);
        } catch (LetterXml.BadOutput e) {
            throw new InvalidInputException(
                    List.of(new Problem(
                            source.origin(), 0, 0, null, "the template produced an invalid letter: " + e.getMessage())),
                    e);
        }
    }

    /**
     * One full stop where a value that ends in one ("Shopwave Inc.", "Yahoo!") meets the sentence's
     * own: "at Shopwave Inc.." becomes "at Shopwave Inc.", "Yahoo!." becomes "Yahoo!"; an ellipsis
     * stays.
     */
    static String oneStop(String xml) {
        return DOUBLE_STOP.matcher(xml).replaceAll("$1");
    }

    private static String describe(TemplateProcessingException e) {
        Matcher m = TEMPLATE_SUFFIX.matcher(String.valueOf(e.getMessage()));
        String message = m.replaceFirst("");
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
            message =
                    message + ": " + TEMPLATE_SUFFIX.matcher(root.getMessage()).replaceFirst("");
        }
        return message;
    }

    /** A trial composition of each user template with the sample profiles. */
    private List<Problem> trial() {
        List<Problem> problems = new ArrayList<>();
        for (TemplateSource source : templates.values()) {
            if (source.file() == null) {
                continue;
            }
            for (SampleProfiles.Sample sample : SampleProfiles.all()) {
                try {
                    Letter letter = compose(sample.candidate(), sample.job(), source.name());
                    String leak = Leaks.find(letter.toPlainText());
                    if (leak != null) {
                        problems.add(new Problem(
                                source.origin(), 0, 0, null, "with " + sample.label() + ", the letter shows " + leak));
                    }
                } catch (InvalidInputException e) {
                    for (Problem p : e.problems()) {
                        problems.add(new Problem(
                                p.source(),
                                p.line(),
                                p.column(),
                                p.field(),
                                "with " + sample.label() + ", " + p.message()));
                    }
                }
                if (!problems.isEmpty()) {
                    break;
                }
            }
        }
        return problems;
    }

    /** Serves the checked templates to the engine from memory; parsed templates are cached. */
    private static final class SourceResolver implements ITemplateResolver {
        private final Map<String, TemplateSource> sources;

        SourceResolver(Map<String, TemplateSource> sources) {
            this.sources = sources;
        }

        @Override
        public String getName() {
            return "letterpress";
        }

        @Override
        public Integer getOrder() {
            return 1;
        }

        @Override
        public TemplateResolution resolveTemplate(
                IEngineConfiguration configuration,
                String ownerTemplate,
                String template,
                Map<String, Object> attributes) {
            TemplateSource source = sources.get(template);
            if (source == null) {
                return null;
            }
            return new TemplateResolution(
                    new StringTemplateResource(source.text()),
                    true,
                    TemplateMode.XML,
                    false,
                    AlwaysValidCacheEntryValidity.INSTANCE);
        }
    }

    /**
     * Configures a {@link Composer}. Setters validate their argument; {@link #build()} returns an
     * independent composer each time, so a builder can be reused.
     */
    public static final class Builder {
        private Path templatesDirectory;
        private LocalDate date;
        private int maxSkills = DEFAULT_MAX_SKILLS;
        private final List<List<String>> synonyms = new ArrayList<>();
        private final List<Path> synonymsFiles = new ArrayList<>();
        private RenderLimits limits = RenderLimits.DEFAULT;

        private Builder() {}

        /** The time and output one letter's template may take; {@link RenderLimits#DEFAULT} unless tests say. */
        Builder renderLimits(RenderLimits value) {
            limits = Objects.requireNonNull(value, "renderLimits");
            return this;
        }

        /**
         * A folder of user templates ({@code NAME.xml}); a file named like a built-in template
         * replaces it, other names add templates.
         *
         * @param value the folder, or null for built-in templates only
         * @return this builder
         */
        public Builder templatesDirectory(Path value) {
            templatesDirectory = value;
            return this;
        }

        /**
         * The date every letter carries.
         *
         * @param value the date, or null for today's date in the system time zone, read once by
         *              {@link #build()}
         * @return this builder
         */
        public Builder date(LocalDate value) {
            date = value;
            return this;
        }

        /**
         * How many skills a letter shows at most (depth over breadth).
         *
         * @param value 1 to {@value Composer#MAX_SKILLS_LIMIT}; default {@value Composer#DEFAULT_MAX_SKILLS}
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder maxSkills(int value) {
            if (value < 1 || value > MAX_SKILLS_LIMIT) {
                throw new IllegalArgumentException(
                        "Composer.maxSkills must be between 1 and " + MAX_SKILLS_LIMIT + " (was " + value + ")");
            }
            maxSkills = value;
            return this;
        }

        /**
         * Adds a synonym group to the built-in table: names that mean the same skill. A group that
         * shares a name with an existing one is merged into it.
         *
         * @param preferred the preferred spelling
         * @param others    the other spellings, at least one
         * @return this builder
         * @throws IllegalArgumentException when fewer than two names are given or a name has no
         *                                  letter or digit
         */
        public Builder synonyms(String preferred, String... others) {
            List<String> group = new ArrayList<>();
            group.add(preferred);
            group.addAll(List.of(others));
            String problem = Synonyms.groupProblem(group);
            if (problem != null) {
                throw new IllegalArgumentException("Composer.synonyms: " + problem);
            }
            synonyms.add(List.copyOf(group));
            return this;
        }

        /**
         * Adds the synonym groups of a file: UTF-8, one group per line, names separated by commas,
         * {@code #} starts a comment line. Read by {@link #build()}.
         *
         * @param value the file
         * @return this builder
         */
        public Builder synonymsFile(Path value) {
            synonymsFiles.add(Objects.requireNonNull(value, "synonymsFile"));
            return this;
        }

        /**
         * Builds the composer: reads the synonym files and the templates, checks every user
         * template (syntax, vocabulary, variables, a trial composition with sample profiles) and
         * prepares the template engine.
         *
         * @return the composer
         * @throws InvalidInputException listing every problem in the synonym files and templates
         */
        public Composer build() {
            Prepared prepared = prepare();
            if (!prepared.problems().isEmpty()) {
                throw new InvalidInputException(prepared.problems());
            }
            return prepared.composer();
        }

        /** A composer and every problem found while building it; it is used only without problems. */
        private record Prepared(Composer composer, List<Problem> problems) {}

        private Prepared prepare() {
            List<Problem> problems = new ArrayList<>();
            List<List<String>> groups = new ArrayList<>();
            for (Path file : synonymsFiles) {
                try {
                    groups.addAll(Synonyms.readFile(file));
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                }
            }
            groups.addAll(synonyms);
            Lexicon lexicon = Lexicon.with(Synonyms.builtIn().with(groups));
            TemplateChecker checker = new TemplateChecker(lexicon.themeIdList());
            Map<String, TemplateSource> sources = Templates.load(checker, templatesDirectory, problems);
            Composer composer = new Composer(
                    sources,
                    new Tailor(lexicon, maxSkills),
                    date != null ? date : LocalDate.now(),
                    "maxSkills=" + maxSkills + "|synonyms=" + groups,
                    limits);
            problems.addAll(composer.trial());
            return new Prepared(composer, List.copyOf(problems));
        }
    }
}
