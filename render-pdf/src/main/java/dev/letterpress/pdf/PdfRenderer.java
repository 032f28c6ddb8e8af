package dev.letterpress.pdf;

import com.lowagie.text.DocumentException;
import dev.letterpress.model.Brand;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Letter;
import dev.letterpress.model.LetterRenderer;
import dev.letterpress.model.Problem;
import dev.letterpress.model.RenderResult;
import dev.letterpress.typeset.Density;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders letters as branded PDF files with OpenPDF: the same layout as the DOCX renderer, real
 * selectable text in reading order (what applicant-tracking systems read), clickable links,
 * document metadata, and byte-identical output for the same letter and brand.
 *
 * <pre>{@code
 * PdfRenderer pdf = PdfRenderer.create(brand);          // once per brand; share it between threads
 * try (OutputStream out = Files.newOutputStream(Path.of("letter.pdf"))) {
 *     RenderResult result = pdf.render(letter, out);
 *     result.warnings().forEach(System.err::println);  // e.g. characters no font has
 * }
 * }</pre>
 *
 * <p>Text is set in the brand's font: the bundled Liberation Sans (also for "Arial" and
 * "Helvetica"), Liberation Serif ("Times New Roman", "Times"), or the brand's own TrueType
 * {@link Brand#fontFile() fontFile}; fonts are embedded as subsets with Unicode (Identity-H)
 * encoding. A character the font lacks is drawn with the first font that has it: the brand's
 * {@link Brand#fallbackFonts() fallbackFonts}, then the font folders and, only when asked for, the
 * fonts installed on the system (see {@link Builder#systemFonts(boolean)}); a character no font
 * has is left out and named in {@link RenderResult#warnings()}. By default nothing depends on the
 * machine, so the same inputs give byte-identical PDFs everywhere.
 *
 * <p>Creating a renderer reads the brand's fonts and decodes its logo once; rendering only lays
 * out. Instances are immutable and safe to share between threads.
 */
public final class PdfRenderer implements LetterRenderer {
    private final LetterLayout layout;
    private final String brandText;

    private PdfRenderer(LetterLayout layout, String brandText) {
        this.layout = layout;
        this.brandText = brandText;
    }

    /**
     * A renderer for a brand: its font and fallback fonts, never the fonts installed on the machine.
     *
     * @param brand the brand; not null
     * @return the renderer
     * @throws InvalidInputException when the brand's logo or a font file cannot be used
     */
    public static PdfRenderer create(Brand brand) {
        return builder(brand).build();
    }

    /**
     * Starts configuring a renderer for a brand.
     *
     * @param brand the brand; not null
     * @return a builder with the defaults: system fonts off, no extra font folders
     */
    public static Builder builder(Brand brand) {
        return new Builder(Objects.requireNonNull(brand, "brand"));
    }

    @Override
    public String format() {
        return "pdf";
    }

    /**
     * Writes the letter as a PDF, set at the {@link Density#of(Letter, Brand) density} that fits a
     * letter slightly too long for one page on one (the DOCX renderer makes the same choice). A
     * letter that runs onto a second page is laid out twice, the second time with its page count
     * known for the "Page N of M" footers.
     *
     * @param letter the letter; not null
     * @param out    where the PDF goes; flushed, not closed
     * @return the warnings: characters that no font has, which are missing from the PDF
     * @throws IOException when writing to {@code out} fails
     */
    @Override
    public RenderResult render(Letter letter, OutputStream out) throws IOException {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(out, "out");
        long seed = Reproducible.seed(letter + "\n" + brandText);
        Density density = Density.of(letter, layout.brand());
        LetterLayout.Result result = layOut(letter, density, 0, seed);
        if (result.pages() > 1) {
            result = layOut(letter, density, result.pages(), seed);
        }
        byte[] pdf = result.pdf();
        Reproducible.fixDocumentId(pdf);
        out.write(pdf);
        out.flush();
        return result.warning() == null ? RenderResult.ok() : new RenderResult(List.of(result.warning()));
    }

    private LetterLayout.Result layOut(Letter letter, Density density, int totalPages, long seed) {
        return SubsetTags.during(seed, () -> {
            try {
                return layout.write(letter, density, totalPages);
            } catch (DocumentException e) {
                throw new IllegalStateException("OpenPDF could not lay out the letter: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Configures a {@link PdfRenderer}. Each {@link #build()} reads the brand's resources anew and
     * returns an independent renderer.
     */
    public static final class Builder {
        private final Brand brand;
        private boolean systemFonts;
        private final List<Path> fontFolders = new ArrayList<>();

        private Builder(Brand brand) {
            this.brand = brand;
        }

        /**
         * Whether characters that neither the brand's font nor its fallback fonts have are looked
         * for in the fonts installed on this machine (the usual font folders of Linux, macOS and
         * Windows). Off by default, so that output does not depend on the machine: the same letter
         * and brand give the same bytes on every computer. Turn it on only where a character the
         * brand's fonts lack (CJK, Arabic) matters more than byte-identical output; the brand's
         * {@code fallbackFonts} are the reproducible way to cover such characters.
         *
         * @param value true to search the installed fonts
         * @return this builder
         */
        public Builder systemFonts(boolean value) {
            systemFonts = value;
            return this;
        }

        /**
         * Adds a folder of TrueType/OpenType fonts to search (recursively) for missing characters,
         * after the brand's fallback fonts and before the installed fonts. Folders are indexed once
         * per JVM, on first need.
         *
         * @param folder the folder; not null
         * @return this builder
         */
        public Builder fontFolder(Path folder) {
            fontFolders.add(
                    Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize());
            return this;
        }

        /**
         * Reads the brand's fonts and logo and creates the renderer.
         *
         * @return the renderer
         * @throws InvalidInputException when the logo is not a readable PNG/JPEG image, or the font
         *                               file or a fallback font is not a usable TrueType font
         */
        public PdfRenderer build() {
            List<Problem> problems = new ArrayList<>();
            FontFamily family = FontFamily.bundled(brand.font());
            if (brand.fontFile() != null) {
                try {
                    family = FontFamily.ofFile(brand.fontFile());
                } catch (IOException e) {
                    problems.add(new Problem(brand.fontFile().toString(), 0, 0, "fontFile", reason(e)));
                }
            }
            List<FontFace> fallbacks = new ArrayList<>();
            for (int i = 0; i < brand.fallbackFonts().size(); i++) {
                Path file = brand.fallbackFonts().get(i);
                try {
                    fallbacks.add(FontFace.load(java.nio.file.Files.readAllBytes(file), 0, file.toString()));
                } catch (IOException e) {
                    problems.add(new Problem(file.toString(), 0, 0, "fallbackFonts[" + i + "]", reason(e)));
                }
            }
            Logo logo = null;
            if (brand.logo() != null || brand.logoImage() != null) {
                try {
                    logo = brand.logoImage() != null ? Logo.of(brand.logoImage(), "logo") : Logo.read(brand.logo());
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            List<Path> folders = new ArrayList<>(fontFolders);
            if (systemFonts) {
                folders.addAll(SystemFonts.platformFolders());
            }
            SystemFonts system = folders.isEmpty() ? null : SystemFonts.in(folders);
            FontChain chain = new FontChain(family, fallbacks, system);
            return new PdfRenderer(new LetterLayout(brand, chain, logo), identity(brand, logo));
        }

        /**
         * The brand as it shows in a document, for the subset-tag seed: its values and the logo's
         * content, not the paths of its files, so that the same brand copied to another folder
         * gives byte-identical PDFs.
         */
        private static String identity(Brand brand, Logo logo) {
            return brand.withoutFiles() + "\n" + (logo == null ? "" : logo.digest());
        }

        private static String reason(IOException e) {
            if (e instanceof java.nio.file.NoSuchFileException) {
                return "font file not found";
            }
            String message = e.getMessage();
            return message == null ? "cannot read the font file" : message;
        }
    }
}
