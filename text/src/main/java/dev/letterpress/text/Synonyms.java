package dev.letterpress.text;

import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
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
 * stay apart). Immutable and thread-safe.
 *
 * <pre>{@code
 * Synonyms synonyms = Synonyms.builtIn().with(List.of(List.of("PostgreSQL", "PG")));
 * synonyms.canonicalKey("Postgres");   // "postgresql"
 * }</pre>
 */
public final class Synonyms {
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

    /**
     * The keys of every name that means the same as a canonical key, itself included.
     *
     * @param canonicalKey a key as {@link #canonicalKey(String)} returns it
     * @return the keys of its group, or the key alone when it is in no group
     */
    public List<String> aliases(String canonicalKey) {
        return aliases.getOrDefault(canonicalKey, List.of(canonicalKey));
    }

    /**
     * The comparison key of a name: lower case, letters, digits, {@code +} and {@code #} only.
     *
     * @param name a skill name or a word
     * @return the key; empty when the name has no letter or digit
     */
    public static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '+' || c == '#') {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    /**
     * Every name in the table, as written.
     *
     * @return the names of every group, group by group
     */
    public List<String> names() {
        return groups.stream().flatMap(List::stream).toList();
    }

    /**
     * The key of the group a key belongs to.
     *
     * @param key a key as {@link #key(String)} returns it
     * @return the key of its group's preferred name, or {@code key} itself
     */
    public String canonical(String key) {
        return canonical.getOrDefault(key, key);
    }

    /**
     * The canonical key of a name: the key of its group's preferred name.
     *
     * @param name a skill name or a word
     * @return the canonical key; empty when the name has no letter or digit
     */
    public String canonicalKey(String name) {
        return canonical(key(name));
    }

    /**
     * The groups of the table, each with its preferred name first.
     *
     * @return the groups as written
     */
    public List<List<String>> groups() {
        return groups;
    }

    /**
     * The built-in table ({@code synonyms.txt} in this package).
     *
     * @return the table, read once per call
     */
    public static Synonyms builtIn() {
        String text = resource(BUILT_IN);
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
     *
     * @param more groups of names, each checked with {@link #groupProblem(List)}
     * @return the extended table, or this one when {@code more} is empty
     */
    public Synonyms with(List<List<String>> more) {
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
     * @param file the file
     * @return its groups
     * @throws InvalidInputException naming the file and line of every bad line
     */
    public static List<List<String>> readFile(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(Problem.of(file.toString(), "synonyms file not found")), e);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(List.of(Problem.of(file.toString(), "synonyms file is not UTF-8 text")), e);
        } catch (IOException e) {
            throw new InvalidInputException(
                    List.of(Problem.of(file.toString(), "cannot be read: " + e.getMessage())), e);
        }
        List<Problem> problems = new ArrayList<>();
        List<List<String>> groups = parse(text, file.toString(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return groups;
    }

    /**
     * Checks one group given in code or read from a line.
     *
     * @param group the names of the group
     * @return what is wrong with it, or null when it is a good group
     */
    public static String groupProblem(List<String> group) {
        if (group.size() < 2) {
            return "a synonym group needs at least two names, e.g. \"PostgreSQL, Postgres, psql\" (got " + group + ")";
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

    /** The UTF-8 text of a resource of this package, which is part of the jar: its absence is a bug. */
    static String resource(String name) {
        try (InputStream in = Synonyms.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " in " + Synonyms.class.getPackageName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
