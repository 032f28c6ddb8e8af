package dev.letterpress.cli;

import dev.letterpress.compose.review.LetterText;
import dev.letterpress.compose.review.Review;
import dev.letterpress.compose.review.Reviewer;
import dev.letterpress.docx.DocxText;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Problem;
import dev.letterpress.model.Profiles;
import dev.letterpress.pdf.PdfText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code letterpress review}: score an existing letter against the advice. */
@Command(name = "review", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Score a cover letter (DOCX, PDF, plain text or Markdown) 0-100 and list what to improve.",
        footerHeading = "%nExamples:%n",
        footer = {"  letterpress review out/zoe-lukasiewicz/fernhill-logistics--junior-backend-engineer.pdf",
                "  letterpress review my-letter.md --job acme.yaml          # also checks the tailoring",
                "  letterpress review letter.docx --json --min-score 75     # for CI: exit 1 below 75",
                "",
                "Bands: good >= 75, fair 50-74, poor < 50. --json prints the documented JSON form",
                "(format \"letterpress-review\", version 1)."})
final class ReviewCommand implements Callable<Integer> {
    private static final int MAX_TEXT_BYTES = 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The letter: .docx, .pdf, .txt or .md.")
    Path file;

    @Option(names = "--job", paramLabel = "FILE", description = "The posting the letter answers, to check the tailoring.")
    Path job;

    @Option(names = "--json", description = "Print the review as JSON.")
    boolean json;

    @Option(names = "--min-score", paramLabel = "N", description = "Exit with 1 when the score is below N (0-100).")
    Integer minScore;

    @Option(names = "--role", paramLabel = "NAME", description = "Role pack to review against (default: backend).")
    String role;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (minScore != null && (minScore < 0 || minScore > 100)) {
            throw new CommandLine.ParameterException(cl, "Invalid value for option '--min-score': " + minScore
                    + " (use 0 to 100)");
        }
        JobPosting posting = job == null ? null : Profiles.readJob(job);
        Reviewer.Builder builder = Reviewer.builder();
        if (role != null) {
            builder.role(role);
        }
        Review review = builder.build().review(read(file), posting);
        cl.getOut().print(json ? review.toJson() : review.toText());
        cl.getOut().flush();
        return minScore != null && review.score() < minScore ? Cli.SOME_FAILED : Cli.OK;
    }

    /** The letter's text, by the file's extension. */
    static LetterText read(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String source = file.toString();
        if (name.endsWith(".docx")) {
            return LetterText.plain(DocxText.extract(file)).withSource(source);
        }
        if (name.endsWith(".pdf")) {
            PdfText.Content content = PdfText.read(file);
            return LetterText.plain(content.text()).withPages(content.pages()).withSource(source);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return LetterText.markdown(text(file)).withSource(source);
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return LetterText.plain(text(file)).withSource(source);
        }
        throw new InvalidInputException(Problem.of(source, "cannot review this kind of file; use .docx, .pdf, .txt or .md"));
    }

    private static String text(Path file) {
        try {
            if (Files.size(file) > MAX_TEXT_BYTES) {
                throw new InvalidInputException(Problem.of(file.toString(), "is larger than 1 MiB; a letter is far smaller"));
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(Problem.of(file.toString(), "file not found")), e);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(List.of(Problem.of(file.toString(), "not valid UTF-8; save the file as UTF-8")), e);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(Problem.of(file.toString(), "cannot be read: " + e.getMessage())), e);
        }
    }
}
