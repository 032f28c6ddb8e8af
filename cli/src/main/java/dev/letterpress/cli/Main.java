package dev.letterpress.cli;

/** The {@code letterpress} command's entry point: runs {@link Cli} and exits with its code. */
public final class Main {
    private Main() {
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(Cli.create().execute(args));
    }
}
