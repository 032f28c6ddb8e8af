package dev.letterpress.model;

import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Finds renderers by format name among the renderer modules on the class path.
 *
 * <pre>{@code
 * LetterRenderer docx = Renderers.create("docx", Brand.defaults());
 * }</pre>
 */
public final class Renderers {
    private Renderers() {}

    /**
     * The formats that can be rendered, by name, in alphabetical order.
     *
     * @return e.g. {@code {docx=…, pdf=…}}; empty when no renderer module is present
     */
    public static Map<String, RendererProvider> available() {
        Map<String, RendererProvider> providers = new TreeMap<>();
        for (RendererProvider provider : ServiceLoader.load(RendererProvider.class, Renderers.class.getClassLoader())) {
            providers.putIfAbsent(provider.format().toLowerCase(Locale.ROOT), provider);
        }
        return providers;
    }

    /**
     * Creates a renderer for a format and brand.
     *
     * @param format the format name, any case: {@code "docx"}, {@code "pdf"}
     * @param brand  the brand
     * @return the renderer
     * @throws IllegalArgumentException when no renderer module provides that format
     */
    public static LetterRenderer create(String format, Brand brand) {
        Map<String, RendererProvider> providers = available();
        RendererProvider provider =
                providers.get(format == null ? "" : format.strip().toLowerCase(Locale.ROOT));
        if (provider == null) {
            throw new IllegalArgumentException(
                    "unknown format " + Checks.quote(format) + "; available: " + String.join(", ", providers.keySet()));
        }
        return provider.create(brand);
    }
}
