package dev.letterpress.beam;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What every worker needs to rebuild the per-row function: the options, with the letters' date
 * fixed on the launcher (workers' clocks and time zones differ). Equal settings share one
 * {@link Worker} per JVM.
 */
record Settings(
        List<String> applications,
        String candidates,
        String candidate,
        String brand,
        String templates,
        LocalDate date,
        List<String> formats,
        String output,
        char delimiter,
        boolean resume,
        boolean systemFonts)
        implements Serializable {

    Settings {
        applications = List.copyOf(applications);
        formats = formats == null
                ? List.of()
                : formats.stream().filter(f -> !f.isBlank()).toList();
        if ((candidates == null) == (candidate == null)) {
            throw new IllegalArgumentException("give exactly one of --candidates (a folder or list file) and"
                    + " --candidate (one profile for every row)");
        }
        if (applications.isEmpty()) {
            throw new IllegalArgumentException("--applications must name at least one CSV");
        }
    }

    /** The settings of a pipeline's options; the date defaults to SOURCE_DATE_EPOCH, else today here. */
    static Settings of(LetterpressOptions options) {
        String delimiter = options.getDelimiter();
        if (delimiter == null || delimiter.length() != 1) {
            throw new IllegalArgumentException("--delimiter must be one character (was \"" + delimiter + "\")");
        }
        return new Settings(
                options.getApplications(),
                options.getCandidates(),
                options.getCandidate(),
                options.getBrand(),
                options.getTemplates(),
                date(options.getDate(), System.getenv("SOURCE_DATE_EPOCH")),
                options.getFormat(),
                options.getOutput(),
                delimiter.charAt(0),
                options.getResume(),
                options.getSystemFonts());
    }

    static LocalDate date(String given, String sourceDateEpoch) {
        if (given != null && !given.isBlank()) {
            try {
                return LocalDate.parse(given.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--date must be YYYY-MM-DD (was \"" + given + "\")", e);
            }
        }
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                return LocalDate.ofInstant(
                        Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())), ZoneOffset.UTC);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "SOURCE_DATE_EPOCH must be seconds since 1970 (was \"" + sourceDateEpoch + "\")", e);
            }
        }
        return LocalDate.now(ZoneOffset.UTC);
    }
}
