package dev.letterpress.cli;

/** The {@code letterpress} command's entry point: runs {@link Cli} and exits with its code. */
public final class Main {
    private Main() {}

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // POI logs through the Log4j API; the command line has no use for its internal messages
        System.setProperty(
                "log4j2.loggerContextFactory",
                System.getProperty(
                        "log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"));
        System.setProperty("log4j2.simplelogLevel", System.getProperty("log4j2.simplelogLevel", "OFF"));
        System.exit(Cli.create().execute(args));
    }
}
