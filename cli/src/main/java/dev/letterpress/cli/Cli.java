package dev.letterpress.cli;

import dev.letterpress.batch.OutputException;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Problem;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/**
 * Builds the {@code letterpress} command line. Tests run it in process through
 * {@link CommandLine#execute(String...)} with their own writers, environment and clock.
 *
 * <p>Exit codes: 0 all done; 1 finished but some rows failed (batch), the score is below
 * {@code --min-score} (review), or Letterpress hit a bug or a full disk; 2 a usage or input error
 * before any work. Expected errors print their message only; {@code --verbose} adds the stack trace.
 */
public final class Cli {
    /** Exit code: everything done. */
    public static final int OK = 0;
    /** Exit code: finished, but some rows failed or the score is too low. */
    public static final int SOME_FAILED = 1;
    /** Exit code: usage or input error before any work. */
    public static final int INPUT_ERROR = 2;
    /** Exit code: interrupted (Ctrl-C); the rows done are in the manifest, {@code --resume} finishes. */
    public static final int INTERRUPTED = 130;

    private Cli() {
    }

    /**
     * The command line with the process's environment and clock.
     *
     * @return a ready command line
     */
    public static CommandLine create() {
        return create(System.getenv(), Clock.systemDefaultZone());
    }

    /**
     * The command line with a given environment (for {@code SOURCE_DATE_EPOCH}) and clock.
     *
     * @param env   environment variables
     * @param clock the clock that says what "today" is
     * @return a ready command line
     */
    public static CommandLine create(Map<String, String> env, Clock clock) {
        Context context = new Context(env, clock);
        CommandLine commandLine = new CommandLine(new LetterpressCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K instance = CommandLine.defaultFactory().create(type);
                if (instance instanceof ContextAware aware) {
                    aware.context(context);
                }
                return instance;
            }
        });
        commandLine.setExecutionExceptionHandler(Cli::handle);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    private static int handle(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean verbose = parseResult != null && verbose(parseResult);
        if (ex instanceof InvalidInputException input) {
            for (Problem problem : input.problems()) {
                err.println("error: " + problem);
            }
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return INPUT_ERROR;
        }
        if (ex instanceof OutputException) {
            err.println("error: " + ex.getMessage());
            err.println("The letters written so far are complete; run again with --resume to finish.");
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return SOME_FAILED;
        }
        err.println("internal error: " + ex);
        if (verbose) {
            ex.printStackTrace(err);
        } else {
            err.println("This is a bug in Letterpress. Run again with --verbose for details and please report it.");
        }
        err.flush();
        return SOME_FAILED;
    }

    private static boolean verbose(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** What commands read from outside: the environment and the clock. */
    record Context(Map<String, String> env, Clock clock) {
    }

    /** A command that needs the {@link Context}. */
    interface ContextAware {
        void context(Context context);
    }
}
