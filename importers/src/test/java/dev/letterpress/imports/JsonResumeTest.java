package dev.letterpress.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Achievement;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.ImportOptions;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Links;
import dev.letterpress.model.Metric;
import dev.letterpress.model.MetricKind;
import dev.letterpress.model.Problem;
import dev.letterpress.model.Profiles;
import dev.letterpress.model.Project;
import dev.letterpress.model.Skill;
import dev.letterpress.model.SkillCategory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonResumeTest {
    static final Path SAMPLES = Path.of("..", "samples", "import");
    static final ImportOptions ON_2026_03_02 =
            ImportOptions.builder().date(LocalDate.of(2026, 3, 2)).build();

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static List<String> problems(Runnable read) {
        try {
            read.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void mapsEverySectionOfTheSampleResumeThatConcernsALetter() {
        Candidate richard = Profiles.readCandidate(SAMPLES.resolve("resume.json"), ON_2026_03_02);

        assertThat(richard.id()).isEqualTo("richard-hendriks");
        assertThat(richard.name()).isEqualTo("Richard Hendriks");
        assertThat(richard.email()).isEqualTo("richard@piedpiper.example");
        assertThat(richard.phone()).isEqualTo("(912) 555-4321");
        assertThat(richard.location()).isEqualTo("Palo Alto, California, US");
        assertThat(richard.links())
                .isEqualTo(new Links(
                        "https://github.com/rhendriks",
                        "https://www.linkedin.com/in/richard-hendriks",
                        "https://piedpiper.example"));
        assertThat(richard.headline()).isEqualTo("CEO and founder of Pied Piper");
        assertThat(richard.summary())
                .isEqualTo("Founder of a compression start-up. I wrote the first version of our lossless compression"
                        + " engine and now run the company: fundraising, hiring and product.");
        assertThat(richard.seniority()).isNull();
        assertThat(richard.yearsExperience()).isEqualTo(14.5);
        assertThat(richard.skills())
                .containsExactly(
                        new Skill("Lossless compression", null, 12.0, null),
                        new Skill("Video encoding", null, null, null),
                        new Skill("C++", SkillCategory.LANGUAGE, 14.5, null),
                        new Skill("Python", SkillCategory.LANGUAGE, 2.5, null),
                        new Skill("Fundraising", null, null, null),
                        new Skill("Hiring", null, null, null),
                        new Skill("Product strategy", null, null, null));
        assertThat(richard.achievements())
                .containsExactly(
                        new Achievement(
                                "Founded the company and grew the team from 3 to 24 people",
                                List.of(),
                                List.of(Metric.change(MetricKind.OTHER, 3, 24, "people"))),
                        new Achievement(
                                "Raised $8M in a Series A round to take the compression engine to market",
                                List.of(),
                                List.of(Metric.of(MetricKind.OTHER, 8_000_000, "$"))),
                        new Achievement(
                                "Cut video transcoding time from 4 hours to 25 minutes with a middle-out compression pass"
                                        + " written in C++",
                                List.of("C++"),
                                List.of(Metric.change(MetricKind.TIME, 240, 25, "min"))),
                        new Achievement(
                                "Cut the storage bill of our pilot customers by 40% with the compression engine",
                                List.of(), List.of(Metric.of(MetricKind.COST, 40, "%"))),
                        new Achievement(
                                "Won TechCrunch Disrupt with the first public demo of the engine",
                                List.of(),
                                List.of()),
                        new Achievement(
                                "Wrote signal-processing prototypes in C++ and Python for the audio research team",
                                List.of("C++", "Python"),
                                List.of()));
        assertThat(richard.projects())
                .containsExactly(new Project(
                        "middle-out",
                        "An open-source reference implementation of the middle-out compression pass. Used by 1,200 developers"
                                + " to benchmark their own codecs.",
                        List.of("C++", "Compression"),
                        "https://github.com/rhendriks/middle-out",
                        List.of()));
    }

    @Test
    void detectsTheFormatByContentNotByName() throws IOException {
        String resume = Files.readString(SAMPLES.resolve("resume.json"));
        Path yamlNamed = write("people/richard.yaml", resume);
        write("people/ada.yaml", "id: ada\nname: Ada Lovelace\n");

        assertThat(Profiles.readCandidate(yamlNamed, ON_2026_03_02).id()).isEqualTo("richard-hendriks");
        assertThat(Profiles.readCandidates(dir.resolve("people"), ON_2026_03_02))
                .extracting(Candidate::id)
                .containsExactly("ada", "richard-hendriks");
    }

    @Test
    void namesTheReadableFormatsForAFileInNone() throws IOException {
        Path notes = write("notes.txt", "Ada Lovelace, Python developer");

        assertThat(problems(() -> Profiles.readCandidate(notes, ON_2026_03_02)))
                .containsExactly(notes
                        + ": unsupported file type; a candidate file ends in .yaml, .yml or .json, or holds a candidate in a"
                        + " format Letterpress reads (JSON Resume, JSON Resume job, schema.org JobPosting (JSON-LD or web page),"
                        + " text job ad)");
    }

    @Test
    void countsOverlappingJobsOnceAndOpenJobsUpToTheLetterDate() throws IOException {
        Path file = write("cv.json", """
                { "basics": { "name": "Ada Lovelace" }, "x-theme": "elegant",
                  "work": [
                    { "name": "A", "startDate": "2018-01-01", "endDate": "2021-12-31", "highlights": ["Built it in Go"] },
                    { "name": "B", "startDate": "2020-01", "highlights": ["Ran Kafka"] },
                    { "name": "C", "startDate": "2030", "highlights": ["Go again"] }
                  ],
                  "skills": [ { "name": "Go", "keywords": ["Kafka", "Rust"] } ] }
                """);

        Candidate ada = Profiles.readCandidate(
                file, ImportOptions.builder().date(LocalDate.of(2024, 1, 1)).build());

        assertThat(ada.yearsExperience()).isEqualTo(6.0);
        assertThat(ada.skills())
                .containsExactly(
                        new Skill("Go", SkillCategory.LANGUAGE, 4.0, null),
                        new Skill("Kafka", SkillCategory.FRAMEWORK, 4.0, null),
                        new Skill("Rust", SkillCategory.LANGUAGE, null, null));
    }

    @Test
    void reportsEveryWrongTypeWithItsJsonPointerAndLine() throws IOException {
        Path file = write("cv.json", """
                {
                  "basics": { "name": "Ada", "email": 42, "profiles": "github" },
                  "work": [
                    { "name": "A", "startDate": "last year", "highlights": ["Built it", 7] }
                  ],
                  "skills": { "name": "Go" },
                  "interests": [ { "name": "anything", "keywords": 3 } ]
                }
                """);

        assertThat(problems(() -> Profiles.readCandidate(file, ON_2026_03_02)))
                .containsExactly(
                        file + " 2:39 /basics/email: expected a string, got 42",
                        file + " 2:55 /basics/profiles: expected a list, got \"github\"",
                        file
                                + " 4:33 /work/0/startDate: expected a date YYYY-MM-DD, YYYY-MM or YYYY, got \"last year\"",
                        file + " 4:73 /work/0/highlights/1: expected a string, got 7",
                        file + " 6:13 /skills: expected a list, got an object");
    }

    @Test
    void reportsASummaryThatIsNotAStringAndLeavesABlankOneOut() throws IOException {
        Path list = write("a.json", "{ \"basics\": { \"name\": \"Ada\", \"summary\": [\"Backend\"] } }");
        Path blank = write("b.json", "{ \"basics\": { \"name\": \"Ada\", \"summary\": \"  \" } }");

        assertThat(problems(() -> Profiles.readCandidate(list, ON_2026_03_02)))
                .containsExactly(list + " 1:41 /basics/summary: expected a string, got a list");
        assertThat(Profiles.readCandidate(blank, ON_2026_03_02).summary()).isNull();
        assertThat(Importers.toYaml(Importers.readCandidate(blank, ON_2026_03_02)))
                .doesNotContain("summary");
    }

    @Test
    void reportsAMissingNameAndABadEmailWhereTheyStand() throws IOException {
        Path nameless = write("a.json", "{ \"basics\": { \"label\": \"Engineer\" } }");
        Path badEmail = write("b.json", "{ \"basics\": { \"name\": \"Ada\", \"email\": \"ada-at-example\" } }");

        assertThat(problems(() -> Profiles.readCandidate(nameless, ON_2026_03_02)))
                .containsExactly(nameless + " 1:13 /basics: a JSON Resume needs basics.name, the candidate's name");
        assertThat(problems(() -> Profiles.readCandidate(badEmail, ON_2026_03_02)))
                .containsExactly(
                        badEmail
                                + " 1:39 /basics/email: expected an e-mail address like name@example.com (was 'ada-at-example')");
    }

    @Test
    void printsNativeYamlThatLoadsBackToTheSameCandidate() throws IOException {
        Imported<Candidate> imported = Importers.readCandidate(SAMPLES.resolve("resume.json"), ON_2026_03_02);
        String yaml = Importers.toYaml(imported);

        assertThat(yaml).startsWith("""
                # Imported by letterpress import from JSON Resume.
                # Each comment names where the value came from. Check the mapping, fix what is wrong, add
                # what the source could not say (years per skill, seniority), then use this file as it is.
                id: "richard-hendriks"  # made from /basics/name
                name: "Richard Hendriks"  # /basics/name (line 4)
                email: "richard@piedpiper.example"  # /basics/email (line 7)
                """);
        assertThat(yaml)
                .contains("headline: \"CEO and founder of Pied Piper\"  # /basics/label (line 5)\n"
                        + "summary: \"Founder of a compression start-up. I wrote the first version of our lossless"
                        + " compression engine and now run the company: fundraising, hiring and product.\""
                        + "  # /basics/summary (line 10)\n");
        assertThat(yaml).contains("""
                  - name: "C++"  # /skills/0/keywords/2 (line 72)
                    category: language  # Letterpress's vocabulary
                    years: 14.5  # the dates of the work entries that mention it: /work/0, /work/1
                """, """
                  - text: "Cut the storage bill of our pilot customers by 40% with the compression engine"\
                  # /work/0/highlights/3 (line 35), at Pied Piper
                    metrics:  # figures in the text
                      - { kind: cost, value: 40, unit: "%" }
                """);
        assertThat(Profiles.readCandidate(write("richard.yaml", yaml))).isEqualTo(imported.value());
    }
}
