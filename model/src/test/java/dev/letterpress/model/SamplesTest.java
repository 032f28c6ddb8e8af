package dev.letterpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.letterpress.model.JsonSchemas.Kind;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample data under {@code samples/} is what a newcomer sees first: every profile follows its
 * JSON Schema and loads without a problem, the schema copies for editors match the ones in the
 * jar, and the applications CSVs are well-formed batch input.
 */
class SamplesTest {
    /** Surefire runs in the module folder; the samples sit beside it. */
    private static final Path SAMPLES = Path.of("..", "samples");

    private static final Path SCHEMAS = SAMPLES.resolve("schemas");
    private static final String MODELINE = "# yaml-language-server: $schema=";

    /** The applications CSV columns of DESIGN.md, normalised (lower case, no spaces, '_' or '-'). */
    private static final Set<String> CSV_COLUMNS = Set.of(
            "candidate",
            "company",
            "title",
            "hiringmanager",
            "requiredskills",
            "nicetohave",
            "keywords",
            "seniority",
            "location",
            "url",
            "reference",
            "template",
            "formats");

    private static final Set<String> FORMATS = Set.of("docx", "pdf");

    static Stream<Path> profileFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            return files
                    .filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(SCHEMAS))
                    // the samples module's build output, and letters its examples wrote when run from samples/
                    .filter(f -> !f.startsWith(SAMPLES.resolve("target")) && !f.startsWith(SAMPLES.resolve("out")))
                    // JSON Resumes and JSON-LD postings, in formats that letterpress-import reads
                    .filter(f -> !f.startsWith(SAMPLES.resolve("import")))
                    .filter(f -> TreeReader.Syntax.of(f.getFileName().toString()) != null)
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profileFiles")
    void sampleFollowsItsSchemaAndLoadsWithoutProblems(Path file) throws IOException {
        JsonNode tree = JsonSchemas.read(file);
        Kind kind = kindOf(file, tree);

        assertThat(JsonSchemas.errors(kind, tree)).isEmpty();
        Object loaded = switch (kind) {
            case CANDIDATE -> Profiles.readCandidate(file);
            case POSTING -> Profiles.readJob(file);
            case BRAND -> Profiles.readBrand(file);
        };
        assertThat(loaded).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profileFiles")
    void sampleNamesItsSchemaForEditorsBothWays(Path file) throws IOException {
        String reference = JsonSchemas.read(file).path("$schema").asText();

        assertThat(reference).as("$schema of %s", file).isNotBlank();
        assertThat(file.getParent().resolve(reference).normalize())
                .as("%s resolves to a schema", reference)
                .startsWith(SCHEMAS.normalize())
                .isRegularFile();
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8).get(0)).isEqualTo(MODELINE + reference);
    }

    @Test
    void samplesHoldEveryKindOfProfile() throws IOException {
        Map<Kind, Long> counts = profileFiles()
                .collect(Collectors.groupingBy(
                        f -> kindOf(f, JsonSchemas.read(f)), () -> new TreeMap<>(), Collectors.counting()));

        assertThat(counts)
                .containsEntry(Kind.CANDIDATE, 13L)
                .containsEntry(Kind.POSTING, 4L)
                .containsEntry(Kind.BRAND, 3L);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void schemaCopyForEditorsIsTheOneInTheJar(Kind kind) throws IOException {
        assertThat(Files.readAllBytes(SCHEMAS.resolve(kind.fileName()))).isEqualTo(JsonSchemas.bytes(kind));
    }

    @Test
    void schemaFolderHoldsOnlyTheShippedSchemas() throws IOException {
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            Arrays.stream(Kind.values()).map(Kind::fileName).toArray(String[]::new));
        }
    }

    @Test
    void cohortHasTwelveStudentsEachInAFileNamedForTheirId() {
        List<Candidate> cohort = Profiles.readCandidates(SAMPLES.resolve("cohort/candidates"));

        assertThat(cohort).hasSize(12);
        for (Candidate c : cohort) {
            assertThat(SAMPLES.resolve("cohort/candidates/" + c.id() + ".yaml")).isRegularFile();
        }
    }

    @Test
    void brandsWithALogoPointAtAnImageBesideThem() {
        assertThat(Profiles.readBrand(SAMPLES.resolve("cohort/brand.yaml")).logo())
                .isEqualTo(SAMPLES.resolve("cohort/logo.png").toAbsolutePath().normalize());
        assertThat(Profiles.readBrand(SAMPLES.resolve("recruiter/brand.yaml")).logo())
                .isEqualTo(
                        SAMPLES.resolve("recruiter/logo.png").toAbsolutePath().normalize());
        assertThat(Profiles.readBrand(SAMPLES.resolve("brands/plain.yaml")).logo())
                .isNull();
    }

    // ---- applications CSVs

    @ParameterizedTest
    @ValueSource(strings = {"cohort", "recruiter"})
    void applicationsCsvIsBatchInputForTheCandidatesBesideIt(String folder) throws IOException {
        Set<String> ids = candidateIds(SAMPLES.resolve(folder));
        List<String> problems = new ArrayList<>();

        try (Reader in = Files.newBufferedReader(
                        SAMPLES.resolve(folder).resolve("applications.csv"), StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
            List<String> header =
                    csv.getHeaderNames().stream().map(SamplesTest::normalise).toList();
            assertThat(header).containsAll(List.of("candidate", "company", "title"));
            assertThat(CSV_COLUMNS).containsAll(header);
            for (CSVRecord row : csv) {
                problems.addAll(rowProblems(row, ids));
            }
            assertThat(csv.getRecordNumber()).as("data rows").isPositive();
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void cohortSendsEveryStudentToThreeOrFourPostings() throws IOException {
        List<Map<String, String>> rows = rows(SAMPLES.resolve("cohort/applications.csv"));
        Map<String, Long> perStudent =
                rows.stream().collect(Collectors.groupingBy(r -> r.get("candidate"), Collectors.counting()));

        assertThat(rows).hasSize(40);
        assertThat(perStudent.keySet()).isEqualTo(candidateIds(SAMPLES.resolve("cohort")));
        assertThat(perStudent.values()).allSatisfy(n -> assertThat(n).isBetween(3L, 4L));
    }

    @Test
    void recruiterSendsOneCandidateToTwentyFiveCompanies() throws IOException {
        List<Map<String, String>> rows = rows(SAMPLES.resolve("recruiter/applications.csv"));

        assertThat(rows).hasSize(25);
        assertThat(rows).extracting(r -> r.get("candidate")).containsOnly("elif-demir");
        assertThat(rows.stream().map(r -> r.get("company")).distinct()).hasSize(25);
    }

    // ---- helpers

    private static Kind kindOf(Path file, JsonNode tree) {
        String reference = tree.path("$schema").asText();
        return Kind.ofSchemaFile(Path.of(reference).getFileName().toString());
    }

    private static Set<String> candidateIds(Path folder) {
        Path many = folder.resolve("candidates");
        List<Candidate> candidates = Files.isDirectory(many)
                ? Profiles.readCandidates(many)
                : List.of(Profiles.readCandidate(folder.resolve("candidate.yaml")));
        return candidates.stream().map(Candidate::id).collect(Collectors.toSet());
    }

    private static String normalise(String column) {
        return column.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }

    private static List<Map<String, String>> rows(Path csvFile) throws IOException {
        try (Reader in = Files.newBufferedReader(csvFile, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
            return csv.stream()
                    .map(r -> r.toMap().entrySet().stream()
                            .collect(Collectors.toMap(e -> normalise(e.getKey()), Map.Entry::getValue)))
                    .toList();
        }
    }

    /** What the batch would reject in a row, each as "line N, column "x": reason". */
    private static List<String> rowProblems(CSVRecord row, Set<String> candidateIds) {
        List<String> problems = new ArrayList<>();
        String line = "line " + (row.getRecordNumber() + 1);
        if (!row.isConsistent()) {
            problems.add(line + ": " + row.size() + " values, expected one per column");
            return problems;
        }
        Map<String, String> values = row.toMap().entrySet().stream()
                .collect(Collectors.toMap(
                        e -> normalise(e.getKey()), e -> e.getValue().strip()));
        Function<String, String> value = values::get;
        if (!candidateIds.contains(value.apply("candidate"))) {
            problems.add(line + ", column \"candidate\": no candidate \"" + value.apply("candidate") + "\"");
        }
        String seniority = value.apply("seniority");
        if (!seniority.isEmpty() && Seniority.parse(seniority).isEmpty()) {
            problems.add(line + ", column \"seniority\": unknown level \"" + seniority + "\"");
        }
        for (String column : List.of("requiredskills", "nicetohave", "keywords", "formats")) {
            String list = value.apply(column);
            if (!list.isEmpty() && Arrays.stream(list.split(";", -1)).anyMatch(String::isBlank)) {
                problems.add(line + ", column \"" + column + "\": empty item in \"" + list + "\"");
            }
        }
        Set<String> formats = new HashSet<>(Arrays.asList(value.apply("formats").split(";")));
        formats.remove("");
        if (!FORMATS.containsAll(formats)) {
            problems.add(line + ", column \"formats\": expected docx or pdf, got \"" + value.apply("formats") + "\"");
        }
        try {
            JobPosting.builder(value.apply("company"), value.apply("title"))
                    .seniority(Seniority.parse(seniority).orElse(null))
                    .location(value.apply("location"))
                    .hiringManager(value.apply("hiringmanager"))
                    .requiredSkills(split(value.apply("requiredskills")))
                    .niceToHave(split(value.apply("nicetohave")))
                    .keywords(split(value.apply("keywords")))
                    .url(value.apply("url"))
                    .reference(value.apply("reference"))
                    .build();
        } catch (IllegalArgumentException e) {
            problems.add(line + ": " + e.getMessage());
        }
        return problems;
    }

    private static String[] split(String list) {
        return list.isEmpty() ? new String[0] : list.split(";");
    }
}
