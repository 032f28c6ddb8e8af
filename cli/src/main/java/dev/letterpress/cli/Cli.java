package dev.letterpress.cli;

import dev.letterpress.batch.OutputException;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/**
 * Builds the {@code letterpress} command line. Tests run it in process through
 * {@link CommandLine#execute(String...)} with their own writers, environment and clock.
 *
 * <p>Exit codes, so that scripts can tell bad data from a full disk from a bug: 0 all done; 2 a
 * usage or input error before any work; 3 finished, but some rows failed (batch); 4 the score is
 * below {@code --min-score} (review); 70 an internal error, a bug in Letterpress (EX_SOFTWARE); 74
 * an I/O error such as a full disk (EX_IOERR); 130 interrupted. Expected errors print their message
 * only; {@code --verbose} adds the stack trace.
 */
public final class Cli {
    /** Exit code: everything done. */
    public static final int OK = 0;
    /** Exit code: usage or input error before any work. */
    public static final int INPUT_ERROR = 2;
    /** Exit code: finished, but some rows failed. */
    public static final int SOME_FAILED = 3;
    /** Exit code: the review's score is below {@code --min-score}. */
    public static final int BELOW_MIN_SCORE = 4;
    /** Exit code: a bug in Letterpress (sysexits' EX_SOFTWARE). */
    public static final int INTERNAL_ERROR = 70;
    /** Exit code: reading or writing failed, e.g. a full disk (sysexits' EX_IOERR). */
    public static final int IO_ERROR = 74;
    /** Exit code: interrupted (128 + SIGINT). */
    public static final int INTERRUPTED = 130;

    private Cli() {}

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
        if (ex instanceof InterruptedException
                || ex instanceof ClosedByInterruptException
                || ex.getCause() instanceof ClosedByInterruptException) {
            err.println("interrupted");
            return finish(ex, err, verbose, INTERRUPTED);
        }
        if (ex instanceof OutputException || ex instanceof UncheckedIOException || ex instanceof IOException) {
            err.println("error: " + ex.getMessage());
            if (ex instanceof OutputException) {
                err.println("The letters written so far are complete; run again with --resume to finish.");
            }
            return finish(ex, err, verbose, IO_ERROR);
        }
        err.println("internal error: " + ex);
        if (!verbose) {
            err.println("This is a bug in Letterpress. Run again with --verbose for details and please report it.");
        }
        return finish(ex, err, verbose, INTERNAL_ERROR);
    }

    private static int finish(Exception ex, PrintWriter err, boolean verbose, int exitCode) {
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return exitCode;
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
    record Context(Map<String, String> env, Clock clock) {}

    /** A command that needs the {@link Context}. */
    interface ContextAware {
        void context(Context context);
    }
}
