package dev.letterpress.compose;

import dev.letterpress.model.SkillCategory;
import dev.letterpress.text.Synonyms;
import dev.letterpress.text.Technologies;
import dev.letterpress.text.Term;
import dev.letterpress.text.TextIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What composing knows about words: the shared vocabulary of technology names ({@link
 * Technologies}, from the {@code text} module, which review reads too) and the themes of backend
 * work ({@code themes.txt}). Immutable; built once per composer.
 */
final class Lexicon {
    /** A theme of backend work, from {@code themes.txt}. */
    record Theme(String id, String label, String scaleLabel, String phrase, List<Term> terms) {}

    /** Two themes that read as one label when they lead together. */
    record Combination(String first, String second, String label, String scaleLabel) {}

    private final Technologies technologies;
    private final List<Theme> themes;
    private final List<Combination> combinations;
    private final Map<String, Theme> themesById;

    private Lexicon(Synonyms synonyms) {
        List<String[]> themeCells = new ArrayList<>();
        List<Combination> combos = new ArrayList<>();
        List<String> themeNames = new ArrayList<>();
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
                themeCells.add(cells);
                themeNames.addAll(Technologies.split(cells[4]));
            } else {
                throw new IllegalStateException("themes.txt: malformed line: " + line);
            }
        }
        this.technologies = Technologies.with(synonyms, themeNames);
        List<Theme> themeList = new ArrayList<>();
        for (String[] cells : themeCells) {
            themeList.add(new Theme(cells[0], cells[1], cells[2], cells[3], terms(Technologies.split(cells[4]))));
        }
        this.themes = List.copyOf(themeList);
        this.combinations = List.copyOf(combos);
        Map<String, Theme> ids = new LinkedHashMap<>();
        themeList.forEach(t -> ids.put(t.id(), t));
        this.themesById = ids;
    }

    /** The lexicon over the given synonym table. */
    static Lexicon with(Synonyms synonyms) {
        return new Lexicon(synonyms);
    }

    private List<Term> terms(List<String> names) {
        return names.stream().map(this::term).toList();
    }

    Synonyms synonyms() {
        return technologies.synonyms();
    }

    Term term(String text) {
        return technologies.term(text);
    }

    TextIndex index() {
        return technologies.index();
    }

    /** The areas a skill name belongs to; empty when unknown. */
    Set<Technologies.Area> areas(String name) {
        return technologies.areas(name);
    }

    /** Whether a skill name is a frontend technology. */
    boolean isFrontend(String name) {
        return technologies.isFrontend(name);
    }

    /** The category a name implies when a profile gives none, or null. */
    SkillCategory category(String name) {
        return technologies.category(name);
    }

    /** Whether a skill name is a testing tool or practice (pytest, Testcontainers, test-driven development). */
    boolean isTesting(String name) {
        return technologies.isTesting(name);
    }

    /**
     * Whether a skill name takes code to production: a delivery tool (Docker, Kubernetes, GitHub
     * Actions, Terraform) or a cloud service (ECS, AWS Lambda). Cloud platforms are not included.
     */
    boolean isDelivery(String name) {
        return technologies.isDelivery(name);
    }

    /** Whether a language runs in the browser as well as on servers (JavaScript, TypeScript). */
    boolean isBrowserLanguage(String name) {
        return technologies.isBrowserLanguage(name);
    }

    /** Whether a name is a server runtime or framework for a browser language (Node.js, Express). */
    boolean isServerRuntime(String name) {
        return technologies.isServerRuntime(name);
    }

    /** Whether a language can never be a candidate's main language (SQL, Bash). */
    boolean isSecondaryLanguage(String name) {
        return technologies.isSecondaryLanguage(name);
    }

    /** Whether a name is a cloud platform (AWS, Google Cloud, Azure…). */
    boolean isCloudPlatform(String name) {
        return technologies.isCloudPlatform(name);
    }

    /** The frontend technologies, as terms to find in text. */
    List<Term> frontendTerms() {
        return technologies.frontendTerms();
    }

    /** The backend, database, cloud and DevOps technologies, as terms to find in text. */
    List<Term> backendTerms() {
        return technologies.backendTerms();
    }

    List<Term> juniorWords() {
        return technologies.juniorWords();
    }

    List<Term> midWords() {
        return technologies.midWords();
    }

    List<Term> seniorWords() {
        return technologies.seniorWords();
    }

    /** Whether a lower-case word is a CV verb in the past tense ("rebuilt", "migrated"). */
    boolean isCvVerb(String lowerWord) {
        return technologies.isCvVerb(lowerWord);
    }

    List<Theme> themes() {
        return themes;
    }

    List<Combination> combinations() {
        return combinations;
    }

    /**
     * Every technology of the vocabulary, practices left out, as terms to find in text; for the
     * fact check. Built anew on each call.
     */
    List<Term> technologies() {
        return technologies.technologyNames().stream().map(this::term).toList();
    }

    /** The theme ids in file order. */
    List<String> themeIdList() {
        return List.copyOf(themesById.keySet());
    }
}
