package dev.letterpress.imports;

import java.util.Map;
import java.util.Objects;

/**
 * A candidate or posting read from another format, with where each of its fields came from, so
 * that the mapping can be shown ({@link Importers#toYaml(Imported)}) and checked.
 *
 * @param value   the {@link dev.letterpress.model.Candidate} or {@link dev.letterpress.model.JobPosting}
 * @param format  the format it was read from, e.g. {@code "JSON Resume"}
 * @param origins field path in Letterpress's format ({@code skills[2].years}) → where its value came
 *                from ({@code /work/0/highlights/1 (line 31)}, {@code --company}); unmodifiable
 * @param <T>     the type of value
 */
public record Imported<T>(T value, String format, Map<String, String> origins) {
    /**
     * Validates and copies.
     *
     * @param value   the value; never null
     * @param format  the format's name; never null
     * @param origins where each field came from; never null
     */
    public Imported {
        Objects.requireNonNull(value, "Imported.value must not be null");
        Objects.requireNonNull(format, "Imported.format must not be null");
        origins = Map.copyOf(origins);
    }
}
