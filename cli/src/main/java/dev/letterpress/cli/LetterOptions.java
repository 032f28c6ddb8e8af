package dev.letterpress.cli;

import dev.letterpress.compose.Composer;
import dev.letterpress.model.Brand;
import dev.letterpress.model.LetterRenderer;
import dev.letterpress.model.Profiles;
import dev.letterpress.model.Renderers;
import dev.letterpress.pdf.PdfRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by {@code generate} and {@code batch}: brand, formats, templates, output, date. */
final class LetterOptions {
    @Option(
            names = "--brand",
            paramLabel = "FILE",
            description = "Brand file (YAML/JSON): logo, colours, font, page size.")
    Path brand;

    @Option(
            names = "--format",
            paramLabel = "FORMATS",
            split = ",",
            description = "Formats to write: docx, pdf or both" + " (default: ${DEFAULT-VALUE}).",
            defaultValue = "docx,pdf")
    List<String> formats;

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description = "Folder of your own templates, overriding or adding" + " to the built-in ones.")
    Path templates;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Output folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "out")
    Path out;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "The letters' date (default: SOURCE_DATE_EPOCH if" + " set, else today).")
    String date;

    @Option(
            names = "--system-fonts",
            description = "Let PDFs take characters the brand's fonts lack (Chinese names, say) from the fonts"
                    + " installed on this machine; the PDFs then depend on the machine's fonts.")
    boolean systemFonts;

    Brand brand() {
        return brand == null ? Brand.defaults() : Profiles.readBrand(brand);
    }

    /** The renderers that replace the registry's for these options: a PDF renderer that may use system fonts. */
    static List<LetterRenderer> renderers(Brand brand, boolean systemFonts) {
        return systemFonts
                ? List.of(PdfRenderer.builder(brand).systemFonts(true).build())
                : List.of();
    }

    /** The asked-for formats, each one the renderer registry knows. */
    List<String> formats(CommandLine commandLine) {
        List<String> known = List.copyOf(Renderers.available().keySet());
        List<String> wanted = new ArrayList<>();
        for (String format : formats) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (!known.contains(f)) {
                throw new CommandLine.ParameterException(
                        commandLine,
                        "Invalid value for option '--format': '" + format + "' (use " + String.join(", ", known)
                                + " or " + String.join(",", known) + ")");
            }
            if (!wanted.contains(f)) {
                wanted.add(f);
            }
        }
        return wanted;
    }

    Composer composer(Cli.Context context, CommandLine commandLine) {
        Composer.Builder builder = Composer.builder().date(Dates.resolve(date, context, commandLine));
        if (templates != null) {
            builder.templatesDirectory(templates);
        }
        return builder.build();
    }
}
