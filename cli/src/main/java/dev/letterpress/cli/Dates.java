package dev.letterpress.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** The letter's date: {@code --date}, else {@code SOURCE_DATE_EPOCH}, else today. */
final class Dates {
    private Dates() {}

    static LocalDate resolve(String option, Cli.Context context, CommandLine commandLine) {
        if (option != null) {
            try {
                return LocalDate.parse(option.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(
                        commandLine, "Invalid value for option '--date': expected YYYY-MM-DD, got '" + option + "'");
            }
        }
        String epoch = context.env().get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip()))
                        .atOffset(ZoneOffset.UTC)
                        .toLocalDate();
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new CommandLine.ParameterException(
                        commandLine, "SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01, got '" + epoch + "'");
            }
        }
        return LocalDate.now(context.clock());
    }
}
