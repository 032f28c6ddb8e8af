package dev.letterpress.it;

import dev.letterpress.Letterpress;
import dev.letterpress.batch.BatchResult;
import dev.letterpress.batch.LetterRequest;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Metric;
import dev.letterpress.model.MetricKind;
import dev.letterpress.model.ProfileFormat;
import dev.letterpress.model.Profiles;
import dev.letterpress.model.Skill;
import dev.letterpress.model.SkillCategory;
import dev.letterpress.model.Achievement;
import dev.letterpress.review.Review;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What an application keeping its data in a database does with the library: all in memory. */
public final class App {
    private App() {
    }

    /** The candidate, built in code. */
    static Candidate candidate() {
        return Candidate.builder("ada", "Ada Lovelace")
                .email("ada@example.com")
                .yearsExperience(6)
                .skill(Skill.builder("Python").category(SkillCategory.LANGUAGE).years(6).build())
                .skill(Skill.builder("PostgreSQL").category(SkillCategory.DATABASE).years(5).build())
                .achievement(Achievement.builder("Rebuilt the order pipeline as event-driven services on Kafka")
                        .skills("Kafka", "Python")
                        .metric(Metric.builder(MetricKind.LATENCY).unit("ms p95").change(320, 45).build())
                        .build())
                .build();
    }

    /** Postings as they come from elsewhere: a database row (a map) and a YAML text. */
    static List<JobPosting> jobs() {
        JobPosting fromRow = Profiles.readJob(Map.of("company", "Acme", "title", "Backend Engineer",
                "requiredSkills", List.of("Python", "PostgreSQL")), "job 1");
        JobPosting fromText = Profiles.readJob(new StringReader("company: Globex\ntitle: Platform Engineer\n"
                + "requiredSkills: [Python, Kafka]\n"), ProfileFormat.YAML, "job 2");
        return List.of(fromRow, fromText);
    }

    /** One letter, its documents and their reviews, then a batch of both postings. */
    static String run(Path out) {
        Letterpress letterpress = Letterpress.builder().date(LocalDate.of(2026, 12, 3)).build();
        Letterpress.Result result = letterpress.generate(candidate(), jobs().get(0));
        Review docx = letterpress.review(result.document("docx"), "docx", jobs().get(0));
        Review pdf = letterpress.review(result.document("PDF"), "pdf", jobs().get(0));
        BatchResult batch = letterpress.batch()
                .requests(jobs().stream().map(job -> LetterRequest.of(candidate(), job)).toList())
                .out(out).build().run();
        return "score " + result.review().score() + ", docx " + docx.score() + ", pdf " + pdf.score()
                + ", batch " + batch.ok() + " of " + batch.rows() + " ok, " + batch.files() + " files";
    }

    /**
     * Runs the application once into a temporary folder.
     *
     * @param args none
     * @throws IOException when the temporary folder cannot be made
     */
    public static void main(String[] args) throws IOException {
        System.out.println(run(Files.createTempDirectory("letterpress-it")));
    }
}
