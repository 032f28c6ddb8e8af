package dev.letterpress.samples;

import static dev.letterpress.samples.Console.samples;

import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Profiles;
import dev.letterpress.model.Seniority;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The rows of the sample applications CSVs (cohort, recruiter) as candidate, posting and template. */
final class SampleApplications {
    private SampleApplications() {}

    record Row(Candidate candidate, JobPosting job, String template) {}

    /** The 40 rows of samples/cohort/applications.csv. */
    static List<Row> cohort() {
        Map<String, Candidate> byId = Profiles.readCandidates(samples().resolve("cohort/candidates")).stream()
                .collect(Collectors.toMap(Candidate::id, Function.identity()));
        return read(samples().resolve("cohort/applications.csv"), byId::get);
    }

    /** The rows of samples/recruiter/applications.csv, all for its one candidate. */
    static List<Row> recruiter() {
        Candidate candidate = Profiles.readCandidate(samples().resolve("recruiter/candidate.yaml"));
        return read(samples().resolve("recruiter/applications.csv"), id -> candidate);
    }

    private static List<Row> read(Path csv, Function<String, Candidate> candidates) {
        List<Row> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                String seniority = r.get("seniority");
                JobPosting job = new JobPosting(
                        null,
                        r.get("company"),
                        r.get("title"),
                        seniority.isBlank() ? null : Seniority.valueOf(seniority.toUpperCase(Locale.ROOT)),
                        blankToNull(r.get("location")),
                        blankToNull(r.get("hiring_manager")),
                        list(r.get("required_skills")),
                        list(r.get("nice_to_have")),
                        list(r.get("keywords")),
                        blankToNull(r.get("url")),
                        blankToNull(r.get("reference")));
                rows.add(new Row(candidates.apply(r.get("candidate")), job, blankToNull(r.get("template"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank()
                ? List.of()
                : Arrays.stream(value.split(";"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
