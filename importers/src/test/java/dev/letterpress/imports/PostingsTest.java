package dev.letterpress.imports;

import static dev.letterpress.imports.JsonResumeTest.ON_2026_03_02;
import static dev.letterpress.imports.JsonResumeTest.SAMPLES;
import static dev.letterpress.imports.JsonResumeTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.ImportOptions;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Profiles;
import dev.letterpress.model.Seniority;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostingsTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static String page(String... scripts) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head>\n");
        for (String script : scripts) {
            page.append("<script type=\"application/ld+json\">").append(script).append("</script>\n");
        }
        return page.append("</head><body><h1>Jobs</h1></body></html>\n").toString();
    }

    private static String posting(String title, String company) {
        return "{ \"@context\": \"https://schema.org\", \"@type\": \"JobPosting\", \"title\": \"" + title
                + "\", \"hiringOrganization\": { \"name\": \"" + company + "\" } }";
    }

    @Test
    void readsJsonResumeJob() {
        JobPosting job = Profiles.readJob(SAMPLES.resolve("job.json"), ImportOptions.DEFAULTS);

        assertThat(job)
                .isEqualTo(new JobPosting(
                        null,
                        "Endframe",
                        "Senior Backend Engineer",
                        Seniority.SENIOR,
                        "San Francisco, California, US",
                        null,
                        List.of("Go", "PostgreSQL", "Kubernetes", "FFmpeg", "Java"),
                        List.of("Kafka"),
                        List.of("APIs", "reliability", "observability", "on-call", "incident response"),
                        null,
                        null));
    }

    @Test
    void readsSchemaOrgJobPostingJsonLd() {
        JobPosting job = Profiles.readJob(SAMPLES.resolve("posting.json"), ImportOptions.DEFAULTS);

        assertThat(job)
                .isEqualTo(new JobPosting(
                        null,
                        "Nucleus Storage",
                        "Backend Engineer, Compression Platform",
                        Seniority.MID,
                        "Austin, TX, US",
                        null,
                        List.of("C++", "Python", "PostgreSQL", "Docker", "REST"),
                        List.of("Kubernetes"),
                        List.of("APIs", "latency"),
                        "https://nucleus-storage.example/careers/backend-engineer-compression",
                        "NS-2026-117"));
    }

    @Test
    void readsTheJobPostingOfASavedPageFromItsGraph() {
        JobPosting job = Profiles.readJob(SAMPLES.resolve("posting.html"), ImportOptions.DEFAULTS);

        assertThat(job)
                .isEqualTo(new JobPosting(
                        null,
                        "Endframe",
                        "Senior Backend Engineer",
                        Seniority.SENIOR,
                        "San Francisco, CA, US; Remote",
                        null,
                        List.of("Go", "PostgreSQL", "Kubernetes", "Docker"),
                        List.of("Kafka"),
                        List.of("APIs", "observability", "incident response"),
                        "https://endframe.example/careers/senior-backend-engineer",
                        "EF-BE-042"));
    }

    @Test
    void readsAPlainTextAdWithItsNiceToHaveSection() {
        JobPosting job = Profiles.readJob(SAMPLES.resolve("ad.txt"), ImportOptions.DEFAULTS);

        assertThat(job)
                .isEqualTo(new JobPosting(
                        null,
                        "Raviga Media",
                        "Backend Developer",
                        Seniority.MID,
                        "Palo Alto, CA (hybrid)",
                        null,
                        List.of("REST", "Python", "Django", "PostgreSQL", "event-driven", "RabbitMQ", "SQL", "Docker"),
                        List.of("AWS", "Celery"),
                        List.of("streaming", "APIs", "code review"),
                        null,
                        null));
    }

    @Test
    void takesCompanyAndTitleFromOptionsWhenTheAdLacksThem() throws IOException {
        Path ad = write("ad.md", """
                # Junior Python Developer

                We want someone who knows **Django** and PostgreSQL.

                ## Bonus
                - Redis
                """);

        assertThat(problems(() -> Profiles.readJob(ad, ImportOptions.DEFAULTS)))
                .containsExactly(ad + " 1: the posting names no company; give it with --company");
        JobPosting job =
                Profiles.readJob(ad, ImportOptions.builder().company("Hooli").build());
        assertThat(job)
                .isEqualTo(new JobPosting(
                        null,
                        "Hooli",
                        "Junior Python Developer",
                        Seniority.JUNIOR,
                        null,
                        null,
                        List.of("Python", "Django", "PostgreSQL"),
                        List.of("Redis"),
                        List.of(),
                        null,
                        null));
        assertThat(Profiles.readJob(
                                ad,
                                ImportOptions.builder()
                                        .company("Hooli")
                                        .title("Graduate Engineer")
                                        .build())
                        .title())
                .isEqualTo("Graduate Engineer");
    }

    @Test
    void namesTheFileAndWhatWasLookedForWhenAPageHasNoJobPosting() throws IOException {
        Path none = write("none.html", page("{ \"@context\": \"https://schema.org\", \"@type\": \"Organization\" }"));
        Path bare = write("bare.html", "<html><body><p>We are hiring</p></body></html>");

        assertThat(problems(() -> Profiles.readJob(none, ImportOptions.DEFAULTS)))
                .containsExactly(none
                        + ": no schema.org JobPosting found; looked for an object with \"@type\": \"JobPosting\" (alone, in a list"
                        + " or in \"@graph\") in 1 <script type=\"application/ld+json\"> block");
        assertThat(problems(() -> Profiles.readJob(bare, ImportOptions.DEFAULTS)))
                .containsExactly(bare
                        + ": no schema.org JobPosting found; looked for an object with \"@type\": \"JobPosting\" (alone, in a list"
                        + " or in \"@graph\") in the page, which has no <script type=\"application/ld+json\"> block");
    }

    @Test
    void listsTheTitlesOfSeveralPostingsAndTakesTheOneIndexed() throws IOException {
        Path jobs = write(
                "jobs.html",
                page(
                        "[" + posting("Backend Engineer", "Hooli") + ", "
                                + posting("Data Engineer &amp; Analyst", "Hooli") + "]",
                        posting("SRE", "Endframe")));

        assertThat(problems(() -> Profiles.readJob(jobs, ImportOptions.DEFAULTS)))
                .containsExactly(jobs
                        + ": holds 3 job postings; choose one with --index N: 1 \"Backend Engineer\" at Hooli,"
                        + " 2 \"Data Engineer & Analyst\" at Hooli, 3 \"SRE\" at Endframe");
        assertThat(Profiles.readJob(jobs, ImportOptions.builder().index(3).build())
                        .company())
                .isEqualTo("Endframe");
        assertThat(problems(() ->
                        Profiles.readJob(jobs, ImportOptions.builder().index(4).build())))
                .containsExactly(jobs
                        + ": holds 3 job postings; --index 4 is out of range: 1 \"Backend Engineer\" at Hooli,"
                        + " 2 \"Data Engineer & Analyst\" at Hooli, 3 \"SRE\" at Endframe");
    }

    @Test
    void reportsMalformedJsonLdWithItsLineAndColumnInThePage() throws IOException {
        Path broken =
                write("broken.html", page("{\n  \"@type\": \"JobPosting\",\n  \"title\": \"Backend\"\n  \"x\": 1 }"));
        Path json = write(
                "broken.json", "{ \"@context\": \"https://schema.org\",\n  \"@type\": \"JobPosting\" \"title\": 1 }");

        assertThat(problems(() -> Profiles.readJob(broken, ImportOptions.DEFAULTS)))
                .containsExactly(broken
                        + " 6:3: malformed JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object"
                        + " entries");
        assertThat(problems(() -> Profiles.readJob(json, ImportOptions.DEFAULTS)))
                .hasSize(1)
                .allMatch(p -> p.startsWith(json + " 2:25: "));
    }

    @Test
    void refusesPagesLargerThanFourMegabytes() throws IOException {
        Path big = write(
                "big.html", page(posting("Backend Engineer", "Hooli")) + "<!--" + "x".repeat(4 * 1024 * 1024) + "-->");

        assertThat(problems(() -> Profiles.readJob(big, ImportOptions.DEFAULTS)))
                .containsExactly(big + ": file is too large (4096 KB; at most 4 MB)");
        assertThat(problems(() -> Importers.readJob(big, ImportOptions.DEFAULTS)))
                .containsExactly(big
                        + ": file is too large (more than 4 MB); save only the job's page, or copy the posting's text into a .txt"
                        + " file");
    }

    @Test
    void reportsAWrongTypeInAJsonResumeJobWithItsPointer() throws IOException {
        Path job =
                write("job.json", "{ \"title\": \"Engineer\", \"company\": \"Hooli\",\n  \"qualifications\": \"Go\" }");

        assertThat(problems(() -> Profiles.readJob(job, ImportOptions.DEFAULTS)))
                .containsExactly(job + " 2:21 /qualifications: expected a list, got \"Go\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"job.json", "posting.json", "posting.html", "ad.txt"})
    void printsNativeYamlThatLoadsBackToTheSamePosting(String sample) throws IOException {
        Imported<JobPosting> imported = Importers.readJob(SAMPLES.resolve(sample), ON_2026_03_02);

        Path yaml = write("posting.yaml", Importers.toYaml(imported));

        assertThat(Profiles.readJob(yaml)).isEqualTo(imported.value());
    }

    @Test
    void printsEachPostingFieldWithItsOrigin() {
        assertThat(Importers.toYaml(Importers.read(SAMPLES.resolve("posting.html"), ImportOptions.DEFAULTS)))
                .isEqualTo("""
                # Imported by letterpress import from schema.org JobPosting.
                # Each comment names where the value came from. Check the mapping, fix what is wrong, add
                # what the source could not say (years per skill, seniority), then use this file as it is.
                company: "Endframe"  # /@graph/1/hiringOrganization/name (line 24)
                title: "Senior Backend Engineer"  # /@graph/1/title (line 23)
                seniority: senior  # the title
                location: "San Francisco, CA, US; Remote"  # /@graph/1/jobLocation (line 25)
                requiredSkills: ["Go", "PostgreSQL", "Kubernetes", "Docker"]  # skills, qualifications,\
                 experienceRequirements and the description
                niceToHave: ["Kafka"]  # skills, qualifications, experienceRequirements and the description, in a\
                 nice-to-have section or line
                keywords: ["APIs", "observability", "incident response"]  # skills, qualifications,\
                 experienceRequirements and the description: practices and themes
                url: "https://endframe.example/careers/senior-backend-engineer"  # /@graph/1/url (line 30)
                reference: "EF-BE-042"  # /@graph/1/identifier/value (line 29)
                """);
    }

    @Test
    void refusesAFileInNoImportedFormat() throws IOException {
        Path yaml = write("ada.yaml", "id: ada\nname: Ada\n");

        assertThat(problems(() -> Importers.read(yaml, ImportOptions.DEFAULTS)))
                .containsExactly(yaml
                        + ": not a format letterpress import reads: a JSON Resume or JSON Resume job (.json), schema.org"
                        + " JobPosting JSON-LD (.json, or a saved .html page) or a text job ad (.txt, .md); a file in"
                        + " Letterpress's own format needs no import");
    }
}
