package dev.letterpress.cli;

import dev.letterpress.model.ImportOptions;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options for reading a posting in another format: which of several, and company and title. */
final class PostingOptions {
    @Option(
            names = "--index",
            paramLabel = "N",
            description = "Which posting to take when the file holds several" + " (1 = the first).")
    Integer index;

    @Option(
            names = "--company",
            paramLabel = "NAME",
            description = "The hiring company, for a posting that does not" + " name it (used instead of the file's).")
    String company;

    @Option(
            names = "--title",
            paramLabel = "TEXT",
            description = "The job title, for a posting that does not name it" + " (used instead of the file's).")
    String title;

    ImportOptions options(LocalDate date, CommandLine commandLine) {
        if (index != null && index < 1) {
            throw new CommandLine.ParameterException(
                    commandLine, "Invalid value for option '--index': " + index + " (use 1 for the first posting)");
        }
        return ImportOptions.builder()
                .date(date)
                .index(index)
                .company(company)
                .title(title)
                .build();
    }
}
