/**
 * Letters as branded PDF files: {@link dev.letterpress.pdf.PdfRenderer} lays a
 * {@link dev.letterpress.model.Letter} out with OpenPDF (also reachable as
 * {@code Renderers.create("pdf", brand)}). Reading a PDF back is the review module's work.
 */
package dev.letterpress.pdf;
