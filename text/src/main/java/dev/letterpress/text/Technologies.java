package dev.letterpress.text;

import dev.letterpress.model.SkillCategory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What Letterpress knows about technology names, read once from {@code vocabulary.txt} and the
 * synonym table: which area each belongs to (language, backend, frontend, database, cloud,
 * DevOps, testing, delivery, practice), the level words of job titles, the CV verbs, and which
 * names must keep their case to count ("Go", "REST"). Composing and review both decide from it
 * whether a text mentions a technology and whether that technology is a frontend one; a review
 * role pack may add names and synonyms to it but never takes one away. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Technologies words = Technologies.builtIn();
 * words.isFrontend("React.js");             // true, through the synonym table
 * words.category("Postgres");              // SkillCategory.DATABASE
 * }</pre>
 */
public final class Technologies {
    /** Where a technology belongs: the lists of {@code vocabulary.txt}. */
    public enum Area {
        /** Programming languages. */
        LANGUAGES,
        /** Server frameworks, runtimes, APIs and messaging. */
        BACKEND,
        /** Browser frameworks, styling, frontend tooling. */
        FRONTEND,
        /** Data stores. */
        DATABASES,
        /** Cloud platforms as a whole (AWS, Azure). */
        CLOUD_PLATFORMS,
        /** Cloud services (ECS, AWS Lambda). */
        CLOUD,
        /** Operations and DevOps tools. */
        DEVOPS,
        /** Ways of working (code review, system design). */
        PRACTICES,
        /** Test tools and practices. */
        TESTING,
        /** What takes code to production (Docker, Terraform). */
        DELIVERY
    }

    private static final String VOCABULARY = "vocabulary.txt";
    private static final List<String> TECHNOLOGY_LISTS = List.of(
            "languages",
            "backend",
            "frontend",
            "databases",
            "cloud-platforms",
            "cloud",
            "devops",
            "testing",
            "delivery");
    private static final Technologies BUILT_IN = new Technologies(Synonyms.builtIn(), List.of());

    private final Synonyms synonyms;
    private final Map<String, List<String>> lists;
    private final Map<String, Set<Area>> areas;
    private final List<Term> juniorWords;
    private final List<Term> midWords;
    private final List<Term> seniorWords;
    private final Set<String> cvVerbs;
    private final Set<String> secondaryLanguages;
    private final Set<String> browserLanguages;
    private final Set<String> serverRuntimes;
    private final List<Term> frontendTerms;
    private final List<Term> backendTerms;
    private final TextIndex.Hashes lowerCaseNames;
    private final TextIndex.Hashes caseSensitive;

    private Technologies(Synonyms synonyms, Collection<String> moreNames) {
        this.synonyms = synonyms;
        this.lists = lists(Synonyms.resource(VOCABULARY));
        Map<String, Set<Area>> byKey = new HashMap<>();
        for (Area area : Area.values()) {
            String list = area.name().toLowerCase(Locale.ROOT).replace('_', '-');
            for (String name : names(list)) {
                byKey.computeIfAbsent(synonyms.canonicalKey(name), k -> EnumSet.noneOf(Area.class))
                        .add(area);
            }
        }
        for (String name : names("frontend-words")) {
            byKey.computeIfAbsent(synonyms.canonicalKey(name), k -> EnumSet.noneOf(Area.class))
                    .add(Area.FRONTEND);
        }
        this.areas = Map.copyOf(byKey);
        List<String> frontendNames = new ArrayList<>(names("frontend"));
        frontendNames.addAll(names("frontend-words"));
        this.frontendTerms = terms(frontendNames);
        List<String> backendNames = new ArrayList<>();
        for (String list : List.of("backend", "databases", "cloud-platforms", "cloud", "devops")) {
            backendNames.addAll(names(list));
        }
        this.backendTerms = terms(backendNames);
        this.juniorWords = terms(names("level-junior"));
        this.midWords = terms(names("level-mid"));
        this.seniorWords = terms(names("level-senior"));
        this.cvVerbs = Set.copyOf(names("cv-verbs"));
        this.secondaryLanguages = keys(names("secondary-languages"));
        this.browserLanguages = keys(names("browser-languages"));
        this.serverRuntimes = keys(names("server-runtimes"));
        List<String> all = new ArrayList<>(synonyms.names());
        lists.forEach((list, values) -> {
            if (!list.equals("cv-verbs") && !list.equals("match-case")) {
                all.addAll(values);
            }
        });
        all.addAll(moreNames);
        TextIndex.Hashes lower = new TextIndex.Hashes(32);
        for (String name : all) {
            String key = Synonyms.key(name);
            if (key.length() <= TextIndex.SHORT && name.equals(name.toLowerCase(Locale.ROOT)) && !name.contains(" ")) {
                lower.add(TextIndex.hash(key));
            }
        }
        this.lowerCaseNames = lower;
        TextIndex.Hashes exact = new TextIndex.Hashes(128);
        for (String name : names("match-case")) {
            if (!name.contains(" ") && !name.equals(name.toLowerCase(Locale.ROOT))) {
                exact.add(TextIndex.hash(Synonyms.key(name)));
            }
        }
        this.caseSensitive = exact;
    }

