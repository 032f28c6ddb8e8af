package dev.letterpress.model;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Lays out a {@link Letter} in one output format, for the {@link Brand} it was created for.
 * Instances are created once per brand (see {@link Renderers#create(String, Brand)}), hold the
 * brand's prepared resources (fonts, logo, styles), and are safe to share between threads.
 *
 * <pre>{@code
 * LetterRenderer pdf = Renderers.create("pdf", brand);
 * try (OutputStream out = Files.newOutputStream(file)) {
 *     RenderResult result = pdf.render(letter, out);
 *     result.warnings().forEach(System.err::println);
 * }
 * }</pre>
 */
public interface LetterRenderer {

    /**
     * The format's name, which is also the file extension: {@code "docx"}, {@code "pdf"}.
     *
     * @return the lower-case format name
     */
    String format();

    /**
     * Writes the letter to {@code out}. The caller owns the stream: it is flushed, not closed.
     * The same letter and brand always give the same bytes.
     *
     * @param letter the letter
     * @param out    where the document goes
     * @return what the renderer noticed but could still render (e.g. characters no font has)
     * @throws IOException when writing fails
     */
    RenderResult render(Letter letter, OutputStream out) throws IOException;
}
