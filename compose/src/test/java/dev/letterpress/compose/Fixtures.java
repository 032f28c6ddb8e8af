package dev.letterpress.compose;

import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Profiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The test profiles and postings under src/test/resources, and a composer with a fixed date. */
final class Fixtures {
    static final LocalDate DATE = LocalDate.of(2026, 3, 2);
    static final Path RESOURCES = Path.of("src/test/resources");
    static final List<String> CANDIDATES =
            List.of("ada-senior", "sam-junior", "lee-frontend", "sparse", "career-changer");
    static final List<String> JOBS = List.of("acme-senior", "brightwave-mid", "northwind", "minimal", "go-platform");
    private static final Composer COMPOSER = Composer.builder().date(DATE).build();

    private Fixtures() {}

    static Composer composer() {
        return COMPOSER;
    }

    static Candidate candidate(String name) {
        return Profiles.readCandidate(RESOURCES.resolve("candidates").resolve(name + ".yaml"));
    }

    static JobPosting job(String name) {
        return Profiles.readJob(RESOURCES.resolve("jobs").resolve(name + ".yaml"));
    }
}
