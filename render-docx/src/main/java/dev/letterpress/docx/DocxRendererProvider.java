package dev.letterpress.docx;

import dev.letterpress.model.Brand;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.LetterRenderer;
import dev.letterpress.model.RendererProvider;

/**
 * Makes {@link DocxRenderer} available as format {@code "docx"} to
 * {@link dev.letterpress.model.Renderers}; registered in
 * {@code META-INF/services/dev.letterpress.model.RendererProvider}.
 *
 * <pre>{@code
 * LetterRenderer docx = Renderers.create("docx", brand);
 * }</pre>
 */
public final class DocxRendererProvider implements RendererProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public DocxRendererProvider() {}

    /**
     * {@inheritDoc}
     *
     * @return {@value DocxRenderer#FORMAT}
     */
    @Override
    public String format() {
        return DocxRenderer.FORMAT;
    }

    /**
     * {@inheritDoc}
     *
     * @throws InvalidInputException when the brand's logo cannot be used
     */
    @Override
    public LetterRenderer create(Brand brand) {
        return DocxRenderer.create(brand);
    }
}
