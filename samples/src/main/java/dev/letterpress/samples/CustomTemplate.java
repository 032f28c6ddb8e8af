package dev.letterpress.samples;

import dev.letterpress.Letterpress;
import dev.letterpress.compose.TemplateInfo;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Profiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a letter with your own template: {@code templates/experienced.xml} replaces the built-in
 * {@code experienced} template, so every experienced candidate's letter now opens with a
 * "Why &lt;company&gt;" section. Prints the templates in use and the letter's review.
 *
 * <pre>
 * CustomTemplate [OUT [TEMPLATES CANDIDATE JOB [BRAND]]]
 * </pre>
 *
 * <p>The defaults: {@code out/custom-template}, the {@code templates/} folder of the samples,
 * Hamid Rezaei applying to Harbourline Bank, the Kestrel Code Academy brand.
 */
public final class CustomTemplate {
    private CustomTemplate() {}

    /**
     * Runs the example.
     *
     * @param args the output folder, the templates folder, the candidate, the job posting and the brand,
     *             each optional
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "out/custom-template");
        Path templates = SampleFiles.arg(args, 1, "templates");
        Path candidateFile = SampleFiles.arg(args, 2, "cohort/candidates/hamid-rezaei.yaml");
        Path jobFile = SampleFiles.arg(args, 3, "jobs/harbourline-bank-senior-backend-engineer.yaml");
        Path brand = SampleFiles.arg(args, 4, "cohort/brand.yaml");
        Files.createDirectories(out);

        // build() checks every template in the folder and throws, naming file and line, if one is broken
        Letterpress letterpress =
                Letterpress.builder().brand(brand).templatesDirectory(templates).build();
        for (TemplateInfo template : letterpress.composer().templates()) {
            System.out.println(template.name() + (template.builtIn() ? " (built in)" : " (" + template.file() + ")")
                    + ": " + template.description());
        }

        Candidate candidate = Profiles.readCandidate(candidateFile);
        JobPosting job = Profiles.readJob(jobFile);
        Letterpress.Result result = letterpress.generate(candidate, job);
        Files.write(out.resolve("letter.docx"), result.document("docx"));
        Files.write(out.resolve("letter.pdf"), result.document("pdf"));

        System.out.println("Template: " + result.letter().template());
        System.out.println("Review: " + result.review().score() + "/100 ("
                + result.review().band().id() + ")");
        System.out.println("Wrote " + out.resolve("letter.docx") + " and " + out.resolve("letter.pdf"));
    }
}
