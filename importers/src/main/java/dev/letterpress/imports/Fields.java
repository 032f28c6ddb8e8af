package dev.letterpress.imports;

import dev.letterpress.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Reads typed values out of a {@link Json} tree, collecting a located problem for each wrong type. */
final class Fields {
    final String source;
    final List<Problem> problems = new ArrayList<>();

    Fields(String source) {
        this.source = source;
    }

    void problem(Json value, String message) {
        problems.add(
                new Problem(source, value.line, value.column, value.pointer.isEmpty() ? "/" : value.pointer, message));
    }

    /** A string field, stripped; null when absent, null or blank; a problem when not a string. */
    String text(Json object, String key) {
        Json value = object.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problem(value, "expected a string, got " + value.describe());
            return null;
        }
        return value.text.isBlank() ? null : value.text.strip();
    }

    /** An object field; null when absent or null; a problem when not an object. */
    Json object(Json object, String key) {
        Json value = object.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            problem(value, "expected an object, got " + value.describe());
            return null;
        }
        return value;
    }

    /** The items of a list field; empty when absent or null; a problem when not a list. */
    List<Json> array(Json object, String key) {
        Json value = object.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problem(value, "expected a list, got " + value.describe());
            return List.of();
        }
        return value.items;
    }

    /** The objects of a list field; an item that is not an object is a problem. */
    List<Json> objects(Json object, String key) {
        List<Json> out = new ArrayList<>();
        for (Json item : array(object, key)) {
            if (item.isObject()) {
                out.add(item);
            } else if (!item.isNull()) {
                problem(item, "expected an object, got " + item.describe());
            }
        }
        return out;
    }

    /** The strings of a list field, stripped, blanks left out; an item that is not a string is a problem. */
    List<Json> strings(Json object, String key) {
        List<Json> out = new ArrayList<>();
        for (Json item : array(object, key)) {
            if (item.isString()) {
                if (!item.text.isBlank()) {
                    out.add(item);
                }
            } else if (!item.isNull()) {
                problem(item, "expected a string, got " + item.describe());
            }
        }
        return out;
    }

    /** Builds a value; a value the model rejects becomes a problem at {@code at}, and null. */
    <T> T checked(Json at, Supplier<T> make) {
        try {
            return make.get();
        } catch (dev.letterpress.model.InvalidInputException e) {
            // a builder names every problem: each goes where the value stands
            e.problems().forEach(p -> problem(at, p.message()));
            return null;
        } catch (IllegalArgumentException e) {
            problem(at, e.getMessage().replaceFirst("^\\w+\\.\\w+:? ", ""));
            return null;
        }
    }
}
