package dev.letterpress.cli;

import dev.letterpress.batch.Batch;
import dev.letterpress.batch.BatchResult;
import dev.letterpress.model.Brand;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code letterpress batch}: one letter per row of an applications CSV. */
@Command(
        name = "batch",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = "Write one tailored letter per row of an applications CSV, in parallel, with a manifest.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  letterpress batch samples/cohort/applications.csv \\",
            "      --candidates samples/cohort/candidates \\",
            "      --brand samples/cohort/brand.yaml --out out/cohort",
            "  letterpress batch jobs.csv --candidate me.yaml --format pdf --zip letters.zip",
            "  letterpress batch big.csv --candidates people/ --resume   # after a stop",
            "  letterpress batch export.csv --candidates people/ --delimiter ';' --dry-run",
            "",
            "Columns: candidate, company, title (required); hiring_manager,",
            "required_skills, nice_to_have, keywords (';'-separated), seniority, location,",
            "url, reference, template, formats (optional).",
            "Letters go to OUT/<candidate>/<company>--<title>.docx|.pdf; OUT/manifest.csv",
            "and OUT/manifest.json list every row with its status, files, review score",
            "and error. One run at a time holds OUT (OUT/.letterpress.lock); at start it",
            "deletes only the temporary files (.lp-*.tmp) that an earlier, killed run of",
            "Letterpress recorded in that lock file, nothing else. Ctrl-C stops after the",
            "rows in flight, writes the manifest of the rows done and exits 130."
        })
final class BatchCommand implements Callable<Integer>, Cli.ContextAware {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "APPLICATIONS.csv", description = "The applications, one row per letter.")
    Path applications;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Who who;

    static final class Who {
        @Option(
                names = "--candidates",
                paramLabel = "DIR|FILE",
                required = true,
                description = "Candidate profiles: a folder of YAML/JSON files, or one file holding a list.")
        Path candidates;

        @Option(
                names = "--candidate",
                paramLabel = "FILE",
                required = true,
                description = "One candidate for every row (the CSV's candidate column may then be left out).")
        Path candidate;
    }

    @Mixin
    LetterOptions letters;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--resume", description = "Skip rows whose inputs are unchanged and whose files exist.")
    boolean resume;

    @Option(names = "--fail-fast", description = "Stop at the first failed row.")
    boolean failFast;

    @Option(
            names = "--delimiter",
            paramLabel = "C",
            description = "Field separator of the CSV (default: ,). Use '\\t'" + " for tab.")
    String delimiter;

    @Option(names = "--dry-run", description = "Check everything and compose every letter, but write nothing.")
    boolean dryRun;

    @Option(
            names = "--zip",
            paramLabel = "FILE",
            description = "Also bundle this run's letters and manifests (nothing else in" + " OUT) into this zip.")
    Path zip;

    private Cli.Context context;

    @Override
    public void context(Cli.Context value) {
        context = value;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 256) {
            throw new CommandLine.ParameterException(
                    cl, "Invalid value for option '--threads': " + workers + " (use 1 to 256)");
        }
        Brand brand = letters.brand();
        Batch.Builder builder = Batch.builder()
                .applications(applications)
                .brand(brand)
                .composer(letters.composer(context, cl))
                .formats(letters.formats(cl))
                .out(letters.out)
                .threads(workers)
                .resume(resume)
                .failFast(failFast)
                .dryRun(dryRun)
                .zip(zip)
                .delimiter(delimiter(cl))
                .listener(new Progress(cl.getErr(), applications.toString(), System.console() != null, isVerbose()));
        LetterOptions.renderers(brand, letters.systemFonts).forEach(builder::renderer);
        if (who.candidate != null) {
            builder.candidate(who.candidate);
        } else {
            builder.candidates(who.candidates);
        }
        Batch batch = builder.build();
        BatchResult result = CtrlC.run(batch, cl);
        if (result == null) {
            return Cli.INTERRUPTED;
        }
        if (dryRun) {
            cl.getOut()
                    .println("Dry run: " + result.ok() + " of " + result.rows() + " rows would make letters; "
                            + result.failed() + " have errors. Nothing was written.");
        } else {
            cl.getOut().println("Manifest: " + result.manifestCsv());
            if (result.zip() != null) {
                cl.getOut().println("Zip: " + result.zip());
            }
        }
        cl.getOut().flush();
        return result.success() ? Cli.OK : Cli.SOME_FAILED;
    }

    private boolean isVerbose() {
        return spec.root().commandLine().getParseResult() != null
                        && spec.root().commandLine().getParseResult().hasMatchedOption("--verbose")
                || spec.commandLine().getParseResult().hasMatchedOption("--verbose");
    }

    private char delimiter(CommandLine cl) {
        if (delimiter == null) {
            return ',';
        }
        String d = delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter;
        if (d.length() != 1 || d.equals("\"") || d.equals("\n") || d.equals("\r")) {
            throw new CommandLine.ParameterException(
                    cl,
                    "Invalid value for option '--delimiter': '" + delimiter
                            + "' (use one character such as ',' ';' or '\\t')");
        }
        return d.charAt(0);
    }
}
