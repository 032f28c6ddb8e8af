package dev.letterpress.model;

/**
 * A service that creates {@link LetterRenderer}s for one format. Each renderer module registers one
 * in {@code META-INF/services/dev.letterpress.model.RendererProvider}; {@link Renderers} finds them.
 */
public interface RendererProvider {

    /**
     * The format this provider renders: {@code "docx"}, {@code "pdf"}.
     *
     * @return the lower-case format name
     */
    String format();

    /**
     * Prepares a renderer for a brand: reads its logo and fonts once.
     *
     * @param brand the brand
     * @return a thread-safe renderer
     * @throws InvalidInputException when a brand resource (logo, font file) cannot be used
     */
    LetterRenderer create(Brand brand);
}
