package dev.letterpress.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code letterpress} command; the work is in its subcommands. */
@Command(
        name = "letterpress",
        mixinStandardHelpOptions = true,
        versionProvider = LetterpressCommand.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Tailored, branded cover letters as DOCX and PDF, one at a time or thousands from a CSV."},
        subcommands = {
            GenerateCommand.class,
            BatchCommand.class,
            ReviewCommand.class,
            TemplatesCommand.class,
            DemoCommand.class,
            ImportCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all done",
            "2:usage or input error before any work",
            "3:finished, but some rows failed (batch)",
            "4:the score is below --min-score (review)",
            "70:internal error: a bug in Letterpress",
            "74:I/O error, such as a full disk",
            "130:interrupted (Ctrl-C); --resume finishes the run"
        },
        footer = {"", "Start with:  letterpress demo"})
final class LetterpressCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces and more detail.")
    boolean verbose;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.INPUT_ERROR;
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {
                "letterpress " + properties.getProperty("version", "(development build)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