    /**
     * The built-in vocabulary over the built-in synonym table.
     *
     * @return the shared instance
     */
    public static Technologies builtIn() {
        return BUILT_IN;
    }

    /**
     * The built-in vocabulary over another synonym table, knowing more names.
     *
     * @param synonyms  the synonym table, usually {@link Synonyms#builtIn()} extended by the user's groups
     * @param moreNames more names a caller looks for (theme words): those written in lower case
     *                  count in lower case, like the vocabulary's own ({@code k8s})
     * @return the vocabulary
     */
    public static Technologies with(Synonyms synonyms, Collection<String> moreNames) {
        return new Technologies(synonyms, List.copyOf(moreNames));
    }

    private static Map<String, List<String>> lists(String text) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String line : text.split("\r?\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(VOCABULARY + ": malformed line: " + line);
            }
            lists.put(trimmed.substring(0, colon).strip(), split(trimmed.substring(colon + 1)));
        }
        return Map.copyOf(lists);
    }

    private Set<String> keys(List<String> names) {
        Set<String> keys = new HashSet<>();
        names.forEach(n -> keys.add(synonyms.canonicalKey(n)));
        return Set.copyOf(keys);
    }

    /**
     * Splits a comma-separated list of names, dropping blanks.
     *
     * @param names the list, e.g. {@code "React, Vue, Svelte"}
     * @return the stripped names
     */
    public static List<String> split(String names) {
        List<String> out = new ArrayList<>();
        for (String part : names.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private List<String> names(String list) {
        return lists.getOrDefault(list, List.of());
    }

    /**
     * The vocabulary's lists as {@code vocabulary.txt} writes them ("languages", "backend",
     * "practices", "cv-verbs", …), for readers that classify the words of a text.
     *
     * @return each list's name with its names, in file order; unmodifiable
     */
    public Map<String, List<String>> lists() {
        return java.util.Collections.unmodifiableMap(lists);
    }

    private List<Term> terms(List<String> names) {
        return names.stream().map(this::term).toList();
    }

    /**
     * The synonym table.
     *
     * @return the table this vocabulary compares names through
     */
    public Synonyms synonyms() {
        return synonyms;
    }

    /**
     * The term for a name, to look for in a {@link TextIndex}.
     *
     * @param text the name as written
     * @return the term
     */
    public Term term(String text) {
        return Term.of(synonyms, text);
    }

    /**
     * An empty index of text, with this vocabulary's rule for short lower-case words.
     *
     * @return a new index
     */
    public TextIndex index() {
        return new TextIndex(lowerCaseNames, caseSensitive);
    }

    /**
     * The areas a name belongs to.
     *
     * @param name a skill or technology name, in any of its spellings
     * @return its areas; empty when unknown
     */
    public Set<Area> areas(String name) {
        return areas.getOrDefault(synonyms.canonicalKey(name), Set.of());
    }

    /**
     * Whether a name is a frontend technology or a frontend word ("UI", "accessibility").
     *
     * @param name a skill name
     * @return true for a frontend one
     */
    public boolean isFrontend(String name) {
        return areas(name).contains(Area.FRONTEND);
    }

    /**
     * The category a name implies when a profile gives none.
     *
     * @param name a skill name
     * @return the category, or null when the name is unknown
     */
    public SkillCategory category(String name) {
        Set<Area> a = areas(name);
        if (a.contains(Area.LANGUAGES)) {
            return SkillCategory.LANGUAGE;
        }
        if (a.contains(Area.DATABASES)) {
            return SkillCategory.DATABASE;
        }
        if (a.contains(Area.CLOUD_PLATFORMS) || a.contains(Area.CLOUD)) {
            return SkillCategory.CLOUD;
        }
        if (a.contains(Area.DEVOPS)) {
            return SkillCategory.TOOL;
        }
        if (a.contains(Area.PRACTICES)) {
            return SkillCategory.PRACTICE;
        }
        if (a.contains(Area.TESTING) || a.contains(Area.DELIVERY)) {
            return SkillCategory.TOOL;
        }
        if (a.contains(Area.BACKEND) || a.contains(Area.FRONTEND)) {
            return SkillCategory.FRAMEWORK;
        }
        return null;
    }

    /**
     * Whether a name is a testing tool or practice (pytest, Testcontainers, test-driven development).
     *
     * @param name a skill name
     * @return true for a testing one
     */
    public boolean isTesting(String name) {
        return areas(name).contains(Area.TESTING);
    }

    /**
     * Whether a name takes code to production: a delivery tool (Docker, Kubernetes, GitHub Actions,
     * Terraform) or a cloud service (ECS, AWS Lambda). Cloud platforms are not included.
     *
     * @param name a skill name
     * @return true for a delivery tool or cloud service
     */
    public boolean isDelivery(String name) {
        Set<Area> a = areas(name);
        return a.contains(Area.DELIVERY) || a.contains(Area.CLOUD);
    }

    /**
     * Whether a language runs in the browser as well as on servers (JavaScript, TypeScript).
     *
     * @param name a skill name
     * @return true for a browser language
     */
    public boolean isBrowserLanguage(String name) {
        return browserLanguages.contains(synonyms.canonicalKey(name));
    }

    /**
     * Whether a name is a server runtime or framework for a browser language (Node.js, Express).
     *
     * @param name a skill name
     * @return true for a server runtime
     */
    public boolean isServerRuntime(String name) {
        return serverRuntimes.contains(synonyms.canonicalKey(name));
    }

    /**
     * Whether a language can never be a candidate's main language (SQL, Bash).
     *
     * @param name a skill name
     * @return true for a secondary language
     */
    public boolean isSecondaryLanguage(String name) {
        return secondaryLanguages.contains(synonyms.canonicalKey(name));
    }

    /**
     * Whether a name is a cloud platform (AWS, Google Cloud, Azure…).
     *
     * @param name a skill name
     * @return true for a cloud platform
     */
    public boolean isCloudPlatform(String name) {
        return areas(name).contains(Area.CLOUD_PLATFORMS);
    }

    /**
     * The frontend technologies and words, as terms to find in a {@link TextIndex}.
     *
     * @return the terms
     */
    public List<Term> frontendTerms() {
        return frontendTerms;
    }

    /**
     * The backend, database, cloud and DevOps technologies, as terms to find in a {@link TextIndex}.
     *
     * @return the terms
     */
    public List<Term> backendTerms() {
        return backendTerms;
    }

    /**
     * The words of a job title that say it is junior.
     *
     * @return the terms
     */
    public List<Term> juniorWords() {
        return juniorWords;
    }

    /**
     * The words of a job title that say it is mid-level.
     *
     * @return the terms
     */
    public List<Term> midWords() {
        return midWords;
    }

    /**
     * The words of a job title that say it is senior.
     *
     * @return the terms
     */
    public List<Term> seniorWords() {
        return seniorWords;
    }

    /**
     * Whether a lower-case word is a CV verb in the past tense ("rebuilt", "migrated").
     *
     * @param lowerWord the word, in lower case
     * @return true for a CV verb
     */
    public boolean isCvVerb(String lowerWord) {
        return cvVerbs.contains(lowerWord);
    }

    /**
     * The frontend technologies by name, as {@code vocabulary.txt} writes them: what a backend
     * letter must not lead with. The frontend words ("UI", "accessibility") are not among them.
     *
     * @return the names
     */
    public List<String> frontendTechnologies() {
        return names("frontend");
    }

    /**
     * Every technology by name: languages, frameworks, data stores, cloud, DevOps, test and
     * delivery tools, with no two of one synonym group. Practices and concepts ("Microservices",
     * "unit testing") are not technologies.
     *
     * @return the names, in the order of {@code vocabulary.txt}
     */
    public List<String> technologyNames() {
        Set<String> concepts = keys(names("concepts"));
        Set<String> seen = new HashSet<>(concepts);
        seen.addAll(keys(names("practices")));
        List<String> out = new ArrayList<>();
        for (String list : TECHNOLOGY_LISTS) {
            for (String name : names(list)) {
                if (seen.add(synonyms.canonicalKey(name))) {
                    out.add(name);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The names whose case must match to count, because they are also ordinary words or too short
     * to guess ("Go", "R", "REST", "Spring").
     *
     * @return the names, as written
     */
    public Set<String> matchCase() {
        return Set.copyOf(new LinkedHashSet<>(names("match-case")));
    }
}
