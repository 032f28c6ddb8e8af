package dev.letterpress.pdf;

import dev.letterpress.model.Letter;
import dev.letterpress.model.RenderResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;

/** Renders letters and reads the results back with PDFBox. */
final class Pdfs {
    private Pdfs() {}

    /** A rendered document and what the renderer said. */
    record Rendered(byte[] bytes, RenderResult result) {
        PDDocument open() {
            try {
                return Loader.loadPDF(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String text() {
            try (PDDocument doc = open()) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setLineSeparator("\n");
                stripper.setPageEnd("\n");
                String text = stripper.getText(doc)
                        .replace("\r\n", "\n")
                        .replaceAll("[ \t\u00A0]+\n", "\n")
                        .replaceAll("\n{3,}", "\n\n")
                        .strip();
                return text + "\n";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String pageText(int page) {
            try (PDDocument doc = open()) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setLineSeparator("\n");
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                return stripper.getText(doc).replaceAll("[ \u00A0]+\n", "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int pages() {
            try (PDDocument doc = open()) {
                return doc.getNumberOfPages();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Each font used on any page, once. */
        List<PDFont> fonts(PDDocument doc) throws IOException {
            List<PDFont> fonts = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!seen.contains(font.getName())) {
                        seen.add(font.getName());
                        fonts.add(font);
                    }
                }
            }
            return fonts;
        }

        List<String> fontNames() {
            try (PDDocument doc = open()) {
                return fonts(doc).stream().map(PDFont::getName).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The targets of the link annotations, in page order. */
        List<String> linkTargets() {
            List<String> uris = new ArrayList<>();
            try (PDDocument doc = open()) {
                for (PDPage page : doc.getPages()) {
                    for (PDAnnotation annotation : page.getAnnotations()) {
                        if (annotation instanceof PDAnnotationLink link
                                && link.getAction() instanceof PDActionURI uri) {
                            uris.add(uri.getURI());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return uris;
        }
    }

    static Rendered render(PdfRenderer renderer, Letter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RenderResult result = renderer.render(letter, out);
            return new Rendered(out.toByteArray(), result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The installed CJK font CI provides (Debian's fonts-wqy-microhei), or a skipped test. */
    static Path cjkFont() {
        Path file = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        Assumptions.assumeTrue(
                Files.isRegularFile(file), "needs a CJK font at " + file + " (Debian package fonts-wqy-microhei)");
        return file;
    }

    /** The path of an external tool, or a skipped test. */
    static String tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        Assumptions.abort(name + " is not installed (Debian package poppler-utils)");
        return null;
    }

    /** Runs a tool and returns what it printed. */
    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: "
                    + new String(output, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new String(output, java.nio.charset.StandardCharsets.UTF_8);
    }
}
