package dev.letterpress.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns a {@link Node} tree into values, collecting every problem with its position and field path
 * instead of stopping at the first.
 */
final class Binder {
    private final String source;
    private final List<Problem> problems;

    Binder(String source, List<Problem> problems) {
        this.source = source;
        this.problems = problems;
    }

    String source() {
        return source;
    }

    void problem(Node at, String path, String message) {
        problems.add(new Problem(source, at.line(), at.column(), path.isEmpty() ? null : path, message));
    }

    /** Reads an object, reporting unknown fields; returns null (reported) when the node is not one. */
    Obj object(Node node, String path, Set<String> known) {
        if (!(node instanceof Node.ObjectNode object)) {
            problem(
                    node,
                    path,
                    "expected an object with fields (" + String.join(", ", known) + "), got " + node.describe());
            return null;
        }
        for (Node.Field field : object.map().values()) {
            if (!known.contains(field.key()) && !(path.isEmpty() && field.key().equals("$schema"))) {
                String fieldPath = join(path, field.key());
                problems.add(
                        new Problem(source, field.line(), field.column(), fieldPath, unknownField(field.key(), known)));
            }
        }
        return new Obj(object, path);
    }

    static String unknownField(String key, Collection<String> known) {
        return Suggestions.closest(key, known)
                .map(s -> "unknown field, did you mean \"" + s + "\"?")
                .orElse("unknown field; known fields are " + String.join(", ", known));
    }

    /**
     * Runs a record constructor; each of its problems is filed under its field's path at
     * {@code at}, and any other IllegalArgumentException becomes one problem there.
     */
    <T> T build(Node at, String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (Validation.InvalidValues e) {
            for (Problem p : e.problems()) {
                problem(at, p.field() == null ? path : join(path, p.field()), p.message());
            }
            return null;
        } catch (IllegalArgumentException | NullPointerException e) {
            problem(at, path, e.getMessage());
            return null;
        }
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** A field-by-field reader over one object. */
    final class Obj {
        private final Node.ObjectNode node;
        private final String path;

        Obj(Node.ObjectNode node, String path) {
            this.node = node;
            this.path = path;
        }

        Node.ObjectNode node() {
            return node;
        }

        String path() {
            return path;
        }

        String pathOf(String key) {
            return join(path, key);
        }

        /** The value of {@code key}, or null when absent or explicitly null. */
        Node value(String key) {
            Node.Field field = node.map().get(key);
            if (field == null || isNull(field.value())) {
                return null;
            }
            return field.value();
        }

        boolean has(String key) {
            return node.map().containsKey(key);
        }

        void problem(String key, String message) {
            Node.Field field = node.map().get(key);
            Node at = field == null ? node : field.value();
            Binder.this.problem(at, pathOf(key), message);
        }

        /** Text, or null when absent; numbers and booleans are taken as written. */
        String text(String key) {
            Node value = value(key);
            if (value == null) {
                return null;
            }
            if (value instanceof Node.ScalarNode scalar) {
                return Checks.optional(scalar.text());
            }
            problem(key, "expected text, got " + value.describe());
            return null;
        }

        String requiredText(String key) {
            Node value = value(key);
            String text = text(key);
            if (text == null && (value == null || value instanceof Node.ScalarNode)) {
                missingOrEmpty(key);
            }
            return text;
        }

        void missingOrEmpty(String key) {
            if (has(key)) {
                problem(key, "must not be empty");
            } else {
                Binder.this.problem(node, pathOf(key), "required field is missing");
            }
        }

        /** A number (a numeric string is accepted), or null when absent. */
        Double number(String key) {
            Node value = value(key);
            if (value == null) {
                return null;
            }
            if (value instanceof Node.ScalarNode scalar
                    && (scalar.kind() == Node.ScalarNode.Kind.NUMBER || scalar.kind() == Node.ScalarNode.Kind.STRING)) {
                try {
                    return new BigDecimal(scalar.text().strip()).doubleValue();
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            problem(key, "expected a number, got " + value.describe());
            return null;
        }

        /** A number of years, 0–60. */
        Double years(String key) {
            return checked(key, Checks::yearsProblem);
        }

        /** A metric's figure: finite, and of a size a letter can print. */
        Double figure(String key) {
            return checked(key, Checks::figureProblem);
        }

        /** A number that {@code check} accepts; else null, reported with the number as written. */
        private Double checked(String key, Function<Double, String> check) {
            Double number = number(key);
            String problem = check.apply(number);
            if (problem != null) {
                problem(
                        key,
                        problem + " (was "
                                + ((Node.ScalarNode) value(key)).text().strip() + ")");
                return null;
            }
            return number;
        }

        /** One of an enum's spellings, or null when absent or wrong (reported). */
        <E> E choice(String key, Function<String, Optional<E>> parse, List<String> allowed) {
            String text = text(key);
            if (text == null) {
                return null;
            }
            Optional<E> parsed = parse.apply(text);
            if (parsed.isEmpty()) {
                problem(key, "expected one of " + String.join(", ", allowed) + ", got \"" + text + "\"");
            }
            return parsed.orElse(null);
        }

        String email(String key) {
            String text = text(key);
            String problem = Checks.emailProblem(text);
            if (problem != null) {
                problem(key, problem + ", got \"" + text + "\"");
                return null;
            }
            return text;
        }

        String url(String key) {
            String text = Checks.normaliseUrl(text(key));
            String problem = Checks.urlProblem(text);
            if (problem != null) {
                problem(key, problem + ", got \"" + text + "\"");
                return null;
            }
            return text;
        }

        /** A list of words; a single text is taken as a one-word list. */
        List<String> words(String key) {
            Node value = value(key);
            if (value == null) {
                return List.of();
            }
            if (value instanceof Node.ScalarNode scalar && scalar.kind() == Node.ScalarNode.Kind.STRING) {
                return List.of(scalar.text());
            }
            return list(key, (item, itemPath) -> {
                if (item instanceof Node.ScalarNode scalar && scalar.kind() != Node.ScalarNode.Kind.NULL) {
                    return scalar.text();
                }
                Binder.this.problem(item, itemPath, "expected text, got " + item.describe());
                return null;
            });
        }

        /** A list whose elements are read by {@code element}; failed elements are dropped. */
        <T> List<T> list(String key, BiFunction<Node, String, T> element) {
            Node value = value(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof Node.ArrayNode array)) {
                problem(key, "expected a list, got " + value.describe());
                return List.of();
            }
            List<T> result = new ArrayList<>();
            for (int i = 0; i < array.items().size(); i++) {
                T item = element.apply(array.items().get(i), pathOf(key) + "[" + i + "]");
                if (item != null) {
                    result.add(item);
                }
            }
            return result;
        }
    }

    static boolean isNull(Node node) {
        return node instanceof Node.ScalarNode scalar && scalar.kind() == Node.ScalarNode.Kind.NULL;
    }
}
