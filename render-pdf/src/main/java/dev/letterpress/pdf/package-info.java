/**
 * Letters as branded PDF files: {@link dev.letterpress.pdf.PdfRenderer} lays a
 * {@link dev.letterpress.model.Letter} out with OpenPDF (also reachable as
 * {@code Renderers.create("pdf", brand)}), and {@link dev.letterpress.pdf.PdfText} reads the text
 * of a PDF back with Apache PDFBox, as applicant-tracking systems do.
 */
package dev.letterpress.pdf;
