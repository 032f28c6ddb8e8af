package dev.letterpress.cli;

import dev.letterpress.Letterpress;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Profiles;
import dev.letterpress.review.Review;
import dev.letterpress.review.Reviewer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code letterpress review}: score an existing letter against the advice. */
@Command(
        name = "review",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = "Score a cover letter (DOCX, PDF, plain text or Markdown) 0-100 and list what to improve.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  letterpress review out/jose-alvarez/saltmarsh-travel--backend-engineer.pdf",
            "  letterpress review my-letter.md --job acme.yaml     # checks the tailoring",
            "  letterpress review letter.docx --json --min-score 75    # CI: exit 4 below 75",
            "  letterpress review letter.pdf --explain   # the points each rule took, and why",
            "",
            "Bands: good >= 75, fair 50-74, poor < 50. A letter starts at 100 and loses the",
            "weight of every rule that raised a finding. --json prints the documented JSON",
            "form (format \"letterpress-review\", version 1), with every rule's points."
        })
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The letter: .docx, .pdf, .txt or .md.")
    Path file;

    @Option(
            names = "--job",
            paramLabel = "FILE",
            description = "The posting the letter answers, to check the tailoring.")
    Path job;

    @Option(names = "--json", description = "Print the review as JSON.")
    boolean json;

    @Option(
            names = "--explain",
            description =
                    "Print the score rule by rule: each rule's weight, the points it " + "took and why, and the bands.")
    boolean explain;

    @Option(names = "--min-score", paramLabel = "N", description = "Exit with 4 when the score is below N (0-100).")
    Integer minScore;

    @Option(names = "--role", paramLabel = "NAME", description = "Role pack to review against (default: backend).")
    String role;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (minScore != null && (minScore < 0 || minScore > 100)) {
            throw new CommandLine.ParameterException(
                    cl, "Invalid value for option '--min-score': " + minScore + " (use 0 to 100)");
        }
        if (json && explain) {
            throw new CommandLine.ParameterException(
                    cl,
                    "--json and --explain cannot be combined: the JSON form "
                            + "already holds the explanation (\"scoring\" and \"bands\")");
        }
        JobPosting posting = job == null ? null : Profiles.readJob(job);
        Reviewer.Builder builder = Reviewer.builder();
        if (role != null) {
            builder.role(role);
        }
        Review review = builder.build().review(Letterpress.letterText(file), posting);
        cl.getOut().print(json ? review.toJson() : explain ? review.explain() : review.toText());
        cl.getOut().flush();
        return minScore != null && review.score() < minScore ? Cli.BELOW_MIN_SCORE : Cli.OK;
    }
}
