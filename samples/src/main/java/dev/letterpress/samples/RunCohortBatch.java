package dev.letterpress.samples;

import dev.letterpress.Letterpress;
import dev.letterpress.batch.BatchListener;
import dev.letterpress.batch.BatchResult;
import dev.letterpress.batch.RowResult;
import java.nio.file.Path;

/**
 * Writes a letter for every application of the bootcamp cohort (40 rows of a CSV), in parallel,
 * printing each row as it finishes, then a summary and where the manifest is.
 *
 * <pre>
 * RunCohortBatch [OUT [APPLICATIONS.csv CANDIDATES [BRAND]]]
 * </pre>
 *
 * <p>The defaults: {@code out/cohort}, {@code cohort/applications.csv}, the profiles in
 * {@code cohort/candidates/} and {@code cohort/brand.yaml}.
 */
public final class RunCohortBatch {
    private RunCohortBatch() {}

    /**
     * Runs the example.
     *
     * @param args the output folder, the applications CSV, the candidates folder and the brand, each optional
     */
    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "out/cohort");
        Path applications = SampleFiles.arg(args, 1, "cohort/applications.csv");
        Path candidates = SampleFiles.arg(args, 2, "cohort/candidates");
        Path brand = SampleFiles.arg(args, 3, "cohort/brand.yaml");

        Letterpress letterpress = Letterpress.builder().brand(brand).build();
        BatchResult result = letterpress
                .batch()
                .applications(applications)
                .candidates(candidates)
                .out(out)
                .listener(new PrintProgress())
                .build()
                .run();

        System.out.printf(
                "%d of %d letters written (%d files) in %.1f s; %d failed%n",
                result.ok(), result.rows(), result.files(), result.elapsed().toMillis() / 1000.0, result.failed());
        System.out.println("Manifest: " + result.manifestCsv());
    }

    /**
     * Prints one line per finished row. A batch calls its listener one event at a time, so a
     * plain counter is safe here.
     */
    static final class PrintProgress implements BatchListener {
        private int rows;
        private int done;

        @Override
        public void onStart(int rows) {
            this.rows = rows;
            System.out.println("Writing letters for " + rows + " applications");
        }

        @Override
        public void onWarning(String message) {
            System.out.println("warning: " + message);
        }

        @Override
        public void onRow(RowResult row, Throwable unexpected) {
            done++;
            String outcome = row.status() == RowResult.Status.OK ? "score " + row.score() : row.error();
            System.out.printf(
                    "[%2d/%d] %-7s %s → %s, %s: %s%n",
                    done, rows, row.status().id(), row.candidate(), row.company(), row.title(), outcome);
        }
    }
}
