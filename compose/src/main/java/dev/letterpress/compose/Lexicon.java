package dev.letterpress.compose;

import dev.letterpress.model.SkillCategory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What Letterpress knows about words, read from its resources: the synonym table, which area a
 * technology belongs to ({@code vocabulary.txt}), the level words of job titles, the CV verbs, and
 * the themes of backend work ({@code themes.txt}). Immutable; built once per composer.
 */
final class Lexicon {
    /** Where a technology belongs. */
    enum Area {
        LANGUAGES, BACKEND, FRONTEND, DATABASES, CLOUD_PLATFORMS, CLOUD, DEVOPS, PRACTICES, TESTING, DELIVERY
    }

    /** A theme of backend work, from {@code themes.txt}. */
    record Theme(String id, String label, String scaleLabel, String phrase, List<Term> terms) {
    }

    /** Two themes that read as one label when they lead together. */
    record Combination(String first, String second, String label, String scaleLabel) {
    }

    private final Synonyms synonyms;
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
    private final List<Theme> themes;
    private final List<Combination> combinations;
    private final Map<String, Theme> themesById;
    private final TextIndex.Hashes lowerCaseNames;

    private Lexicon(Synonyms synonyms) {
        this.synonyms = synonyms;
        Map<String, List<String>> lists = lists(Resources.text("vocabulary.txt"));
        Map<String, Set<Area>> byKey = new HashMap<>();
        for (Area area : Area.values()) {
            for (String name : lists.getOrDefault(area.name().toLowerCase(Locale.ROOT).replace('_', '-'), List.of())) {
                byKey.computeIfAbsent(synonyms.canonicalKey(name), k -> EnumSet.noneOf(Area.class)).add(area);
            }
        }
        this.areas = Map.copyOf(byKey);
        this.frontendTerms = terms(lists.get("frontend"));
        List<String> backendNames = new ArrayList<>();
        for (String list : List.of("backend", "databases", "cloud-platforms", "cloud", "devops")) {
            backendNames.addAll(lists.getOrDefault(list, List.of()));
        }
        this.backendTerms = terms(backendNames);
        this.juniorWords = terms(lists.get("level-junior"));
        this.midWords = terms(lists.get("level-mid"));
        this.seniorWords = terms(lists.get("level-senior"));
        this.cvVerbs = Set.copyOf(lists.getOrDefault("cv-verbs", List.of()));
        Set<String> secondary = new HashSet<>();
        lists.getOrDefault("secondary-languages", List.of()).forEach(n -> secondary.add(synonyms.canonicalKey(n)));
        this.secondaryLanguages = Set.copyOf(secondary);
        this.browserLanguages = keys(synonyms, lists.get("browser-languages"));
        this.serverRuntimes = keys(synonyms, lists.get("server-runtimes"));
        List<Theme> themeList = new ArrayList<>();
        List<Combination> combos = new ArrayList<>();
        for (String line : Resources.text("themes.txt").split("\r?\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cells = trimmed.split("\\|");
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            if (cells[0].equals("combine") && cells.length == 4) {
                String[] ids = cells[1].split("\\+");
                combos.add(new Combination(ids[0].strip(), ids[1].strip(), cells[2], cells[3]));
            } else if (cells.length == 5) {
                themeList.add(new Theme(cells[0], cells[1], cells[2], cells[3], terms(split(cells[4]))));
            } else {
                throw new IllegalStateException("themes.txt: malformed line: " + line);
            }
        }
        this.themes = List.copyOf(themeList);
        this.combinations = List.copyOf(combos);
        Map<String, Theme> ids = new LinkedHashMap<>();
        themeList.forEach(t -> ids.put(t.id(), t));
        this.themesById = ids;
        List<String> names = new ArrayList<>(synonyms.names());
        lists.forEach((list, values) -> {
            if (!list.equals("cv-verbs")) {
                names.addAll(values);
            }
        });
        themeList.forEach(t -> t.terms().forEach(term -> names.add(term.text())));
        TextIndex.Hashes lower = new TextIndex.Hashes(32);
        for (String name : names) {
            String key = Synonyms.key(name);
            if (key.length() <= TextIndex.SHORT && name.equals(name.toLowerCase(Locale.ROOT)) && !name.contains(" ")) {
                lower.add(TextIndex.hash(key));
            }
        }
        this.lowerCaseNames = lower;
    }

    /** The lexicon over the given synonym table. */
    static Lexicon with(Synonyms synonyms) {
        return new Lexicon(synonyms);
    }

    static Map<String, List<String>> lists(String text) {
        Map<String, List<String>> lists = new HashMap<>();
        for (String line : text.split("\r?\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException("vocabulary.txt: malformed line: " + line);
            }
            lists.put(trimmed.substring(0, colon).strip(), split(trimmed.substring(colon + 1)));
        }
        return lists;
    }

    private static Set<String> keys(Synonyms synonyms, List<String> names) {
        Set<String> keys = new HashSet<>();
        (names == null ? List.<String>of() : names).forEach(n -> keys.add(synonyms.canonicalKey(n)));
        return Set.copyOf(keys);
    }

    private static List<String> split(String names) {
        List<String> out = new ArrayList<>();
        for (String part : names.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private List<Term> terms(List<String> names) {
        return names == null ? List.of() : names.stream().map(this::term).toList();
    }

    Synonyms synonyms() {
        return synonyms;
    }

    Term term(String text) {
        return Term.of(synonyms, text);
    }

    TextIndex index() {
        return new TextIndex(lowerCaseNames);
    }

    /** The areas a skill name belongs to; empty when unknown. */
    Set<Area> areas(String name) {
        return areas.getOrDefault(synonyms.canonicalKey(name), Set.of());
    }

    /** Whether a skill name is a frontend technology. */
    boolean isFrontend(String name) {
        return areas(name).contains(Area.FRONTEND);
    }

    /** The category a name implies when a profile gives none, or null. */
    SkillCategory category(String name) {
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

    /** Whether a skill name is a testing tool or practice (pytest, Testcontainers, test-driven development). */
    boolean isTesting(String name) {
        return areas(name).contains(Area.TESTING);
    }

    /**
     * Whether a skill name takes code to production: a delivery tool (Docker, Kubernetes, GitHub
     * Actions, Terraform) or a cloud service (ECS, AWS Lambda). Cloud platforms are not included.
     */
    boolean isDelivery(String name) {
        Set<Area> a = areas(name);
        return a.contains(Area.DELIVERY) || a.contains(Area.CLOUD);
    }

    /** Whether a language runs in the browser as well as on servers (JavaScript, TypeScript). */
    boolean isBrowserLanguage(String name) {
        return browserLanguages.contains(synonyms.canonicalKey(name));
    }

    /** Whether a name is a server runtime or framework for a browser language (Node.js, Express). */
    boolean isServerRuntime(String name) {
        return serverRuntimes.contains(synonyms.canonicalKey(name));
    }

    /** Whether a language can never be a candidate's main language (SQL, Bash). */
    boolean isSecondaryLanguage(String name) {
        return secondaryLanguages.contains(synonyms.canonicalKey(name));
    }

    /** Whether a name is a cloud platform (AWS, Google Cloud, Azure…). */
    boolean isCloudPlatform(String name) {
        return areas(name).contains(Area.CLOUD_PLATFORMS);
    }

    /** The frontend technologies, as terms to find in text. */
    List<Term> frontendTerms() {
        return frontendTerms;
    }

    /** The backend, database, cloud and DevOps technologies, as terms to find in text. */
    List<Term> backendTerms() {
        return backendTerms;
    }

    List<Term> juniorWords() {
        return juniorWords;
    }

    List<Term> midWords() {
        return midWords;
    }

    List<Term> seniorWords() {
        return seniorWords;
    }

    /** Whether a lower-case word is a CV verb in the past tense ("rebuilt", "migrated"). */
    boolean isCvVerb(String lowerWord) {
        return cvVerbs.contains(lowerWord);
    }

    List<Theme> themes() {
        return themes;
    }

    List<Combination> combinations() {
        return combinations;
    }

    /** The theme ids in file order. */
    List<String> themeIdList() {
        return List.copyOf(themesById.keySet());
    }
}
