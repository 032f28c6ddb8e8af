package dev.letterpress.cli;

import dev.letterpress.web.WebApp;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code letterpress serve}: the local web app, until Ctrl-C. */
@Command(
        name = "serve",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = "Start the web app (write, batch, review, templates) and print its address.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  letterpress serve                      # http://127.0.0.1:8080/",
            "  letterpress serve --port 9000 --data ~/letterpress-jobs",
            "  letterpress serve --host 0.0.0.0       # prints a URL with an access token",
            "",
            "It binds 127.0.0.1 unless --host says otherwise. On any other address every",
            "request needs the access token (--token, or one generated and printed inside",
            "the URL); without it the answer is 401. Uploads and letters live in a folder",
            "per job under --data (default: a temporary folder), deleted after use or",
            "after 60 idle minutes. Ctrl-C stops the server."
        })
final class ServeCommand implements Callable<Integer>, Cli.ContextAware {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: 8080; 0 for any free port).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind (default: 127.0.0.1).")
    String host = "127.0.0.1";

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Folder for the jobs' uploads and letters (default: a temporary folder).")
    Path data;

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            description = "Access token every request must carry (default: none on 127.0.0.1, generated elsewhere).")
    String token;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "The letters' date (default: SOURCE_DATE_EPOCH, else today).")
    String date;

    private Cli.Context context;

    @Override
    public void context(Cli.Context value) {
        context = value;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(
                    cl, "Invalid value for option '--port': " + port + " (use 0 to 65535)");
        }
        if (token != null && !WebApp.isValidToken(token)) {
            throw new CommandLine.ParameterException(
                    cl,
                    "Invalid value for option '--token': use at least 16 characters of A-Z, a-z, 0-9, '.', '_', '~', '-'");
        }
        WebApp.Builder builder = WebApp.builder()
                .host(host)
                .port(port)
                .token(token)
                .dataDirectory(data)
                .errors(cl.getErr());
        if (date != null || context.env().get("SOURCE_DATE_EPOCH") != null) {
            builder.date(Dates.resolve(date, context, cl));
        }
        WebApp app;
        try {
            app = builder.start();
        } catch (RuntimeException e) {
            if (causedBy(e, BindException.class)) {
                throw new CommandLine.ParameterException(
                        cl,
                        "Invalid value for option '--port': " + host + ":" + port + " is in use or cannot be bound");
            }
            throw e;
        }
        Thread hook = new Thread(app::close, "letterpress-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (app) {
            cl.getOut().println("Letterpress is running at " + app.url());
            cl.getOut().println("Press Ctrl-C to stop.");
            cl.getOut().flush();
            app.join();
            return Cli.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Cli.INTERRUPTED;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already stopping: the hook closes the app
            }
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
