package dev.letterpress.cli;

import dev.letterpress.batch.LetterFolder;
import dev.letterpress.batch.LetterMaker;
import dev.letterpress.batch.LetterRequest;
import dev.letterpress.batch.MadeLetter;
import dev.letterpress.compose.Composer;
import dev.letterpress.compose.SentenceSource;
import dev.letterpress.model.Brand;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.ImportOptions;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Profiles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code letterpress generate}: one letter from one candidate and one posting. */
@Command(
        name = "generate",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = "Write one tailored letter for a candidate and a job posting.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  letterpress generate --candidate samples/recruiter/candidate.yaml \\",
            "      --job samples/jobs/brightwave-health-backend-engineer.yaml \\",
            "      --brand samples/recruiter/brand.yaml",
            "  letterpress generate --candidate me.yaml --job acme.yaml --format pdf \\",
            "      --template concise --out letters",
            "  letterpress generate --candidate me.yaml --job acme.yaml --explain",
            "  letterpress generate --candidate resume.json --job posting.html --index 2",
            "",
            "The letter goes to OUT/<candidate>/<company>--<title>.docx|.pdf. No manifest",
            "is written: a batch's manifest in the same OUT stays as it was."
        })
final class GenerateCommand implements Callable<Integer>, Cli.ContextAware {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--candidate",
            paramLabel = "FILE",
            required = true,
            description = "The candidate's profile (YAML/JSON," + " or a JSON Resume).")
    Path candidate;

    @Option(
            names = "--job",
            paramLabel = "FILE",
            required = true,
            description = "The job posting (YAML/JSON, a JSON Resume"
                    + " job, schema.org JobPosting JSON-LD or a saved page holding it, or a .txt/.md job ad).")
    Path job;

    @Mixin
    PostingOptions postingOptions;

    @Option(
            names = "--template",
            paramLabel = "NAME",
            description = "Template to use (default: chosen from the profile"
                    + " and the posting; see 'letterpress templates').")
    String template;

    @Option(
            names = "--explain",
            description = "Also print each sentence of the letter with the input fields it"
                    + " comes from (achievements[2].text, job.keywords[1], template:experienced/p1).")
    boolean explain;

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
        List<String> formats = letters.formats(cl);
        Composer composer = letters.composer(context, cl);
        Brand brand = letters.brand();
        LetterMaker.Builder makerBuilder =
                LetterMaker.builder().brand(brand).composer(composer).formats(formats);
        LetterOptions.renderers(brand, letters.systemFonts).forEach(makerBuilder::renderer);
        LetterMaker maker = makerBuilder.build();
        MadeLetter made = maker.make(new LetterRequest(person, posting, template, formats));
        made.warnings().forEach(w -> cl.getErr().println("warning: " + job + ": " + w));
        List<Path> files;
        try (LetterFolder folder = LetterFolder.open(letters.out)) {
            files = folder.write(person.id(), posting, made);
        }
        files.forEach(cl.getOut()::println);
        if (explain) {
            cl.getOut().println("Sources of each sentence:");
            for (SentenceSource sentence :
                    composer.composition(person, posting, template).sentences()) {
                cl.getOut().println("  " + sentence.text());
                cl.getOut().println("      <- " + String.join(", ", sentence.sources()));
            }
        }
        if (made.review() != null) {
            List<String> findings = made.review().ruleIds();
            cl.getOut()
                    .println("Review: " + made.review().score() + "/100"
                            + (findings.isEmpty() ? "" : " — " + String.join(", ", findings)));
            if (!findings.isEmpty()) {
                cl.getOut()
                        .println("For suggestions run: letterpress review "
                                + shellWord(files.get(0).toString()) + " --job " + shellWord(job.toString()));
            }
        }
        cl.getOut().flush();
        cl.getErr().flush();
        return Cli.OK;
    }

    /** A path as a POSIX shell reads it back: as is when plain, else in single quotes. */
    static String shellWord(String text) {
        return text.matches("[A-Za-z0-9_./:@%+=,-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
