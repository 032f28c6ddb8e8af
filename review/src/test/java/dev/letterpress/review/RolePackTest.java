package dev.letterpress.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Problem;
import dev.letterpress.text.Terms;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RolePackTest {
    /** The smallest valid pack; tests break it. */
    private static final String MINIMAL = """
            role: tiny
            description: A tiny pack.
            vocabulary:
              technologies: [Java]
            depth:
              years: ['\\d+ years']
              evidence: [built]
              bareList: 5
            figures:
              units: [ms]
              patterns: ['\\d+%']
              vagueClaims: ['billions of requests']
              absoluteClaims: ['100% uptime']
            rules:
              length:
                severity: warning
                weight: 10
                minWords: 150
                maxWords: 450
                maxPages: 1
                short: {message: 'Short: {words}.', suggestion: 'Write more.'}
                long: {message: 'Long: {words}.', suggestion: 'Write less.'}
                pages: {message: 'Pages: {pages}.', suggestion: 'One page.'}
            """;

    private static List<String> problems(String yaml) {
        try {
            RolePack.parse("tiny.yaml", yaml);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected the pack to be rejected");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(RolePackTest.class.getResource(name).toURI());
    }

    @Test
    void aPackExtendsTheSharedVocabularyAndKeepsItsCaseRulesAndSynonyms() {
        Vocabulary words = RolePack.parse(
                        "tiny.yaml",
                        MINIMAL.replace(
                                "technologies: [Java]", "technologies: [Quuxdb]\n  synonyms: {Kubernetes: [kubey]}"))
                .vocabulary;
        assertThat(words.technologies().findAll("Quuxdb, k8s, kubey, Golang, Go live, go live, React").stream()
                        .map(Terms.Match::name))
                .containsExactly("Quuxdb", "Kubernetes", "Kubernetes", "Go", "Go", "React");
    }

    @Test
    void theBackendPackLeadsWithTheSharedFrontendList() {
        Vocabulary words = RolePack.bundled("backend").vocabulary;
        assertThat(words.frontend(List.of()))
                .contains("MobX", "Backbone", "Flutter")
                .doesNotContain("UI", "Cypress");
    }

    @Test
    void theMinimalPackRunsOnlyItsOwnRules() {
        RolePack pack = RolePack.parse("tiny.yaml", MINIMAL);
        assertThat(pack.role).isEqualTo("tiny");
        assertThat(pack.rules).extracting(Rule::id).containsExactly(RuleId.LENGTH);
    }

    @Test
    void anUnknownKeyNamesFileLineColumnPathAndTheClosestKey() {
        assertThat(problems(MINIMAL.replace("    maxWords: 450", "    maxWord: 450")))
                .containsExactly(
                        "tiny.yaml 16:5 rules.length.maxWords: missing; this key is required",
                        "tiny.yaml 19:5 rules.length.maxWord: unknown key; did you mean \"maxWords\"?");
    }

    @Test
    void anUnknownRuleIdSuggestsTheClosestId() {
        assertThat(problems(MINIMAL.replace("  length:", "  lenght:")))
                .containsExactly("tiny.yaml 15:3 rules.lenght: unknown rule; did you mean \"length\"?");
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        String yaml = MINIMAL.replace("role: tiny", "role: Tiny Pack")
                .replace("weight: 10", "weight: heavy")
                .replace("severity: warning", "severity: fatal")
                .replace("'\\d+%'", "'(unclosed'")
                .replace("'Short: {words}.'", "'Short: {wordz}.'")
                .replace("technologies: [Java]", "technologies: Java");
        assertThat(problems(yaml))
                .containsExactly(
                        "tiny.yaml 1:1 role: expected lower-case letters, digits and hyphens, like \"data-science\" (was \"Tiny Pack\")",
                        "tiny.yaml 4:17 vocabulary.technologies: expected a list, got \"Java\"",
                        "tiny.yaml 11:14 figures.patterns[0]: not a valid regular expression: Unclosed group near index 9",
                        "tiny.yaml 16:5 rules.length.severity: expected error, warning or info (was \"fatal\")",
                        "tiny.yaml 17:13 rules.length.weight: expected a whole number, got \"heavy\"",
                        "tiny.yaml 21:13 rules.length.short.message: unknown variable {wordz}; use {words}, {min}, {max}");
    }

    @Test
    void aMissingSectionAndAnEmptyRuleListAreReported() {
        String yaml = MINIMAL.substring(0, MINIMAL.indexOf("rules:")).replace("depth:", "deep:") + "rules: {}\n";
        assertThat(problems(yaml))
                .containsExactly(
                        "tiny.yaml 1:1 depth: missing; this key is required",
                        "tiny.yaml 14:8 rules: must list at least one rule",
                        "tiny.yaml 5:1 deep: unknown key; known keys: role, description, vocabulary, depth, figures, rules");
    }

    @Test
    void malformedYamlSaysWhere() {
        assertThat(problems("role: tiny\nrules: [unclosed\n"))
                .containsExactly(
                        "tiny.yaml 3:1: malformed YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence)");
        assertThat(problems("role: a\nrole: b\n"))
                .contains("tiny.yaml 2:1 role: duplicate key (first given on line 1)");
        assertThat(problems("- a list\n"))
                .containsExactly("tiny.yaml 1:1: a role pack is a mapping with the keys role, "
                        + "description, vocabulary, depth and rules; got a list");
    }

    @Test
    void aRolePackFileThatDoesNotExistIsAnInputError(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> Reviewer.builder().rolePack(missing).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(missing + ": role pack not found");
    }

    @Test
    void aRolePackFileThatIsNotUtf8IsAnInputError(@TempDir Path dir) throws Exception {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "role: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Reviewer.builder().rolePack(latin1).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(latin1 + ": not valid UTF-8; save the file as UTF-8");
    }

    @Test
    void anUnknownBundledRoleListsTheKnownOnes() {
        assertThatThrownBy(() -> Reviewer.builder().role("bakend").build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("role: unknown role \"bakend\"; did you mean \"backend\"? bundled roles: backend "
                        + "(or give a role pack file)");
    }

    @Test
    void roleAndRolePackTogetherAreRejected() {
        assertThatThrownBy(() -> Reviewer.builder()
                        .role("backend")
                        .rolePack(Path.of("x.yaml"))
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Reviewer.Builder: role(\"backend\") and rolePack(x.yaml) were both set; choose one");
    }

    @Test
    void aSecondRolePackChangesTheVerdictsWithoutCode() throws Exception {
        Reviewer scientists =
                Reviewer.builder().rolePack(resource("roles/data-science.yaml")).build();
        assertThat(scientists.role()).isEqualTo("data-science");
        assertThat(scientists.rules())
                .containsExactly(
                        RuleId.METRICS_MISSING, RuleId.DESIGN_MISSING, RuleId.STACK_PRIMARY, RuleId.GITHUB_MISSING);

        String letter = Files.readString(resource("corpus/18-data-scientist.txt"));
        Review asBackend = Fixtures.BACKEND.review(letter, null);
        Review asDataScience = scientists.review(letter, null);
        assertThat(asBackend.ruleIds()).containsExactly("design.missing", "devops.missing", "testing.missing");
        assertThat(asBackend.band()).isEqualTo(Band.FAIR);
        assertThat(asDataScience.findings()).isEmpty();
        assertThat(asDataScience.band()).isEqualTo(Band.GOOD);

        Review backendLetter = scientists.review(Fixtures.good(), null);
        Finding design = Fixtures.only(backendLetter, RuleId.DESIGN_MISSING);
        assertThat(design.message()).isEqualTo("No modelling or experimentation approach.");
        assertThat(backendLetter.score()).isEqualTo(75);
    }
}
