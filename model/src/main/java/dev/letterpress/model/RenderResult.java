package dev.letterpress.model;

import java.util.List;

/**
 * What a renderer reports about one document besides the bytes it wrote.
 *
 * @param warnings human-readable notes on problems that did not stop rendering, such as
 *                 {@code "no font has the characters '𓀀' (U+13000)"}; never null, unmodifiable
 */
public record RenderResult(List<String> warnings) {
    private static final RenderResult OK = new RenderResult(List.of());

    /**
     * Copies the warnings.
     *
     * @param warnings human-readable notes on problems that did not stop rendering, such as
     *                 {@code "no font has the characters '𓀀' (U+13000)"}; never null, unmodifiable
     */
    public RenderResult {
        warnings = Checks.list(warnings);
    }

    /**
     * A result without warnings.
     *
     * @return the shared empty result
     */
    public static RenderResult ok() {
        return OK;
    }
}
