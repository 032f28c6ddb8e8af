package dev.letterpress.cli;

import dev.letterpress.batch.Batch;
import dev.letterpress.batch.BatchListener;
import dev.letterpress.batch.BatchResult;
import dev.letterpress.batch.RowResult;
import dev.letterpress.compose.Composer;
import dev.letterpress.model.Brand;
import dev.letterpress.model.Profiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code letterpress demo}: the bundled bootcamp cohort, end to end. */
@Command(
        name = "demo",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = "Write the letters of the bundled sample cohort (12 students, 40 applications) and say where"
                + " they are.",
        footerHeading = "%nExamples:%n",
        footer = {"  letterpress demo", "  letterpress demo --out /tmp/letters"})
final class DemoCommand implements Callable<Integer>, Cli.ContextAware {
    static final String SAMPLES = "dev/letterpress/cli/samples";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "The letters' date (default: SOURCE_DATE_EPOCH" + " if set, else today).")
    String date;

    private Cli.Context context;

    @Override
    public void context(Cli.Context value) {
        context = value;
    }

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        Path samples = Files.createTempDirectory("letterpress-demo");
        try {
            copySamples(samples);
            Path cohort = samples.resolve("cohort");
            String[] first = new String[1];
            Brand brand = Profiles.readBrand(cohort.resolve("brand.yaml"));
            Batch.Builder demo = Batch.builder()
                    .applications(cohort.resolve("applications.csv"))
                    .candidates(cohort.resolve("candidates"))
                    .brand(brand)
                    .composer(Composer.builder()
                            .date(Dates.resolve(date, context, cl))
                            .build())
                    .out(out)
                    .listener(new DemoProgress(
                            new Progress(cl.getErr(), "applications.csv", System.console() != null, false), first));
            // the demo shows what this machine can do: names in scripts the brand's font lacks
            // (the cohort has a Chinese name) take the installed fonts, as --system-fonts does
            LetterOptions.renderers(brand, true).forEach(demo::renderer);
            Batch batch = demo.build();
            BatchResult result = CtrlC.run(batch, cl);
            if (result == null) {
                return Cli.INTERRUPTED;
            }
            cl.getOut()
                    .println("Wrote " + result.files() + " files for " + result.ok() + " applications of the sample"
                            + " cohort (Kestrel Code Academy).");
            cl.getOut().println("Manifest: " + result.manifestCsv());
            if (first[0] != null) {
                cl.getOut()
                        .println("A letter: " + out.toAbsolutePath().normalize().resolve(first[0]));
            }
            cl.getOut().println("Next: letterpress review <letter.pdf> · letterpress batch --help");
            cl.getOut().flush();
            return result.success() ? Cli.OK : Cli.SOME_FAILED;
        } finally {
            deleteTree(samples);
        }
    }

    /** Passes events on, and remembers the first PDF written. */
    private static final class DemoProgress implements BatchListener {
        private final Progress progress;
        private final String[] first;

        DemoProgress(Progress progress, String[] first) {
            this.progress = progress;
            this.first = first;
        }

        @Override
        public void onStart(int rows) {
            progress.onStart(rows);
        }

        @Override
        public void onWarning(String message) {
            progress.onWarning(message);
        }

        @Override
        public void onRow(RowResult row, Throwable unexpected) {
            progress.onRow(row, unexpected);
            if (first[0] == null) {
                first[0] = row.files().stream()
                        .filter(f -> f.endsWith(".pdf"))
                        .findFirst()
                        .orElse(null);
            }
        }

        @Override
        public void onFinish(BatchResult result) {
            progress.onFinish(result);
        }
    }

    /** Copies the samples bundled with the CLI (in its jar, or its classes folder) to {@code target}. */
    static void copySamples(Path target) throws IOException {
        URI location;
        try {
            location = DemoCommand.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the bundled samples", e);
        }
        Path codeSource = Path.of(location);
        if (Files.isDirectory(codeSource)) {
            copyTree(codeSource.resolve(SAMPLES), target);
            return;
        }
        try (FileSystem jar = FileSystems.newFileSystem(codeSource, Map.of())) {
            copyTree(jar.getPath("/" + SAMPLES), target);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IllegalStateException("the samples are missing from this build of Letterpress: " + from);
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> all = walk.sorted(java.util.Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary samples in " + root, e);
        }
    }
}
