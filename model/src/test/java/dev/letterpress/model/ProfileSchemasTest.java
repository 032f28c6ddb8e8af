package dev.letterpress.model;

import static dev.letterpress.model.JsonSchemas.Kind.BRAND;
import static dev.letterpress.model.JsonSchemas.Kind.CANDIDATE;
import static dev.letterpress.model.JsonSchemas.Kind.POSTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.letterpress.model.JsonSchemas.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JSON Schemas in the model jar describe exactly what {@link Profiles} reads, so editors flag
 * the same mistakes the loader does.
 */
class ProfileSchemasTest {
    private static final String SCHEMA_FIELD = "$schema";

    @TempDir
    Path dir;

    // ---- the schemas and the loader name the same fields

    @Test
    void candidateSchemaNamesExactlyTheFieldsTheLoaderReads() {
        JsonNode defs = defs(CANDIDATE);
        assertThat(properties(defs.get("candidate")))
                .containsExactlyInAnyOrderElementsOf(withSchemaField(Profiles.CANDIDATE_FIELDS));
        assertThat(properties(defs.get("links"))).containsExactlyInAnyOrderElementsOf(Profiles.LINKS_FIELDS);
        assertThat(properties(defs.get("skill"))).containsExactlyInAnyOrderElementsOf(Profiles.SKILL_FIELDS);
        assertThat(properties(defs.get("achievement")))
                .containsExactlyInAnyOrderElementsOf(Profiles.ACHIEVEMENT_FIELDS);
        assertThat(properties(defs.get("metric"))).containsExactlyInAnyOrderElementsOf(Profiles.METRIC_FIELDS);
        assertThat(properties(defs.get("project"))).containsExactlyInAnyOrderElementsOf(Profiles.PROJECT_FIELDS);
    }

    @Test
    void postingSchemaNamesExactlyTheFieldsTheLoaderReads() {
        assertThat(properties(defs(POSTING).get("posting")))
                .containsExactlyInAnyOrderElementsOf(withSchemaField(Profiles.JOB_FIELDS));
    }

    @Test
    void brandSchemaNamesExactlyTheFieldsTheLoaderReads() {
        JsonNode defs = defs(BRAND);
        assertThat(properties(defs.get("brand")))
                .containsExactlyInAnyOrderElementsOf(withSchemaField(Profiles.BRAND_FIELDS));
        assertThat(properties(defs.get("margins"))).containsExactlyInAnyOrderElementsOf(Profiles.MARGIN_FIELDS);
    }

    @Test
    void schemaEnumsListTheSpellingsTheLoaderAccepts() {
        assertThat(texts(defs(CANDIDATE).get("seniority").get("enum"))).isEqualTo(Seniority.ids());
        assertThat(texts(defs(POSTING).at("/posting/properties/seniority/enum")))
                .isEqualTo(Seniority.ids());
        assertThat(texts(objectSchema(defs(CANDIDATE).get("skill")).at("/properties/category/enum")))
                .isEqualTo(SkillCategory.ids());
        assertThat(texts(defs(CANDIDATE).at("/metric/properties/kind/enum"))).isEqualTo(MetricKind.ids());
        assertThat(texts(defs(BRAND).at("/brand/properties/pageSize/enum"))).isEqualTo(PageSize.ids());
    }

    @Test
    void schemasRequireWhatTheLoaderRequires() {
        assertThat(texts(defs(CANDIDATE).at("/candidate/required"))).containsExactly("id", "name");
        assertThat(texts(objectSchema(defs(CANDIDATE).get("skill")).get("required")))
                .containsExactly("name");
        assertThat(texts(defs(CANDIDATE).at("/achievement/required"))).containsExactly("text");
        assertThat(texts(defs(CANDIDATE).at("/metric/required"))).containsExactly("kind");
        assertThat(texts(defs(CANDIDATE).at("/project/required"))).containsExactly("name");
        assertThat(texts(defs(POSTING).at("/posting/required"))).containsExactly("company", "title");
        assertThat(texts(defs(BRAND).at("/brand/required"))).containsExactly("name");
    }

    // ---- the schemas are complete for editors

