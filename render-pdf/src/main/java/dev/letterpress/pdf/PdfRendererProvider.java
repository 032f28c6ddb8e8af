package dev.letterpress.pdf;

import dev.letterpress.model.Brand;
import dev.letterpress.model.LetterRenderer;
import dev.letterpress.model.RendererProvider;

/**
 * Makes the PDF renderer available as {@code Renderers.create("pdf", brand)}; registered in
 * {@code META-INF/services/dev.letterpress.model.RendererProvider}. The renderers it creates use
 * the installed fonts as a last fallback, like {@link PdfRenderer#create(Brand)}.
 */
public final class PdfRendererProvider implements RendererProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public PdfRendererProvider() {}

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public LetterRenderer create(Brand brand) {
        return PdfRenderer.create(brand);
    }
}
