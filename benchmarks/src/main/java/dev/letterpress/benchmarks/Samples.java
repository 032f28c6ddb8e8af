package dev.letterpress.benchmarks;

import dev.letterpress.model.Brand;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Profiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's input: the sample cohort's brand (with its PNG logo), one candidate and one
 * posting from {@code samples/}, and postings varied from it so that no two consecutive letters are
 * the same. Every benchmark and baseline makes the same one-page letter from these.
 *
 * <pre>{@code
 * Samples samples = Samples.find();
 * List<JobPosting> jobs = samples.postings(Samples.VARIANTS);
 * }</pre>
 */
public final class Samples {
    /** How many different postings the benchmarks rotate through. */
    public static final int VARIANTS = 16;
    /** The letters' date, fixed so that every run makes the same bytes. */
    public static final LocalDate DATE = LocalDate.of(2026, 11, 30);
    /** The candidate of the benchmark letter (a Python developer moving from teaching; non-ASCII name). */
    public static final String CANDIDATE = "zoe-lukasiewicz";
    /** The posting the variants are made from. */
    public static final String POSTING = "tidewater-payments-software-engineer-ii.yaml";

    private static final String[] COMPANIES = {
        "Tidewater Payments",
        "Harbourline Bank",
        "Brightwave Health",
        "Fernhill Logistics",
        "Copperleaf Energy",
        "Kinloch Insurance",
        "Marlow Genomics",
        "Larkspur Learning"
    };
    private static final String[] TITLES = {
        "Software Engineer II", "Backend Engineer", "Python Developer", "Platform Engineer"
    };
    private static final String[] MANAGERS = {
        "Priyanka Desai", "Tom Whitfield", "Siobhán O'Neill", "Kofi Mensah", "Rebecca Thornton", "Amara Obi"
    };

    private final Path root;

    private Samples(Path root) {
        this.root = root;
    }

    /**
     * Finds the repository: the system property {@code letterpress.root} when set, else the first
     * folder from the working directory upwards that holds {@code samples/cohort/brand.yaml}.
     *
     * @return the samples
     * @throws IllegalStateException when no such folder exists
     */
    public static Samples find() {
        String configured = System.getProperty("letterpress.root");
        if (configured != null && !configured.isBlank()) {
            return at(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("samples/cohort/brand.yaml"))) {
                return new Samples(dir);
            }
        }
        throw new IllegalStateException("cannot find samples/cohort/brand.yaml above "
                + Path.of("").toAbsolutePath() + "; run from the repository or set -Dletterpress.root");
    }

    /**
     * The samples of a repository checkout.
     *
     * @param root the repository's root folder
     * @return the samples
     * @throws IllegalStateException when the folder holds no {@code samples/cohort/brand.yaml}
     */
    public static Samples at(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute.resolve("samples/cohort/brand.yaml"))) {
            throw new IllegalStateException(absolute + " holds no samples/cohort/brand.yaml");
        }
        return new Samples(absolute);
    }

    /** @return the repository's root folder */
    public Path root() {
        return root;
    }

    /** @return the cohort brand file */
    public Path brandFile() {
        return root.resolve("samples/cohort/brand.yaml");
    }

    /** @return the folder of the cohort's candidate profiles */
    public Path candidatesFolder() {
        return root.resolve("samples/cohort/candidates");
    }

    /** @return the folder of the sample postings */
    public Path jobsFolder() {
        return root.resolve("samples/jobs");
    }

    /** @return the cohort brand, with its logo */
    public Brand brand() {
        return Profiles.readBrand(brandFile());
    }

    /** @return the benchmark letter's candidate */
    public Candidate candidate() {
        return Profiles.readCandidate(candidatesFolder().resolve(CANDIDATE + ".yaml"));
    }

    /** @return the bytes of the brand's logo */
    public byte[] logo() {
        try {
            return Files.readAllBytes(brand().logo());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Postings made from the sample posting with other companies, titles, hiring managers and
     * references: the same requirements, so every letter has the same shape and length.
     *
     * @param count how many
     * @return the postings, all different
     */
    public List<JobPosting> postings(int count) {
        JobPosting base = Profiles.readJob(jobsFolder().resolve(POSTING));
        List<JobPosting> postings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            postings.add(new JobPosting(
                    base.id() + "-" + i,
                    COMPANIES[i % COMPANIES.length],
                    TITLES[i % TITLES.length],
                    base.seniority(),
                    base.location(),
                    MANAGERS[i % MANAGERS.length],
                    base.requiredSkills(),
                    base.niceToHave(),
                    base.keywords(),
                    base.url(),
                    "REF-" + (4471 + i)));
        }
        return postings;
    }
}