    @ParameterizedTest
    @EnumSource(Kind.class)
    void schemaIsAValidDraft2020Schema(Kind kind) {
        JsonNode schema = JsonSchemas.schemaNode(kind);
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText()).isEqualTo(kind.schemaId());
        assertThat(schema.get("title").asText()).startsWith("Letterpress ");
        assertThat(schema.get("description").asText()).isNotBlank();
        assertThat(JsonSchemas.metaSchemaErrors(kind)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyPropertyHasADescriptionForEditorTooltips(Kind kind) {
        List<String> undescribed = new ArrayList<>();
        forEachObjectSchema(
                JsonSchemas.schemaNode(kind),
                "",
                (path, object) -> object.get("properties").properties().forEach(p -> {
                    if (p.getValue().path("description").asText().isBlank()) {
                        undescribed.add(path + "/properties/" + p.getKey());
                    }
                }));
        assertThat(undescribed).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyObjectRejectsFieldsItDoesNotName(Kind kind) {
        List<String> open = new ArrayList<>();
        forEachObjectSchema(JsonSchemas.schemaNode(kind), "", (path, object) -> {
            if (!object.path("additionalProperties").isBoolean()
                    || object.get("additionalProperties").asBoolean()) {
                open.add(path);
            }
        });
        assertThat(open).isEmpty();
    }

    // ---- mistakes are flagged by the schema and by the loader alike

    @Test
    void flagsAnUnknownCandidateField() throws IOException {
        String yaml = "id: ada\nname: Ada Lovelace\ngithubUrl: https://github.com/ada\n";

        assertThat(candidateErrors(yaml))
                .contains("/: property 'githubUrl' is not defined in the schema and the "
                        + "schema does not allow additional properties");
        assertThat(loaderProblems(yaml, Profiles::readCandidate))
                .extracting(Problem::field)
                .containsExactly("githubUrl");
    }

    @Test
    void flagsASeniorityOutsideTheEnum() throws IOException {
        String yaml = "id: ada\nname: Ada Lovelace\nseniority: principal\n";

        assertThat(candidateErrors(yaml))
                .contains(
                        "/seniority: does not have a value in the enumeration [\"junior\", \"mid\", \"senior\", \"staff\", \"lead\"]");
        assertThat(loaderProblems(yaml, Profiles::readCandidate))
                .extracting(Problem::field)
                .containsExactly("seniority");
    }

    @Test
    void flagsAnUnknownSkillCategoryAndYearsOutOfRange() throws IOException {
        String yaml = "id: ada\nname: Ada Lovelace\nskills:\n  - Java\n  - {name: Go, category: lingo, years: 75}\n";

        assertThat(candidateErrors(yaml))
                .contains(
                        "/skills/1/category: does not have a value in the enumeration [\"language\", \"framework\", "
                                + "\"database\", \"cloud\", \"tool\", \"practice\"]",
                        "/skills/1/years: must have a maximum value of 60");
        assertThat(loaderProblems(yaml, Profiles::readCandidate))
                .extracting(Problem::field)
                .containsExactlyInAnyOrder("skills[1].category", "skills[1].years");
    }

    @Test
    void flagsAMetricWithOnlyABeforeFigure() throws IOException {
        String yaml = "id: ada\nname: Ada Lovelace\nachievements:\n"
                + "  - text: Tuned the search API\n    metrics:\n      - {kind: latency, before: 320, unit: ms}\n";

        assertThat(candidateErrors(yaml))
                .contains(
                        "/achievements/0/metrics/0: required property 'value' not found",
                        "/achievements/0/metrics/0: required property 'after' not found");
        assertThat(loaderProblems(yaml, Profiles::readCandidate))
                .extracting(Problem::field)
                .containsExactly("achievements[0].metrics[0]");
    }

    @Test
    void acceptsAListOfCandidatesButNoSchemaReferenceInsideIt() {
        assertThat(candidateErrors("- id: ada\n  name: Ada Lovelace\n- id: grace\n  name: Grace Hopper\n"))
                .isEmpty();
        assertThat(candidateErrors("- $schema: candidate.schema.json\n  id: ada\n  name: Ada Lovelace\n"))
                .contains("/0: must not be valid to the schema {\"required\":[\"$schema\"]}");
    }

    @Test
    void flagsAPostingWithoutTitleAndWithAnUnknownField() throws IOException {
        String yaml = "company: Fernhill Logistics\nrequiredSkills: [Python]\nsalary: 50000\n";

        assertThat(JsonSchemas.errors(POSTING, JsonSchemas.readYaml(yaml)))
                .contains(
                        "/: required property 'title' not found",
                        "/: property 'salary' is not defined in the schema and the schema does not allow additional properties");
        assertThat(loaderProblems(yaml, Profiles::readJob))
                .extracting(Problem::field)
                .containsExactlyInAnyOrder("title", "salary");
    }

    @Test
    void flagsAnUnquotedColourThatYamlReadsAsAComment() throws IOException {
        String yaml = "name: Kestrel Code Academy\nprimaryColor: #0B4F6C\naccentColor: \"#E08E0\"\npageSize: A5\n";

        assertThat(JsonSchemas.errors(BRAND, JsonSchemas.readYaml(yaml)))
                .contains(
                        "/primaryColor: null found, string expected",
                        "/accentColor: does not match the regex pattern ^#[0-9A-Fa-f]{6}$",
                        "/pageSize: does not have a value in the enumeration [\"A4\", \"LETTER\"]");
        List<Problem> problems = loaderProblems(yaml, Profiles::readBrand);
        assertThat(problems)
                .extracting(Problem::field)
                .containsExactlyInAnyOrder("primaryColor", "accentColor", "pageSize");
        assertThat(problems)
                .filteredOn(p -> p.field().equals("primaryColor"))
                .extracting(Problem::toString)
                .containsExactly(dir.resolve("profile.yaml") + " 2:14 primaryColor: is empty; in YAML a colour must be "
                        + "quoted, because # starts a comment: primaryColor: \"#1F3A5F\"");
    }

    @Test
    void acceptsMarginsAsOneNumberOrPerSide() {
        assertThat(JsonSchemas.errors(BRAND, JsonSchemas.readYaml("name: Plain\nmargins: 25.4\n")))
                .isEmpty();
        assertThat(JsonSchemas.errors(BRAND, JsonSchemas.readYaml("name: Plain\nmargins: {top: 15, left: 30}\n")))
                .isEmpty();
        assertThat(JsonSchemas.errors(BRAND, JsonSchemas.readYaml("name: Plain\nmargins: {top: 150, inner: 3}\n")))
                .contains(
                        "/margins/top: must have a maximum value of 100",
                        "/margins: property 'inner' is not defined in the schema and the schema does not allow "
                                + "additional properties");
    }

    // ---- helpers

    private static List<String> candidateErrors(String yaml) {
        return JsonSchemas.errors(CANDIDATE, JsonSchemas.readYaml(yaml));
    }

    private List<Problem> loaderProblems(String yaml, Function<Path, ?> reader) throws IOException {
        Path file = Files.writeString(dir.resolve("profile.yaml"), yaml);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> reader.apply(file));
        assertThat(e).as("the loader rejects it too").isNotNull();
        return e.problems();
    }

    private static JsonNode defs(Kind kind) {
        return JsonSchemas.schemaNode(kind).get("$defs");
    }

    /** The object alternative of a definition that may also accept a plain string (skills). */
    private static JsonNode objectSchema(JsonNode definition) {
        if (definition.has("properties")) {
            return definition;
        }
        for (JsonNode alternative : definition.path("oneOf")) {
            if (alternative.has("properties")) {
                return alternative;
            }
        }
        throw new AssertionError("no object schema in " + definition);
    }

    private static Set<String> properties(JsonNode definition) {
        Set<String> names = new LinkedHashSet<>();
        objectSchema(definition).get("properties").properties().forEach(p -> names.add(p.getKey()));
        return names;
    }

    private static Set<String> withSchemaField(Set<String> fields) {
        Set<String> names = new LinkedHashSet<>(fields);
        names.add(SCHEMA_FIELD);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        assertThat(array.isArray()).as("expected an array, got %s", array).isTrue();
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    /** Calls {@code action} on every subschema that declares properties, with its JSON pointer. */
    private static void forEachObjectSchema(JsonNode node, String path, ObjectSchemaAction action) {
        if (node.isObject()) {
            if (node.path("properties").isObject()) {
                action.accept(path.isEmpty() ? "/" : path, node);
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                forEachObjectSchema(field.getValue(), path + "/" + field.getKey(), action);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                forEachObjectSchema(node.get(i), path + "/" + i, action);
            }
        }
    }

    @FunctionalInterface
    private interface ObjectSchemaAction {
        void accept(String path, JsonNode objectSchema);
    }
}
