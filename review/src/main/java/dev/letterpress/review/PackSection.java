package dev.letterpress.review;

import dev.letterpress.model.Problem;
import dev.letterpress.model.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One mapping of a role pack, read key by key. Each accessor records a {@link Problem} (file,
 * line, column, key path) instead of throwing, so that a pack with several mistakes reports them
 * all; {@link #finish()} reports the keys nobody asked for as unknown, with the closest known key.
 */
final class PackSection {
    private final String source;
    private final String path;
    private final PackTree.Mapping mapping;
    private final List<Problem> problems;
    private final Set<String> known = new LinkedHashSet<>();

    PackSection(String source, String path, PackTree.Mapping mapping, List<Problem> problems) {
        this.source = source;
        this.path = path;
        this.mapping = mapping;
        this.problems = problems;
    }

    /** Reads the root of a pack; null after a problem. */
    static PackSection root(String source, PackTree.Value root, List<Problem> problems) {
        if (root instanceof PackTree.Mapping m) {
            return new PackSection(source, "", m, problems);
        }
        problems.add(new Problem(
                source,
                root.line(),
                root.column(),
                null,
                "a role pack is a mapping with the keys role, description, vocabulary, depth and rules; got "
                        + root.kind()));
        return null;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The keys of this mapping, in file order. */
    List<String> keys() {
        return List.copyOf(mapping.keys().keySet());
    }

    void problem(PackTree.Value at, String key, String message) {
        problems.add(new Problem(source, at.line(), at.column(), key, message));
    }

    /** A problem about the mapping itself, at its first key (or its start). */
    void problemHere(String message) {
        problems.add(new Problem(source, mapping.line(), mapping.column(), path.isEmpty() ? null : path, message));
    }

    void problemAtKey(String key, String message) {
        PackTree.Key k = mapping.keys().get(key);
        problems.add(new Problem(source, k.line(), k.column(), path(key), message));
    }

    /** The value of a key, or null after reporting it missing (when required). */
    private PackTree.Value value(String key, boolean required) {
        known.add(key);
        PackTree.Key k = mapping.keys().get(key);
        if (k == null || k.value() instanceof PackTree.Scalar s && s.text() == null) {
            if (required) {
                problems.add(new Problem(
                        source, mapping.line(), mapping.column(), path(key), "missing; this key is required"));
            }
            return null;
        }
        return k.value();
    }

    boolean has(String key) {
        return mapping.keys().containsKey(key);
    }

    /** A required, non-blank string. */
    String text(String key) {
        PackTree.Value v = value(key, true);
        if (v == null) {
            return null;
        }
        return textOf(v, path(key));
    }

    private String textOf(PackTree.Value v, String where) {
        if (v instanceof PackTree.Scalar s && s.text() != null && !s.text().isBlank()) {
            return s.text().strip();
        }
        problem(v, where, "expected a text, got " + v.kind());
        return null;
    }

    /** A required whole number between min and max; {@code min} after a problem. */
    int integer(String key, int min, int max) {
        PackTree.Value v = value(key, true);
        if (v == null) {
            return min;
        }
        if (v instanceof PackTree.Scalar s && !s.quoted() && s.text().matches("-?\\d{1,9}")) {
            int n = Integer.parseInt(s.text());
            if (n >= min && n <= max) {
                return n;
            }
            problem(v, path(key), "must be between " + min + " and " + max + " (was " + n + ")");
            return min;
        }
        problem(v, path(key), "expected a whole number, got " + v.kind());
        return min;
    }

    /** A text item of a list, with where it stands. */
    private record Item(String text, PackTree.Value value, String where) {}

    /** The non-blank text items of a list; an empty list when absent and not required. */
    private List<Item> items(String key, boolean required, String expected) {
        PackTree.Value v = value(key, required);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof PackTree.Sequence seq)) {
            problem(v, path(key), "expected " + expected + ", got " + v.kind());
            return List.of();
        }
        if (required && seq.items().isEmpty()) {
            problem(v, path(key), "must not be empty");
        }
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            String where = path(key) + "[" + i + "]";
            String t = textOf(seq.items().get(i), where);
            if (t != null) {
                out.add(new Item(t, seq.items().get(i), where));
            }
        }
        return out;
    }

    /** A list of non-blank strings; an empty list when absent and not required. */
    List<String> texts(String key, boolean required) {
        return items(key, required, "a list").stream().map(Item::text).toList();
    }

    /** A mapping of names to lists of strings (synonyms); empty when absent. */
    Map<String, List<String>> textLists(String key) {
        PackTree.Value v = value(key, false);
        if (v == null) {
            return Map.of();
        }
        PackSection section = asSection(key, v);
        if (section == null) {
            return Map.of();
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : section.keys()) {
            out.put(name, section.texts(name, true));
        }
        return out;
    }

    /** A required list of Java regular expressions, each checked. */
    List<Pattern> patterns(String key) {
        List<Pattern> out = new ArrayList<>();
        for (Item item : items(key, true, "a list of regular expressions")) {
            try {
                out.add(Pattern.compile(item.text()));
            } catch (PatternSyntaxException e) {
                problem(
                        item.value(),
                        item.where(),
                        "not a valid regular expression: " + e.getDescription() + " near index " + e.getIndex());
            }
        }
        return List.copyOf(out);
    }

    /** A required nested mapping; null after a problem. */
    PackSection section(String key) {
        PackTree.Value v = value(key, true);
        return v == null ? null : asSection(key, v);
    }

    private PackSection asSection(String key, PackTree.Value v) {
        if (v instanceof PackTree.Mapping m) {
            return new PackSection(source, path(key), m, problems);
        }
        problem(v, path(key), "expected a mapping, got " + v.kind());
        return null;
    }

    /** A message template whose {@code {name}} variables must be among {@code variables}. */
    Template template(String key, List<String> variables) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        for (String name : Template.variables(text)) {
            if (!variables.contains(name)) {
                problemAtKey(
                        key,
                        "unknown variable {" + name + "}"
                                + (variables.isEmpty() ? "; this message takes none" : "; use " + braces(variables)));
            }
        }
        return new Template(text);
    }

    private static String braces(List<String> variables) {
        List<String> names = new ArrayList<>();
        variables.forEach(v -> names.add("{" + v + "}"));
        return String.join(", ", names);
    }

    /** Reports every key that no accessor asked for. */
    void finish() {
        for (PackTree.Key k : mapping.keys().values()) {
            if (!known.contains(k.name())) {
                String hint = Suggestions.closest(k.name(), known)
                        .map(c -> "; did you mean \"" + c + "\"?")
                        .orElse(known.isEmpty() ? "" : "; known keys: " + String.join(", ", known));
                problems.add(new Problem(source, k.line(), k.column(), path(k.name()), "unknown key" + hint));
            }
        }
    }
}
