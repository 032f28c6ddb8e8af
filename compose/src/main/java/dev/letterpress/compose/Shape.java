package dev.letterpress.compose;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The type of a value in a template expression, as the checker follows it; {@code type == null}
 * means unknown (not checked).
 *
 * @param type the Java type, or null when unknown
 * @param keys the keys a map is known to hold, or null when any key may be asked for
 */
record Shape(Type type, Set<String> keys) {
    static final Shape UNKNOWN = new Shape(null, null);

    /** The element type of a list (the value type of a map), or unknown. */
    static Shape element(Shape shape) {
        if (shape == null) {
            return UNKNOWN;
        }
        Class<?> raw = shape.raw();
        if (raw != null && Collection.class.isAssignableFrom(raw)) {
            return new Shape(shape.typeArgument(0), null);
        }
        if (raw != null && Map.class.isAssignableFrom(raw)) {
            return new Shape(shape.typeArgument(1), null);
        }
        return UNKNOWN;
    }

    /** The class of this type, or null when unknown. */
    Class<?> raw() {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    /** A type argument of a parameterized type, or null when unknown. */
    Type typeArgument(int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return null;
    }
}
