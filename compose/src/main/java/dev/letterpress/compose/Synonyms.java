package dev.letterpress.compose;

import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Problem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The synonym table: names that mean the same skill ({@code Postgres} = {@code PostgreSQL},
 * {@code k8s} = {@code Kubernetes}). Names are compared by {@link #key(String)}, which ignores
 * case, spaces and punctuation other than {@code +} and {@code #} (so {@code C++} and {@code C#}
 * stay apart). Immutable.
 */
final class Synonyms {
    private static final String BUILT_IN = "synonyms.txt";

    /** Each known key → the key of its group's preferred name. */
    private final Map<String, String> canonical;
    /** Each group's canonical key → the keys of all its names. */
    private final Map<String, List<String>> aliases;
    private final List<List<String>> groups;

    private Synonyms(List<List<String>> groups) {
        this.groups = List.copyOf(groups);
        Map<String, String> map = new HashMap<>();
        Map<String, List<String>> byGroup = new HashMap<>();
        for (List<String> group : groups) {
            String first = key(group.get(0));
            List<String> keys = new ArrayList<>();
            for (String name : group) {
                String k = key(name);
                map.put(k, first);
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }
            byGroup.put(first, List.copyOf(keys));
        }
        this.canonical = Map.copyOf(map);
        this.aliases = Map.copyOf(byGroup);
    }

    /** The keys of every name that means the same as {@code canonicalKey}, itself included. */
    List<String> aliases(String canonicalKey) {
        return aliases.getOrDefault(canonicalKey, List.of(canonicalKey));
    }

    /**
     * The comparison key of a name: lower case, letters, digits, {@code +} and {@code #} only.
     *
     * @param name a skill name or a word
     * @return the key; empty when the name has no letter or digit
     */
    static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '+' || c == '#') {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    /** Every name in the table, as written. */
    List<String> names() {
        return groups.stream().flatMap(List::stream).toList();
    }

    /** The key of the group {@code key} belongs to, or {@code key} itself. */
    String canonical(String key) {
        return canonical.getOrDefault(key, key);
    }

    /** The canonical key of a name. */
    String canonicalKey(String name) {
        return canonical(key(name));
    }

    /** The built-in table. */
    static Synonyms builtIn() {
        String text = Resources.text(BUILT_IN);
        List<Problem> problems = new ArrayList<>();
        List<List<String>> groups = parse(text, "built-in " + BUILT_IN, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        return new Synonyms(groups);
    }

    /**
     * This table extended by more groups. A group that shares a name with an existing group is
     * merged into it; the existing group keeps its preferred name.
     */
    Synonyms with(List<List<String>> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<LinkedHashSet<String>> merged = new ArrayList<>();
        for (List<String> group : groups) {
            merged.add(new LinkedHashSet<>(group));
        }
        for (List<String> group : more) {
            Set<String> keys = new LinkedHashSet<>();
            group.forEach(n -> keys.add(key(n)));
            LinkedHashSet<String> target = null;
            for (int i = 0; i < merged.size(); i++) {
                LinkedHashSet<String> existing = merged.get(i);
                if (existing.stream().anyMatch(n -> keys.contains(key(n)))) {
                    if (target == null) {
                        target = existing;
                    } else {
                        target.addAll(existing);
                        merged.remove(i--);
                    }
                }
            }
            if (target == null) {
                merged.add(new LinkedHashSet<>(group));
            } else {
                target.addAll(group);
            }
        }
        return new Synonyms(merged.stream().map(List::copyOf).toList());
    }

    /**
     * Reads a synonyms file: one group per line, names separated by commas, {@code #} starts a
     * comment line.
     *
     * @throws InvalidInputException naming the file and line of every bad line
     */
    static List<List<String>> readFile(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(Problem.of(file.toString(), "synonyms file not found")), e);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(List.of(Problem.of(file.toString(), "synonyms file is not UTF-8 text")), e);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(Problem.of(file.toString(), "cannot be read: " + e.getMessage())), e);
        }
        List<Problem> problems = new ArrayList<>();
        List<List<String>> groups = parse(text, file.toString(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return groups;
    }

    /** Checks one group given in code or read from a line; returns the problem or null. */
    static String groupProblem(List<String> group) {
        if (group.size() < 2) {
            return "a synonym group needs at least two names, e.g. \"PostgreSQL, Postgres, psql\" (got "
                    + group + ")";
        }
        for (String name : group) {
            if (name == null || key(name).isEmpty()) {
                return "a synonym must contain a letter or digit (got " + (name == null ? "null" : "\"" + name + "\"")
                        + ")";
            }
        }
        return null;
    }

    private static List<List<String>> parse(String text, String source, List<Problem> problems) {
        List<List<String>> groups = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> group = new ArrayList<>();
            for (String part : line.split(",")) {
                String name = part.strip();
                if (!name.isEmpty()) {
                    group.add(name);
                }
            }
            String problem = groupProblem(group);
            if (problem != null) {
                problems.add(new Problem(source, i + 1, 0, null, problem));
            } else {
                groups.add(List.copyOf(group));
            }
        }
        return groups;
    }
}
