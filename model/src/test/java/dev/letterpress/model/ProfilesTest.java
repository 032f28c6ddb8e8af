package dev.letterpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static List<String> problems(Runnable load) {
        try {
            load.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    static final String ADA = """
            id: ada
            name: Ada Lovelace
            email: ada@example.com
            phone: "+44 20 7946 0000"
            location: London, UK
            links:
              github: github.com/ada
              linkedin: https://www.linkedin.com/in/ada
            headline: Python backend specialist (6 years)
            seniority: senior
            yearsExperience: 6
            transitioningFrom: null
            skills:
              - { name: Python, category: language, years: 6, evidence: "Django and FastAPI services" }
              - { name: PostgreSQL, category: database, years: 5 }
              - Kafka
            achievements:
              - text: Rebuilt the order pipeline as event-driven services on Kafka
                skills: [Kafka, Python]
                metrics:
                  - { kind: latency, unit: "ms p95", before: 320, after: 45 }
                  - { kind: throughput, value: 10000000, unit: requests/day }
            projects:
              - name: ledgerline
                summary: An open-source double-entry ledger service.
                skills: [Python, PostgreSQL]
                link: https://github.com/ada/ledgerline
            """;

    @Test
    void readsEveryFieldOfACandidate() throws IOException {
        Candidate ada = Profiles.readCandidate(write("ada.yaml", ADA));

        assertThat(ada.id()).isEqualTo("ada");
        assertThat(ada.name()).isEqualTo("Ada Lovelace");
        assertThat(ada.email()).isEqualTo("ada@example.com");
        assertThat(ada.phone()).isEqualTo("+44 20 7946 0000");
        assertThat(ada.location()).isEqualTo("London, UK");
        assertThat(ada.links()).isEqualTo(new Links("https://github.com/ada", "https://www.linkedin.com/in/ada", null));
        assertThat(ada.headline()).isEqualTo("Python backend specialist (6 years)");
        assertThat(ada.seniority()).isEqualTo(Seniority.SENIOR);
        assertThat(ada.yearsExperience()).isEqualTo(6.0);
        assertThat(ada.transitioningFrom()).isNull();
        assertThat(ada.skills())
                .containsExactly(
                        new Skill("Python", SkillCategory.LANGUAGE, 6.0, "Django and FastAPI services"),
                        new Skill("PostgreSQL", SkillCategory.DATABASE, 5.0, null),
                        new Skill("Kafka", null, null, null));
        assertThat(ada.achievements()).singleElement().satisfies(a -> {
            assertThat(a.skills()).containsExactly("Kafka", "Python");
            assertThat(a.metrics())
                    .extracting(Metric::phrase)
                    .containsExactly("cut p95 latency from 320 ms to 45 ms", "10M requests/day");
        });
        assertThat(ada.projects())
                .singleElement()
                .extracting(Project::link)
                .isEqualTo("https://github.com/ada/ledgerline");
    }

    @Test
    void readsTheCandidatesOwnSummaryAndLeavesItNullWhenAbsentOrBlank() throws IOException {
        Candidate ada = Profiles.readCandidate(write("ada.yaml", """
                id: ada
                name: Ada
                summary: |
                  I build payment services.
                  Six years of Python.
                """));
        Candidate bob =
                Profiles.readCandidate(write("bob.json", "{\"id\": \"bob\", \"name\": \"Bob\", \"summary\": \" \"}"));

        assertThat(ada.summary()).isEqualTo("I build payment services.\nSix years of Python.");
        assertThat(bob.summary()).isNull();
        assertThat(Profiles.readCandidate(write("ada-full.yaml", ADA)).summary())
                .isNull();
    }

    @Test
    void reportsASummaryThatIsNotTextWithLineColumnAndField() throws IOException {
        Path file = write("ada.yaml", "id: ada\nname: Ada\nsummary: [payments, Python]\nyearsExperience: many\n");

        assertThat(problems(() -> Profiles.readCandidate(file)))
                .containsExactly(
                        file + " 3:10 summary: expected text, got a list",
                        file + " 4:18 yearsExperience: expected a number, got \"many\"");
    }

    @Test
    void readsJsonTheSameAsYaml() throws IOException {
        Path json = write("bob.json", """
                {"id": "bob", "name": "Bob Smith", "yearsExperience": 2,
                 "skills": [{"name": "Go", "category": "language", "years": 2}]}
                """);

        Candidate bob = Profiles.readCandidate(json);

        assertThat(bob.skills()).containsExactly(new Skill("Go", SkillCategory.LANGUAGE, 2.0, null));
        assertThat(bob.achievements()).isEmpty();
        assertThat(bob.links()).isEqualTo(Links.NONE);
    }

    @Test
    void rejectsUnknownFieldWithClosestName() throws IOException {
        Path file = write("ada.yaml", "id: ada\nname: Ada\nyearsExperiance: 5\n");

        assertThat(problems(() -> Profiles.readCandidate(file)))
                .containsExactly(file + " 3:1 yearsExperiance: unknown field, did you mean \"yearsExperience\"?");
    }

    @Test
    void rejectsUnknownFieldListingKnownOnesWhenNoneIsClose() throws IOException {
        Path file = write("ada.yaml", "id: ada\nname: Ada\nlinks:\n  mastodon: https://x.example\n");

        assertThat(problems(() -> Profiles.readCandidate(file)))
                .containsExactly(
                        file + " 4:3 links.mastodon: unknown field; known fields are github, linkedin, website");
    }

    @Test
    void reportsWrongTypeWithLineColumnAndPath() throws IOException {
        Path file = write("ada.yaml", """
                id: ada
                name: Ada
                skills:
                  - { name: Python, years: 6 }
                  - { name: SQL, years: 3 }
                  - { name: Go, years: five }
                """);

        assertThat(problems(() -> Profiles.readCandidate(file)))
                .containsExactly(file + " 6:24 skills[2].years: expected a number, got \"five\"");
    }

    @Test
    void reportsListWhereObjectExpected() throws IOException {
        Path file = write("ada.yaml", "id: ada\nname: Ada\nlinks: [a, b]\nskills: Python\nachievements: great\n");

        assertThat(problems(() -> Profiles.readCandidate(file)))
                .containsExactly(
                        file + " 3:8 links: expected an object with fields (github, linkedin, website), got a list",
                        file + " 4:9 skills: expected a list, got \"Python\"",
                        file + " 5:15 achievements: expected a list, got \"great\"");
    }

    @Test
    void reportsMissingRequiredField() throws IOException {
        Path file = write("ada.yaml", "id: ada\nemail: ada@example.com\n");

        assertThat(problems(() -> Profiles.readCandidate(file)))
                .containsExactly(file + " 1:1 name: required field is missing");
    }

    @Test
    void reportsEmptyRequiredField() throws IOException {
        Path file = write("job.yaml", "company: \"  \"\ntitle: Backend Engineer\n");

        assertThat(problems(() -> Profiles.readJob(file))).containsExactly(file + " 1:10 company: must not be empty");
    }

    @Test
    void reportsBadEnumValueListingAllowedOnes() throws IOException {
        Path file = write("ada.yaml", """
                id: ada
                name: Ada
                seniority: principal
                skills:
                  - { name: Python, category: lang }
                achievements:
                  - text: Did it
                    metrics: [{ kind: speed, value: 3 }]
                """);

        assertThat(problems(() -> Profiles.readCandidate(file)))
                .containsExactly(
                        file + " 3:12 seniority: expected one of junior, mid, senior, staff, lead, got \"principal\"",
                        file
                                + " 5:31 skills[0].category: expected one of language, framework, database, cloud, tool, practice,"
                                + " got \"lang\"",
                        file
                                + " 8:23 achievements[0].metrics[0].kind: expected one of latency, throughput, uptime, scale, cost,"
                                + " time, other, got \"speed\"");
    }

    @Test
    void reportsSeveralProblemsOfOneFileTogether() throws IOException {
        Path file = write("ada.yaml", """
                id: ada
                nam: Ada
                email: not-an-address
                yearsExperience: -2
                links:
                  github: "ftp://example.com"
                """);

        assertThat(problems(() -> Profiles.readCandidate(file)))
                .containsExactly(
                        file + " 1:1 name: required field is missing",
                        file + " 2:1 nam: unknown field, did you mean \"name\"?",
                        file + " 3:8 email: expected an e-mail address like name@example.com, got \"not-an-address\"",
                        file + " 4:18 yearsExperience: must not be negative (was -2)",
                        file
                                + " 6:11 links.github: expected a web address like https://github.com/ada, got \"ftp://example.com\"");
    }

    @Test
    void reportsMetricWithoutFigures() throws IOException {
        Path file = write("ada.yaml", """
                id: ada
                name: Ada
                achievements:
                  - text: Faster
                    metrics:
                      - { kind: latency, before: 300 }
                """);

        assertThat(problems(() -> Profiles.readCandidate(file)))
                .containsExactly(file + " 6:9 achievements[0].metrics[0]: needs both before and after (or a value)");
    }

    @Test
    void reportsMalformedYamlWithLineAndColumn() throws IOException {
        Path file = write("ada.yaml", "id: ada\nname: Ada\nskills: [Python, Go\nheadline: x\n");

        List<String> problems = problems(() -> Profiles.readCandidate(file));

        assertThat(problems).singleElement().asString().startsWith(file + " 4:9: malformed YAML: ");
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() throws IOException {
        Path file = write("ada.json", "{\n  \"id\": \"ada\",\n  \"name\": \"Ada\"\n  \"email\": \"a@b.co\"\n}\n");

        assertThat(problems(() -> Profiles.readCandidate(file)))
                .singleElement()
                .asString()
                .startsWith(file + " 4:3: malformed JSON: Unexpected character ('\"' (code 34)): was expecting comma");
    }

    @Test
    void reportsDuplicateKey() throws IOException {
        Path file = write("ada.yaml", "id: ada\nname: Ada\nname: Ada L.\n");

        assertThat(problems(() -> Profiles.readCandidate(file)))
                .singleElement()
                .asString()
                .contains("name");
    }

    @Test
    void reportsEmptyFile() throws IOException {
        Path file = write("ada.yaml", "\n  \n");

        assertThat(problems(() -> Profiles.readCandidate(file))).containsExactly(file + ": file is empty");
    }

    @Test
    void reportsFileThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("zoe.yaml");
        Files.write(file, "id: zoe\nname: Zo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(problems(() -> Profiles.readCandidate(file)))
                .containsExactly(file + " 2: not valid UTF-8 (byte 0xEB at offset 16); save the file as UTF-8");
    }

    @Test
    void acceptsByteOrderMark() throws IOException {
        Path file = write("ada.yaml", "\uFEFFid: ada\nname: Ada\n");

        assertThat(Profiles.readCandidate(file).id()).isEqualTo("ada");
    }

    @Test
    void reportsMissingFileAndUnsupportedExtension() throws IOException {
        Path missing = dir.resolve("nobody.yaml");
        Path text = write("ada.txt", "id: ada");

        assertThat(problems(() -> Profiles.readCandidate(missing))).containsExactly(missing + ": file not found");
        assertThat(problems(() -> Profiles.readCandidate(text)))
                .containsExactly(text + ": unsupported file type; a candidate file ends in .yaml, .yml or .json");
    }

    @Test
    void namesTheImportModuleForFormatsOnlyItReads() throws IOException {
        Path resume = write("people/resume.json", "{\n  \"basics\": { \"name\": \"Richard Hendriks\" }\n}\n");
        Path page = write("posting.html", "<!DOCTYPE html><html><body>Backend Engineer</body></html>");
        Path ad = write("ad.txt", "Backend Engineer at Hooli");
        Path ld = write("posting.json", "{ \"@context\": \"https://schema.org\", \"@type\": \"JobPosting\" }");
        Path job = write("job.json", "{ \"title\": \"Engineer\", \"company\": \"Hooli\", \"qualifications\": [] }");
        String needs =
                "; reading it needs the module letterpress-import (dev.letterpress:letterpress-import) on the class path";

        assertThat(problems(() -> Profiles.readCandidate(resume)))
                .containsExactly(resume + ": looks like a JSON Resume" + needs);
        assertThat(problems(() -> Profiles.readCandidates(resume.getParent())))
                .containsExactly(resume + ": looks like a JSON Resume" + needs);
        assertThat(problems(() -> Profiles.readJob(page))).containsExactly(page + ": looks like a web page" + needs);
        assertThat(problems(() -> Profiles.readJob(ad))).containsExactly(ad + ": looks like a text job ad" + needs);
        assertThat(problems(() -> Profiles.readJob(ld)))
                .containsExactly(ld + ": looks like schema.org JSON-LD" + needs);
        assertThat(problems(() -> Profiles.readJob(job)))
                .containsExactly(job + ": looks like a JSON Resume job" + needs);
    }

    @Test
    void readsEveryCandidateOfAFolderAndOfAListFile() throws IOException {
        write("cohort/ada.yaml", ADA);
        write("cohort/more.yml", "- { id: bob, name: Bob }\n- { id: cy, name: Cy }\n");
        write("cohort/notes.txt", "not a profile");

        List<Candidate> all = Profiles.readCandidates(dir.resolve("cohort"));

        assertThat(all).extracting(Candidate::id).containsExactly("ada", "bob", "cy");
    }

    @Test
    void reportsDuplicateIdNamingBothFiles() throws IOException {
        Path first = write("cohort/a.yaml", "id: ada\nname: Ada\n");
        Path second = write("cohort/b.yaml", "# again\nid: ada\nname: Ada Again\n");

        assertThat(problems(() -> Profiles.readCandidates(dir.resolve("cohort"))))
                .containsExactly(second + " 2:1 id: duplicate candidate id \"ada\", also in " + first + " line 1");
    }

    @Test
    void reportsProblemsOfEveryFileInAFolder() throws IOException {
        Path a = write("cohort/a.yaml", "id: ada\n");
        Path b = write("cohort/b.yaml", "id: bob\nname: Bob\nseniority: guru\n");

        assertThat(problems(() -> Profiles.readCandidates(dir.resolve("cohort"))))
                .containsExactly(
                        a + " 1:1 name: required field is missing",
                        b + " 3:12 seniority: expected one of junior, mid, senior, staff, lead, got \"guru\"");
    }

    @Test
    void reportsListItemPathsInListFiles() throws IOException {
        Path file = write("all.yaml", "- { id: a, name: A }\n- { id: b, name: B, years: 3 }\n");

        assertThat(problems(() -> Profiles.readCandidates(file)))
                .containsExactly(file + " 2:21 [1].years: unknown field; known fields are "
                        + String.join(", ", Profiles.CANDIDATE_FIELDS));
    }

    @Test
    void readsJobPosting() throws IOException {
        Path file = write("job.yaml", """
                id: acme-backend
                company: Acme
                title: Senior Backend Engineer
                seniority: senior
                location: Berlin, Germany
                hiringManager: Dr. Amara Obi
                requiredSkills: [Python, Postgres, AWS]
                niceToHave: [k8s]
                keywords: [microservices, event-driven]
                url: https://jobs.example.com/42
                reference: BE-42
                """);

        JobPosting job = Profiles.readJob(file);

        assertThat(job)
                .isEqualTo(JobPosting.builder("Acme", "Senior Backend Engineer")
                        .id("acme-backend")
                        .seniority(Seniority.SENIOR)
                        .location("Berlin, Germany")
                        .hiringManager("Dr. Amara Obi")
                        .requiredSkills("Python", "Postgres", "AWS")
                        .niceToHave("k8s")
                        .keywords("microservices", "event-driven")
                        .url("https://jobs.example.com/42")
                        .reference("BE-42")
                        .build());
    }

    @Test
    void readsBrandResolvingLogoAgainstBrandFile() throws IOException {
        Path logo = dir.resolve("brand/assets/logo.png");
        Files.createDirectories(logo.getParent());
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(2, 1, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png",
                logo.toFile());
        Path file = write("brand/brand.yaml", """
                name: Northwind Code Academy
                logo: assets/logo.png
                primaryColor: "#0B3C5D"
                accentColor: "#f2a541"
                pageSize: letter
                margins: { top: 18, left: 22 }
                footer: Northwind Code Academy · Class of 2026
                locale: en_GB
                """);

        Brand brand = Profiles.readBrand(file);

        assertThat(brand.logo()).isEqualTo(logo.toAbsolutePath());
        assertThat(brand.primaryColor()).isEqualTo(new RgbColor(0x0B, 0x3C, 0x5D));
        assertThat(brand.accentColor().hex()).isEqualTo("F2A541");
        assertThat(brand.pageSize()).isEqualTo(PageSize.LETTER);
        assertThat(brand.margins()).isEqualTo(new Margins(18, 20, 20, 22));
        assertThat(brand.locale()).isEqualTo(Locale.UK);
        assertThat(brand.font()).isEqualTo(Brand.DEFAULT_FONT);
        assertThat(brand.footer()).isEqualTo("Northwind Code Academy · Class of 2026");
    }

    @Test
    void reportsMissingLogoAndBadBrandValues() throws IOException {
        Path file = write("brand.yaml", """
                name: Acme
                logo: missing.png
                primaryColor: #0B3C5D
                accentColor: "blue"
                margins: 120
                locale: xx-YY
                """);

        assertThat(problems(() -> Profiles.readBrand(file)))
                .containsExactly(
                        file + " 2:7 logo: file not found: " + dir.resolve("missing.png"),
                        file
                                + " 3:14 primaryColor: is empty; in YAML a colour must be quoted, because # starts a comment:"
                                + " primaryColor: \"#1F3A5F\"",
                        file + " 4:14 accentColor: expected a colour like #1F3A5F, got \"blue\"",
                        file + " 5:10 margins: must be between 0 and 100 mm (was 120)",
                        file + " 6:9 locale: expected a language tag such as en-US, en-GB or de-DE, got \"xx-YY\"");
    }

    @Test
    void rejectsALogoLinkedToDevZeroAsNotARegularFile() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("logo.png"), Path.of("/dev/zero"));
        Path file = write("brand.yaml", "name: Acme\nlogo: logo.png\n");

        assertThat(problems(() -> Profiles.readBrand(file)))
                .containsExactly(file + " 2:7 logo: not a regular file: " + link);
    }

    @Test
    void rejectsALogoOfTooManyPixelsFromItsHeader() throws Exception {
        Path png = Files.copy(LogoImageTest.hostile("header-claims-400-megapixels.png"), dir.resolve("logo.png"));
        Path file = write("brand.yaml", "name: Acme\nlogo: logo.png\n");

        assertThat(problems(() -> Profiles.readBrand(file)))
                .containsExactly(file + " 2:7 logo: the logo is 20000 × 20000 pixels (400.0 megapixels); the limit is"
                        + " 25 megapixels (a logo is shown 16 mm high: export it smaller): " + png);
    }

    @Test
    void rejectsAnUnknownFontFamilyNamingTheFamiliesOnOffer() throws IOException {
        Path file = write("brand.yaml", "name: Acme\nfont: Liberation Serf\n");

        assertThat(problems(() -> Profiles.readBrand(file)))
                .containsExactly(file + " 2:7 font: unknown font family"
                        + " \"Liberation Serf\"; did you mean \"Liberation Serif\"? the families on offer: Liberation Sans (or"
                        + " Arial, Helvetica, Arimo, sans-serif, sans), Liberation Serif (or Times New Roman, Times, Tinos,"
                        + " serif); or give the path of a .ttf or .otf file, or fallbackFonts for a family installed where the"
                        + " letters are read");
    }

    @Test
    void acceptsTheBundledFamiliesByAnyOfTheirNames() throws IOException {
        for (String family : FontFamilies.names()) {
            Path file = write("brand.yaml", "name: Acme\nfont: " + family.toUpperCase(java.util.Locale.ROOT) + "\n");

            assertThat(Profiles.readBrand(file).font()).isEqualTo(family.toUpperCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void acceptsAnInstalledFamilyWhenFallbackFontsAreGiven() throws IOException {
        write("fallback.ttf", "font bytes are checked by the PDF renderer");
        Path file = write("brand.yaml", "name: Acme\nfont: Calibri\nfallbackFonts: [fallback.ttf]\n");

        assertThat(Profiles.readBrand(file).font()).isEqualTo("Calibri");
    }

    @Test
    void rejectsLogoThatIsNotAnImage() throws IOException {
        write("logo.png", "<svg/>");
        Path file = write("brand.yaml", "name: Acme\nlogo: logo.png\n");

        assertThat(problems(() -> Profiles.readBrand(file)))
                .containsExactly(file + " 2:7 logo: the logo must be a PNG or JPEG image: " + dir.resolve("logo.png"));
    }

    @Test
    void allowsSchemaReference() throws IOException {
        Path file = write("ada.yaml", "$schema: ../schemas/candidate.schema.json\nid: ada\nname: Ada\n");

        assertThat(Profiles.readCandidate(file).name()).isEqualTo("Ada");
    }

    @Test
    void takesQuotedNumbersAndNumericIds() throws IOException {
        Path file = write("n.yaml", "id: 42\nname: Ada\nyearsExperience: \"4.5\"\n");

        Candidate c = Profiles.readCandidate(file);

        assertThat(c.id()).isEqualTo("42");
        assertThat(c.yearsExperience()).isEqualTo(4.5);
    }
}
