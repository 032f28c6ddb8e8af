package dev.letterpress.compose;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.thymeleaf.engine.IterationStatusVar;

/**
 * Follows property and method names through the Java types of the template variables, by
 * reflection on the records of {@link TemplateModel}, and reports the names those types lack.
 */
final class TypeChecker {
    private static final Set<String> STATUS_PROPERTIES =
            Set.of("index", "count", "size", "current", "even", "odd", "first", "last");

    /** Where an unknown name is reported, with the known names to suggest the closest from. */
    interface Unknowns {
        /**
         * Reports an unknown name.
         *
         * @param field the path as the problem names it
         * @param what  what is unknown, e.g. "property 'nmae' of 'candidate'"
         * @param wrong the unknown name
         * @param known the names that would have been right
         */
        void report(String field, String what, String wrong, Collection<String> known);
    }

    private final Unknowns unknowns;

    TypeChecker(Unknowns unknowns) {
        this.unknowns = unknowns;
    }

    /** The shape of {@code path.name}, reporting a name the type does not have. */
    Shape property(Shape shape, String name, String path) {
        Class<?> raw = shape.raw();
        if (raw == null) {
            return Shape.UNKNOWN;
        }
        if (raw.isRecord()) {
            Map<String, RecordComponent> components = new LinkedHashMap<>();
            for (RecordComponent c : raw.getRecordComponents()) {
                components.put(c.getName(), c);
            }
            RecordComponent c = components.get(name);
            if (c == null) {
                unknowns.report(
                        path + "." + name, "property '" + name + "' of '" + path + "'", name, components.keySet());
                return Shape.UNKNOWN;
            }
            return new Shape(c.getGenericType(), null);
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (shape.keys() != null && !shape.keys().contains(name)) {
                unknowns.report(path + "." + name, "key '" + name + "' of '" + path + "'", name, shape.keys());
            }
            return new Shape(shape.typeArgument(1), null);
        }
        if (raw == IterationStatusVar.class && !STATUS_PROPERTIES.contains(name)) {
            unknowns.report(
                    path + "." + name,
                    "property '" + name + "' of the iteration status '" + path + "'",
                    name,
                    STATUS_PROPERTIES);
        }
        return Shape.UNKNOWN;
    }

    /** The shape of {@code path.name()}, reporting a method the type does not have. */
    Shape method(Shape shape, String name, String path) {
        Class<?> raw = shape.raw();
        if (raw == null) {
            return Shape.UNKNOWN;
        }
        Set<String> names = new TreeSet<>();
        for (Method m : raw.getMethods()) {
            names.add(m.getName());
        }
        if (!names.contains(name)) {
            unknowns.report(path + "." + name + "()", "method '" + name + "()' of '" + path + "'", name, names);
            return Shape.UNKNOWN;
        }
        if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                if (c.getName().equals(name)) {
                    return new Shape(c.getGenericType(), null);
                }
            }
        }
        return Shape.UNKNOWN;
    }
}
