package dev.letterpress.review;

import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Problem;
import dev.letterpress.model.QuietLogging;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the text of a PDF letter in reading order, as an applicant-tracking system does: for the
 * review of letters written elsewhere, and for tests. Uses Apache PDFBox, which (unlike OpenPDF's
 * own extractor) reads Identity-H text.
 *
 * <pre>{@code
 * String text = PdfText.extract(Path.of("letter.pdf"));
 * }</pre>
 *
 * <p>Input is untrusted: at most {@value #MAX_BYTES} bytes are read, a PDF of more than
 * {@value #MAX_PAGES} pages is refused as soon as it is opened, text extraction stops past
 * {@value #MAX_CHARS} characters (however much a page's compressed text would inflate to), nothing
 * is written to disk — PDFBox's font cache included: fonts a PDF does not embed are read with the
 * font PDFBox bundles, unless the application has set its own {@code FontMappers} — and every kind
 * of unreadable file ends in an {@link InvalidInputException} that names the file and says what is
 * wrong — not a PDF, damaged, protected by a password, too long, or without text (a scanned image).
 */
public final class PdfText {
    static {
        // PDFBox logs through commons-logging, which hands it to SLF4J: started silently when the application binds no
        // logger
        QuietLogging.start();
    }

    /** The largest file read, 20 MiB: far more than any letter needs. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** The most pages read: a letter has one or two. */
    public static final int MAX_PAGES = 20;
    /** The most characters of text read: as many as a review takes. */
    public static final int MAX_CHARS = Reviewer.MAX_CHARS;

    private PdfText() {}

    /**
     * The text of a PDF file.
     *
     * @param file the file; not null
     * @return the text in reading order, lines separated by {@code \n}, without spaces at line ends
     *         and with at most one blank line in a row
     * @throws InvalidInputException when the file is missing, too large, not a PDF, damaged,
     *                               encrypted with a password, has more than {@value #MAX_PAGES}
     *                               pages or {@value #MAX_CHARS} characters, or has no text
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
    public record Content(String text, int pages) {}

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
     *                               with a password, too long, has no text, or cannot be read
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
        BundledFonts.install();
        String text;
        int pages;
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null, IOUtils.createMemoryOnlyStreamCache())) {
            pages = document.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw problem(
                        source,
                        "has " + pages + " pages; a letter has one or two (at most " + MAX_PAGES + " are read)",
                        null);
            }
            BoundedStripper stripper = new BoundedStripper();
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            stripper.setEndPage(MAX_PAGES);
            text = stripper.getText(document);
        } catch (TooMuchText e) {
            throw problem(
                    source,
                    String.format(
                            Locale.ROOT,
                            "has more than %,d characters of text; a letter is far" + " shorter",
                            MAX_CHARS),
                    e);
        } catch (InvalidInputException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw problem(source, "is protected by a password; save a copy without a password and try again", e);
        } catch (IOException | RuntimeException e) {
            throw problem(source, "is damaged or truncated and cannot be read as a PDF (" + e.getMessage() + ")", e);
        }
        String normal = tidy(text);
        if (normal.isEmpty()) {
            throw problem(source, "has no extractable text (is it a scanned image?)", null);
        }
        return new Content(normal + "\n", pages);
    }

    /**
     * The text without spaces at line ends and with at most one blank line in a row, in one pass
     * (a regular expression would backtrack over a long run of spaces).
     */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int newlines = 0;
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            int end = line.length();
            while (end > 0 && " \t\u00A0".indexOf(line.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end == 0) {
                newlines++;
                continue;
            }
            if (out.length() > 0) {
                out.append("\n".repeat(Math.min(newlines + 1, 2)));
            }
            out.append(line, 0, end);
            newlines = 0;
        }
        return out.toString().strip();
    }

    /** Stops the extraction at the first character past {@link #MAX_CHARS}, while the page is read. */
    private static final class BoundedStripper extends PDFTextStripper {
        private int characters;

        @Override
        protected void processTextPosition(TextPosition text) {
            characters += text.getUnicode() == null
                    ? 1
                    : Math.max(1, text.getUnicode().length());
            if (characters > MAX_CHARS) {
                throw new TooMuchText();
            }
            super.processTextPosition(text);
        }
    }

    /** Thrown from inside the extraction when the text passes {@link #MAX_CHARS}. */
    private static final class TooMuchText extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooMuchText() {
            super("more than " + MAX_CHARS + " characters", null, false, false);
        }
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
