package dev.letterpress.compose;

import java.nio.file.Path;

/**
 * A template's name, its self-description and its text, from the built-in resources or a user's
 * file.
 *
 * @param name        the name a row or option uses ({@code experienced})
 * @param description the one line the template declares about itself
 * @param text        the XML text
 * @param file        the user's file, or null for a built-in template
 */
record TemplateSource(String name, String description, String text, Path file) {
    /** Where the template comes from, as problems name it. */
    String origin() {
        return file != null ? file.toString() : "built-in template " + name + Templates.EXTENSION;
    }
}
