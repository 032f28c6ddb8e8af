package dev.letterpress.samples;

import dev.letterpress.Letterpress;
import dev.letterpress.model.Profiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates one tailored cover letter, as DOCX and PDF, for one candidate and one job posting with
 * the bootcamp cohort's brand, and prints where the files are and how the letter scores.
 *
 * <pre>
 * GenerateLetter [OUT [CANDIDATE JOB [BRAND]]]
 * </pre>
 *
 * <p>The defaults: {@code out/generate}, Hamid Rezaei applying to Harbourline Bank, the Kestrel
 * Code Academy brand.
 */
public final class GenerateLetter {
    private GenerateLetter() {}

    /**
     * Runs the example.
     *
     * @param args the output folder, the candidate profile, the job posting and the brand, each optional
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "out/generate");
        Path candidate = SampleFiles.arg(args, 1, "cohort/candidates/hamid-rezaei.yaml");
        Path job = SampleFiles.arg(args, 2, "jobs/harbourline-bank-senior-backend-engineer.yaml");
        Path brand = SampleFiles.arg(args, 3, "cohort/brand.yaml");
        Files.createDirectories(out);

        // README:begin
        Letterpress letterpress = Letterpress.builder().brand(brand).build();
        Letterpress.Result result = letterpress.generate(Profiles.readCandidate(candidate), Profiles.readJob(job));
        Files.write(out.resolve("letter.docx"), result.document("docx"));
        Files.write(out.resolve("letter.pdf"), result.document("pdf"));
        System.out.println("Review: " + result.review().score() + "/100 ("
                + result.review().band().id() + ")");
        // README:end

        System.out.println("Wrote " + out.resolve("letter.docx") + " and " + out.resolve("letter.pdf"));
        result.review()
                .findings()
                .forEach(f -> System.out.println("  " + f.rule().id() + ": " + f.message()));
    }
}
