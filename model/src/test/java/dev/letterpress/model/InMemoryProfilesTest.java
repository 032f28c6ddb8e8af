package dev.letterpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Profiles that are not files: text from a stream or reader, values from a map or a Jackson tree. */
class InMemoryProfilesTest {

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheSameCandidateFromStreamReaderMapAndTree() throws IOException {
        Candidate fromYaml = Profiles.readCandidate(utf8(ProfilesTest.ADA), ProfileFormat.YAML, "ada.yaml");
        String json = new ObjectMapper()
                .writeValueAsString(new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                        .readValue(ProfilesTest.ADA, Map.class));
        JsonNode tree = new ObjectMapper().readTree(json);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = new ObjectMapper().readValue(json, Map.class);

        assertThat(Profiles.readCandidate(new StringReader(json), ProfileFormat.JSON, "row 7"))
                .isEqualTo(fromYaml);
        assertThat(Profiles.readCandidate(tree, "row 7")).isEqualTo(fromYaml);
        assertThat(Profiles.readCandidate(map, "row 7")).isEqualTo(fromYaml);
        assertThat(fromYaml.skills()).hasSize(3);
        assertThat(fromYaml.yearsExperience()).isEqualTo(6.0);
    }

    @Test
    void reportsEveryProblemOfAStreamWithLineAndColumn() {
        assertThat(ProfilesTest.problems(
                        () -> Profiles.readCandidate(utf8("""
                id: ada
                nmae: Ada
                yearsExperience: 1e999
                """), ProfileFormat.YAML, "upload ada.yaml")))
                .containsExactly(
                        "upload ada.yaml 1:1 name: required field is missing",
                        "upload ada.yaml 2:1 nmae: unknown field, did you mean \"name\"?",
                        "upload ada.yaml 3:18 yearsExperience: must be at most 60 (was 1e999)");
        assertThat(ProfilesTest.problems(() ->
                        Profiles.readJob(new StringReader("{\"company\": \"Acme\",}"), ProfileFormat.JSON, "job 3")))
                .hasSize(1)
                .allMatch(p -> p.startsWith("job 3 1:"));
        assertThat(ProfilesTest.problems(
                        () -> Profiles.readJob(utf8("company: Acme\ntitle: Dev\n"), ProfileFormat.JSON, "job 4")))
                .hasSize(1)
                .allMatch(p -> p.startsWith("job 4 1:1: malformed JSON: "));
    }

    @Test
    void reportsEveryProblemOfAMapByFieldPath() {
        Map<String, Object> ada = new LinkedHashMap<>();
        ada.put("id", "ada");
        ada.put("email", "ada@");
        ada.put("yearsExperience", Double.POSITIVE_INFINITY);
        ada.put("skills", List.of(Map.of("name", "Go", "years", -1), "Kafka", Map.of("name", "Rust", "yeras", 2)));

        assertThat(ProfilesTest.problems(() -> Profiles.readCandidate(ada, "candidate 42")))
                .containsExactly(
                        "candidate 42 name: required field is missing",
                        "candidate 42 email: expected an e-mail address like name@example.com, got \"ada@\"",
                        "candidate 42 yearsExperience: expected a number, got Infinity",
                        "candidate 42 skills[0].years: must not be negative (was -1)",
                        "candidate 42 skills[2].yeras: unknown field, did you mean \"years\"?");
    }

    @Test
    void readsJobsAndCandidateListsInMemory() throws IOException {
        JobPosting job = Profiles.readJob(
                Map.of("company", "Acme", "title", "Backend Engineer", "requiredSkills", List.of("Go", "Kafka")),
                "job 1");
        assertThat(job.requiredSkills()).containsExactly("Go", "Kafka");
        assertThat(Profiles.readJob(new ObjectMapper().readTree("{\"company\":\"Acme\",\"title\":\"Dev\"}"), "job 2")
                        .title())
                .isEqualTo("Dev");
        assertThat(Profiles.readJob(new StringReader("company: Acme\ntitle: Dev\n"), ProfileFormat.YAML, "job 3")
                        .company())
                .isEqualTo("Acme");

        assertThat(Profiles.readCandidates(
                        new StringReader("[{id: a, name: A}, {id: b, name: B}]"), ProfileFormat.YAML, "cohort"))
                .extracting(Candidate::id)
                .containsExactly("a", "b");
        assertThat(ProfilesTest.problems(() -> Profiles.readCandidates(
                        new StringReader("[{id: a, name: A}, {id: a, name: B}]"), ProfileFormat.YAML, "cohort")))
                .containsExactly("cohort 1:20 [1].id: duplicate candidate id \"a\", also in cohort line 1");
    }

    @Test
    void rejectsTooLargeAndCyclicInput() {
        assertThat(ProfilesTest.problems(() -> Profiles.readCandidate(
                        new StringReader("#".repeat(5 * 1024 * 1024)), ProfileFormat.YAML, "big")))
                .containsExactly("big: is too large (more than 4 MB)");
        Map<String, Object> loop = new LinkedHashMap<>();
        loop.put("id", "a");
        loop.put("name", "A");
        loop.put("links", loop);
        assertThat(ProfilesTest.problems(() -> Profiles.readCandidate(loop, "loop")))
                .first()
                .asString()
                .startsWith("loop links.links.links.")
                .endsWith(": nested more than 64 levels deep");
    }
}
