package dev.letterpress.benchmarks;

import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Profiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an applications CSV of any length for the whole-batch benchmark: row after row cycles
 * through the sample cohort's candidates and the sample postings, each row with its own company
 * name, so every row makes a different letter and a different file.
 *
 * <pre>{@code
 * Applications.write(samples, Path.of("target/applications-5000.csv"), 5000);
 * }</pre>
 */
public final class Applications {
    private static final String[] PREFIXES = {
        "Northwind",
        "Bluefin",
        "Harbour",
        "Kestrel",
        "Copper",
        "Linden",
        "Marlow",
        "Tide",
        "Fern",
        "Larch",
        "Quarry",
        "Ashby"
    };
    private static final String[] SUFFIXES = {
        "Payments", "Health", "Logistics", "Labs", "Energy", "Insurance", "Systems", "Learning", "Analytics", "Bank"
    };

    private Applications() {}

    /**
     * Writes the CSV.
     *
     * @param samples where the candidates and postings are
     * @param csv     the file to write (its folder is made)
     * @param rows    how many data rows
     * @throws IOException when the file cannot be written
     */
    public static void write(Samples samples, Path csv, int rows) throws IOException {
        List<Candidate> candidates = Profiles.readCandidates(samples.candidatesFolder());
        List<JobPosting> jobs = Profiles.readJobs(samples.jobsFolder());
        Files.createDirectories(csv.toAbsolutePath().getParent());
        int companies = PREFIXES.length * SUFFIXES.length;
        try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                CSVPrinter out = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            out.printRecord(
                    "candidate",
                    "company",
                    "title",
                    "hiring_manager",
                    "required_skills",
                    "nice_to_have",
                    "keywords",
                    "seniority",
                    "location",
                    "url",
                    "reference");
            for (int i = 0; i < rows; i++) {
                Candidate candidate = candidates.get(i % candidates.size());
                JobPosting job = jobs.get(i / candidates.size() % jobs.size());
                int c = i % companies;
                String company = PREFIXES[c % PREFIXES.length] + " " + SUFFIXES[c / PREFIXES.length]
                        + (i < companies ? "" : " " + (i / companies + 1));
                out.printRecord(
                        candidate.id(),
                        company,
                        job.title(),
                        job.hiringManager(),
                        String.join(";", job.requiredSkills()),
                        String.join(";", job.niceToHave()),
                        String.join(";", job.keywords()),
                        job.seniority() == null ? "" : job.seniority().id(),
                        job.location(),
                        job.url(),
                        job.reference() == null ? "" : job.reference() + "-" + i);
            }
        }
    }
}
