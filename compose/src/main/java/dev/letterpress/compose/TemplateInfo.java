package dev.letterpress.compose;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A template a {@link Composer} can use, as {@code letterpress templates} lists it.
 *
 * @param name        the name rows and options use ({@code experienced}); never blank
 * @param description the one line the template declares about itself; never blank
 * @param file        the user's file it was read from, or {@code null} for a built-in template
 */
public record TemplateInfo(String name, String description, Path file) {
    /**
     * Validates the info.
     *
     * @param name        the name rows and options use ({@code experienced}); never blank
     * @param description the one line the template declares about itself; never blank
     * @param file        the user's file it was read from, or {@code null} for a built-in template
     * @throws NullPointerException when name or description is null
     */
    public TemplateInfo {
        Objects.requireNonNull(name, "TemplateInfo.name must not be null");
        Objects.requireNonNull(description, "TemplateInfo.description must not be null");
    }

    /**
     * Whether the template ships with Letterpress.
     *
     * @return true when it was not read from a user's folder
     */
    public boolean builtIn() {
        return file == null;
    }
}
