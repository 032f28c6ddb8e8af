package dev.letterpress.benchmarks;

import dev.letterpress.Letterpress;
import dev.letterpress.model.Brand;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What every benchmark shares, prepared once per JMH trial: the real pipeline built for the cohort
 * brand (templates parsed, fonts read, logo decoded), the candidate, {@value Samples#VARIANTS}
 * postings and the letters composed from them. Read-only after setup, so threads share it.
 */
@State(Scope.Benchmark)
public class Fixture {
    Letterpress letterpress;
    Brand brand;
    byte[] logo;
    Candidate candidate;
    JobPosting[] jobs;
    Letter[] letters;

    /** Loads the samples and builds the pipeline. */
    @Setup(Level.Trial)
    public void setUp() {
        Samples samples = Samples.find();
        letterpress = Letterpress.builder()
                .brand(samples.brandFile())
                .date(Samples.DATE)
                .build();
        brand = letterpress.brand();
        logo = samples.logo();
        candidate = samples.candidate();
        List<JobPosting> postings = samples.postings(Samples.VARIANTS);
        jobs = postings.toArray(new JobPosting[0]);
        letters = new Letter[jobs.length];
        for (int i = 0; i < jobs.length; i++) {
            letters[i] = letterpress.compose(candidate, jobs[i]);
        }
    }
}
