package dev.letterpress.cli;

import dev.letterpress.batch.Batch;
import dev.letterpress.batch.BatchResult;
import dev.letterpress.batch.BatchListener;
import dev.letterpress.batch.RowResult;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.ImportOptions;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Profiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code letterpress generate}: one letter from one candidate and one posting. */
@Command(name = "generate", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Write one tailored letter for a candidate and a job posting.",
        footerHeading = "%nExamples:%n",
        footer = {"  letterpress generate --candidate samples/recruiter/candidate.yaml \\",
                "      --job samples/jobs/brightwave-health-backend-engineer.yaml \\",
                "      --brand samples/recruiter/brand.yaml",
                "  letterpress generate --candidate me.yaml --job acme.yaml --format pdf \\",
                "      --template concise --out letters",
                "  letterpress generate --candidate resume.json --job posting.html --index 2",
                "",
                "The letter goes to OUT/<candidate>/<company>--<title>.docx|.pdf, with",
                "OUT/manifest.csv and OUT/manifest.json."})
final class GenerateCommand implements Callable<Integer>, Cli.ContextAware {
    @Spec
    CommandSpec spec;

    @Option(names = "--candidate", paramLabel = "FILE", required = true, description = "The candidate's profile (YAML/JSON,"
            + " or a JSON Resume).")
    Path candidate;

    @Option(names = "--job", paramLabel = "FILE", required = true, description = "The job posting (YAML/JSON, a JSON Resume"
            + " job, schema.org JobPosting JSON-LD or a saved page holding it, or a .txt/.md job ad).")
    Path job;

    @Mixin
    PostingOptions postingOptions;

    @Option(names = "--template", paramLabel = "NAME", description = "Template to use (default: chosen from the profile"
            + " and the posting; see 'letterpress templates').")
    String template;

    @Mixin
    LetterOptions letters;

    private Cli.Context context;

    @Override
    public void context(Cli.Context value) {
        context = value;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        ImportOptions reading = postingOptions.options(Dates.resolve(letters.date, context, cl), cl);
        Candidate person = Profiles.readCandidate(candidate, reading);
        JobPosting posting = Profiles.readJob(job, reading);
        List<RowResult> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        BatchResult result = Batch.builder()
                .jobs(job.toString(), List.of(posting))
                .candidate(person)
                .template(template)
                .brand(letters.brand())
                .composer(letters.composer(context, cl))
                .formats(letters.formats(cl))
                .out(letters.out)
                .threads(1)
                .listener(new BatchListener() {
                    @Override
                    public void onRow(RowResult row, Throwable unexpected) {
                        rows.add(row);
                    }

                    @Override
                    public void onWarning(String message) {
                        warnings.add(message);
                    }
                })
                .build()
                .run();
        warnings.forEach(w -> cl.getErr().println("warning: " + w));
        RowResult row = rows.get(0);
        if (row.status() != RowResult.Status.OK) {
            cl.getErr().println("error: " + job + " " + row.error());
            cl.getErr().flush();
            return result.success() ? Cli.OK : Cli.INPUT_ERROR;
        }
        for (String file : row.files()) {
            cl.getOut().println(letters.out.resolve(file));
        }
        if (row.score() != null) {
            cl.getOut().println("Review: " + row.score() + "/100" + (row.findings().isEmpty() ? ""
                    : " — " + String.join(", ", row.findings()) + " (run 'letterpress review' on the file for suggestions)"));
        }
        cl.getOut().flush();
        cl.getErr().flush();
        return Cli.OK;
    }
}
