package dev.letterpress.cli;

import dev.letterpress.imports.Importers;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code letterpress import}: show a JSON Resume, a job schema or a job ad as Letterpress's YAML. */
@Command(
        name = "import",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Print a JSON Resume, a JSON Resume job, a schema.org JobPosting (JSON-LD, or a saved web page",
            "holding it) or a text job ad (.txt, .md) as Letterpress's YAML, a comment beside each field",
            "naming where it came from. Nothing is fetched from the network."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  letterpress import resume.json > candidates/me.yaml",
            "  letterpress import posting.html --index 2",
            "  letterpress import ad.txt --company \"Raviga Media\"",
            "",
            "generate and batch read these files directly; import shows the mapping so that",
            "you can check it, fix it and add what the source lacks (years per skill)."
        })
final class ImportCommand implements Callable<Integer>, Cli.ContextAware {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to read.")
    Path file;

    @Mixin
    PostingOptions posting;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description =
                    "Count work still going on up to this date" + " (default: SOURCE_DATE_EPOCH if set, else today).")
    String date;

    private Cli.Context context;

    @Override
    public void context(Cli.Context value) {
        context = value;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        String yaml = Importers.toYaml(Importers.read(file, posting.options(Dates.resolve(date, context, cl), cl)));
        cl.getOut().print(yaml);
        cl.getOut().flush();
        return Cli.OK;
    }
}
