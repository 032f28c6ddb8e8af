package dev.letterpress.model;

import java.util.Locale;
import java.util.Optional;

/** Shared parsing for the enums whose profile spelling is their lower-case name. */
final class Enums {
    private Enums() {}

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
