package dev.letterpress.samples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs an example's {@code main} and keeps what it printed; finds the samples folder from the test's module. */
final class Console {
    private Console() {}

    /** An example's entry point. */
    interface Main {
        void run(String[] args) throws Exception;
    }

    /**
     * The samples folder: Surefire sets {@code basedir} to the module, whichever folder Maven was started in.
     */
    static Path samples() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
    }

    static String sample(String relative) {
        return samples().resolve(relative).toString();
    }

    /** Runs {@code main} with {@code args} and returns its standard output. */
    static String run(Main main, String... args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.run(args);
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        original.print(out);
        return out;
    }
}
