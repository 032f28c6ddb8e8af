package dev.letterpress.review;

import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Problem;
import dev.letterpress.model.QuietLogging;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * Reads the text of a Word document (DOCX) back, in reading order, so that letters written by
 * hand can be reviewed like composed ones. Paragraphs become lines; list items start with
 * {@code "- "}; table cells are read row by row; headers and footers are left out.
 *
 * <pre>{@code
 * String text = DocxText.extract(Path.of("letter.docx"));
 * }</pre>
 *
 * <p>Input is treated as hostile: files over {@value #MAX_MEGABYTES} MB, archives that unpack to
 * far more than they hold (zip bombs), and anything that is not a DOCX are refused with an
 * {@link InvalidInputException} that says why, never with a hang or an out-of-memory error.
 */
public final class DocxText {
    static {
        // POI logs through the Log4j API, which log4j-to-slf4j hands to SLF4J: started silently when the application
        // binds no logger
        QuietLogging.start();
    }

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** Largest DOCX file read, in megabytes. */
    public static final int MAX_MEGABYTES = 20;

    static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
    /** Most bytes all entries together may unpack to. */
    static final long MAX_UNPACKED = 64L * 1024 * 1024;
    /** Most bytes one XML part may unpack to. */
    static final long MAX_XML_PART = 16L * 1024 * 1024;
    /** Most entries an archive may hold. */
    static final int MAX_ENTRIES = 1000;
    /** Entries larger than this that unpack to over {@value #MAX_RATIO} times their size are refused. */
    static final long RATIO_THRESHOLD = 1024L * 1024;

    static final int MAX_RATIO = 100;

    private DocxText() {}

    /**
     * Reads the text of a DOCX file.
     *
     * @param file the file
     * @return the text, one paragraph per line, ending with a newline (empty for an empty document)
     * @throws InvalidInputException when the file is missing, unreadable, too large or not a
     *                               (safe) DOCX; the problem names the file
     */
    public static String extract(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw invalid(
                        source, tooLarge(String.format(Locale.ROOT, " (%.1f MB)", size / (1024.0 * 1024.0))), null);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return extract(in, source);
            }
        } catch (NoSuchFileException e) {
            throw invalid(source, "file not found", e);
        } catch (IOException e) {
            throw invalid(source, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the text of a DOCX document from a stream, which is read to its end but not closed.
     *
     * @param in     the document
     * @param source the name to use in error messages, such as the file name
     * @return the text, one paragraph per line, ending with a newline (empty for an empty document)
     * @throws InvalidInputException when the input is too large, not a (safe) DOCX, or cannot be
     *                               read; the problem names {@code source}
     */
    public static String extract(InputStream in, String source) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(source, "source must not be null");
        byte[] bytes;
        try {
            bytes = readBounded(in, source);
        } catch (IOException e) {
            throw invalid(source, "cannot read the document: " + e.getMessage(), e);
        }
        checkArchive(bytes, source);
        try (XWPFDocument doc = open(bytes, source)) {
            StringBuilder text = new StringBuilder(4096);
            appendBody(doc, doc.getBodyElements(), text);
            return text.toString();
        } catch (IOException e) {
            throw invalid(source, describe(e), e);
        }
    }

    private static byte[] readBounded(InputStream in, String source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > MAX_BYTES) {
                throw invalid(source, tooLarge(""), null);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String tooLarge(String size) {
        return "the document is larger than " + MAX_MEGABYTES + " MB" + size + "; a letter is far smaller";
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Refuses what is not a zip, and zips that unpack to too much, before any parser sees them. */
    private static void checkArchive(byte[] bytes, String source) {
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw invalid(
                    source, "not a DOCX file (an old Word .doc or an encrypted document: save it as .docx)", null);
        }
        if (!startsWith(bytes, 'P', 'K', 3, 4)) {
            throw invalid(source, "not a DOCX file (not a zip archive)", null);
        }
        long total = 0;
        int entries = 0;
        boolean contentTypes = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    throw invalid(source, "not a safe DOCX file (more than " + MAX_ENTRIES + " entries)", null);
                }
                String name = entry.getName();
                contentTypes |= name.equals(CONTENT_TYPES);
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                long size = 0;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    size += n;
                    total += n;
                    if (total > MAX_UNPACKED || xml && size > MAX_XML_PART) {
                        throw invalid(
                                source,
                                "not a safe DOCX file (" + name + " unpacks to more than "
                                        + ((xml && size > MAX_XML_PART ? MAX_XML_PART : MAX_UNPACKED) >> 20)
                                        + " MB: a zip bomb?)",
                                null);
                    }
                }
                long compressed = entry.getCompressedSize();
                if (size > RATIO_THRESHOLD && compressed > 0 && size / compressed > MAX_RATIO) {
                    throw invalid(
                            source,
                            "not a safe DOCX file (" + name + " unpacks to " + (size / compressed)
                                    + " times its packed size: a zip bomb?)",
                            null);
                }
            }
        } catch (ZipException e) {
            throw invalid(source, "not a DOCX file (damaged zip archive: " + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw invalid(source, "not a DOCX file (damaged zip archive: " + e.getMessage() + ")", e);
        }
        if (!contentTypes) {
            throw invalid(source, "not a DOCX file (a zip archive, but not an Office document)", null);
        }
    }

    private static XWPFDocument open(byte[] bytes, String source) throws IOException {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
            String type = main.isEmpty() ? "" : main.get(0).getContentType();
            if (!type.contains("wordprocessingml")) {
                throw invalid(
                        source,
                        "not a DOCX file (an Office document, but not a Word document"
                                + (type.isEmpty() ? "" : ": " + type) + ")",
                        null);
            }
            return new XWPFDocument(pkg);
        } catch (InvalidInputException e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw e;
        } catch (OpenXML4JException
                | OpenXML4JRuntimeException
                | POIXMLException
                | IllegalArgumentException
                | IllegalStateException e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw invalid(source, describe(e), e);
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("Zip bomb") || message.contains(ZipSecureFile.MAX_FILE_COUNT_MSG)) {
            return "not a safe DOCX file (it unpacks to far more than it holds: a zip bomb?)";
        }
        Throwable cause = e.getCause();
        if (cause instanceof XmlException) {
            return "not a readable DOCX file (malformed XML: " + cause.getMessage() + ")";
        }
        return "not a readable DOCX file (" + message + ")";
    }

    private static void appendBody(XWPFDocument doc, List<IBodyElement> elements, StringBuilder text) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph) {
                appendParagraph(doc, (XWPFParagraph) element, text);
            } else if (element instanceof XWPFTable) {
                for (XWPFTableRow row : ((XWPFTable) element).getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        appendBody(doc, cell.getBodyElements(), text);
                    }
                }
            } else if (element instanceof XWPFSDT) {
                appendLines(((XWPFSDT) element).getContent().getText(), text);
            }
        }
    }

    private static void appendParagraph(XWPFDocument doc, XWPFParagraph p, StringBuilder text) {
        String line = p.getText().strip();
        if (line.isEmpty()) {
            return;
        }
        if (isListItem(doc, p)) {
            text.append("- ");
        } else if (line.length() > 1
                && "\u2022\u25CF\u25AA\u25E6".indexOf(line.charAt(0)) >= 0
                && Character.isWhitespace(line.charAt(1))) {
            line = "- " + line.substring(2).strip();
        }
        text.append(line).append('\n');
    }

    private static void appendLines(String content, StringBuilder text) {
        for (String line : content.split("\n")) {
            if (!line.isBlank()) {
                text.append(line.strip()).append('\n');
            }
        }
    }

    /** A list item has numbering, on the paragraph itself or through its style. */
    private static boolean isListItem(XWPFDocument doc, XWPFParagraph p) {
        if (p.getNumID() != null) {
            return true;
        }
        String styleId = p.getStyleID();
        if (styleId == null || doc.getStyles() == null) {
            return false;
        }
        XWPFStyle style = doc.getStyles().getStyle(styleId);
        if (style == null) {
            return false;
        }
        CTPPrGeneral pPr = style.getCTStyle().getPPr();
        return pPr != null
                && pPr.isSetNumPr()
                && pPr.getNumPr().isSetNumId()
                && pPr.getNumPr().getNumId().getVal() != null
                && pPr.getNumPr().getNumId().getVal().signum() > 0;
    }

    private static InvalidInputException invalid(String source, String message, Throwable cause) {
        return new InvalidInputException(List.of(Problem.of(source, message)), cause);
    }
}
