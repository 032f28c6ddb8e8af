package dev.letterpress.review;

import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text of a PDF letter in reading order, as an applicant-tracking system does: for the
 * review of letters written elsewhere, and for tests. Uses Apache PDFBox, which (unlike OpenPDF's
 * own extractor) reads Identity-H text.
 *
 * <pre>{@code
 * String text = PdfText.extract(Path.of("letter.pdf"));
 * }</pre>
 *
 * <p>Input is untrusted: at most {@value #MAX_BYTES} bytes are read, nothing is written to disk,
 * and every kind of unreadable file ends in an {@link InvalidInputException} that names the file
 * and says what is wrong — not a PDF, damaged, protected by a password, or without text (a
 * scanned image).
 */
public final class PdfText {
    /** The largest file read, 20 MiB: far more than any letter needs. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private PdfText() {
    }

    /**
     * The text of a PDF file.
     *
     * @param file the file; not null
     * @return the text in reading order, lines separated by {@code \n}, without spaces at line ends
     *         and with at most one blank line in a row
     * @throws InvalidInputException when the file is missing, too large, not a PDF, damaged,
     *                               encrypted with a password, or has no text
     */
    public static String extract(Path file) {
        return read(file).text();
    }

    /**
     * The text of a PDF and its page count, as a review needs them.
     *
     * @param text  the text in reading order, as {@link #extract(Path)} gives it
     * @param pages the number of pages
     */
    public record Content(String text, int pages) {
    }

    /**
     * The text and page count of a PDF file.
     *
     * @param file the file; not null
     * @return the text and the page count
     * @throws InvalidInputException as {@link #extract(Path)} does
     */
    public static Content read(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge(source);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, source);
            }
        } catch (NoSuchFileException e) {
            throw problem(source, "file not found", e);
        } catch (IOException e) {
            throw problem(source, "cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The text of a PDF read from a stream, which is read to its end (at most {@value #MAX_BYTES}
     * bytes) and not closed.
     *
     * @param in     the PDF; not null
     * @param source how messages name the input, e.g. its file name; not null
     * @return the text in reading order, as {@link #extract(Path)} gives it
     * @throws InvalidInputException when the input is too large, not a PDF, damaged, encrypted
     *                               with a password, has no text, or cannot be read
     */
    public static String extract(InputStream in, String source) {
        return read(in, source).text();
    }

    /**
     * The text and page count of a PDF read from a stream, which is read to its end (at most
     * {@value #MAX_BYTES} bytes) and not closed.
     *
     * @param in     the PDF; not null
     * @param source how messages name the input; not null
     * @return the text and the page count
     * @throws InvalidInputException as {@link #extract(InputStream, String)} does
     */
    public static Content read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw problem(source, "cannot read the input (" + e.getMessage() + ")", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(source);
        }
        if (!startsWithPdfHeader(bytes)) {
            throw problem(source, "is not a PDF file (it does not start with %PDF-)", null);
        }
        String text;
        int pages;
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null, IOUtils.createMemoryOnlyStreamCache())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            text = stripper.getText(document);
            pages = document.getNumberOfPages();
        } catch (InvalidPasswordException e) {
            throw problem(source, "is protected by a password; save a copy without a password and try again", e);
        } catch (IOException | RuntimeException e) {
            throw problem(source, "is damaged or truncated and cannot be read as a PDF (" + e.getMessage() + ")", e);
        }
        String normal = text.replace("\r\n", "\n")
                .replaceAll("[ \t\u00A0]+\n", "\n") // spaces at line ends
                .replaceAll("\n{3,}", "\n\n")
                .strip();
        if (normal.isEmpty()) {
            throw problem(source, "has no extractable text (is it a scanned image?)", null);
        }
        return new Content(normal + "\n", pages);
    }

    private static boolean startsWithPdfHeader(byte[] bytes) {
        // the header may follow up to 1024 bytes of junk, as readers allow
        byte[] header = {'%', 'P', 'D', 'F', '-'};
        int limit = Math.min(bytes.length - header.length, 1024);
        for (int i = 0; i <= limit; i++) {
            if (Arrays.equals(bytes, i, i + header.length, header, 0, header.length)) {
                return true;
            }
        }
        return false;
    }

    private static InvalidInputException tooLarge(String source) {
        return problem(source, "is larger than " + MAX_BYTES / (1024 * 1024) + " MiB; a letter is far smaller", null);
    }

    private static InvalidInputException problem(String source, String message, Throwable cause) {
        return new InvalidInputException(java.util.List.of(Problem.of(source, message)), cause);
    }
}
