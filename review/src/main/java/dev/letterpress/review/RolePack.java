package dev.letterpress.review;

import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Problem;
import dev.letterpress.model.Suggestions;
import dev.letterpress.text.Technologies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A role pack: everything the review knows about one kind of job, read from YAML. The bundled
 * packs live in {@code roles/<role>.yaml} next to this class; {@code roles/backend.yaml} documents
 * the format. Every mistake in a pack (unknown key, wrong type, bad regular expression, unknown
 * rule id or message variable) is reported with file, line, column and key path, all at once.
 */
final class RolePack {
    /** The roles shipped with Letterpress. */
    static final List<String> BUNDLED = List.of("backend");

    private static final int MAX_BYTES = 1024 * 1024;
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Map<String, RolePack> CACHE = new ConcurrentHashMap<>();

    final String role;
    final String description;
    final Vocabulary vocabulary;
    final List<Rule> rules;

    private RolePack(String role, String description, Vocabulary vocabulary, List<Rule> rules) {
        this.role = role;
        this.description = description;
        this.vocabulary = vocabulary;
        this.rules = List.copyOf(rules);
    }

    /** A bundled pack, read once and shared. */
    static RolePack bundled(String role) {
        if (!BUNDLED.contains(role)) {
            String hint = Suggestions.closest(role, BUNDLED)
                    .map(c -> "did you mean \"" + c + "\"? ")
                    .orElse("");
            throw new InvalidInputException(Problem.of(
                    "role",
                    "unknown role \"" + role + "\"; " + hint + "bundled roles: " + String.join(", ", BUNDLED)
                            + " (or give a role pack file)"));
        }
        return CACHE.computeIfAbsent(role, r -> {
            String resource = "roles/" + r + ".yaml";
            try (InputStream in = RolePack.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("bundled role pack " + resource + " is missing from the jar");
                }
                return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("bundled role pack " + resource + " cannot be read", e);
            }
        });
    }

    /** A pack from a user's file. */
    static RolePack read(Path file) {
        String source = file.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(Problem.of(source, "role pack not found")), e);
        } catch (IOException e) {
            throw new InvalidInputException(
                    List.of(Problem.of(source, "role pack cannot be read: " + e.getMessage())), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(Problem.of(source, "role pack is too large (more than 1 MB)"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(List.of(Problem.of(source, "not valid UTF-8; save the file as UTF-8")), e);
        }
        return parse(source, text);
    }

    /** Reads a pack from its YAML text; {@code source} names it in problems. */
    static RolePack parse(String source, String yaml) {
        List<Problem> problems = new ArrayList<>();
        PackSection root = PackSection.root(source, PackTree.parse(source, yaml), problems);
        if (root == null) {
            throw new InvalidInputException(problems);
        }
        String role = root.text("role");
        if (role != null && !ROLE_NAME.matcher(role).matches()) {
            root.problemAtKey(
                    "role",
                    "expected lower-case letters, digits and hyphens, like \"data-science\" (was \"" + role + "\")");
        }
        String description = root.text("description");
        Vocabulary vocabulary = vocabulary(root);
        List<Rule> rules = new ArrayList<>();
        PackSection ruleSection = root.section("rules");
        if (ruleSection != null) {
            if (ruleSection.keys().isEmpty()) {
                ruleSection.problemHere("must list at least one rule");
            }
            for (String key : ruleSection.keys()) {
                Rule rule = rule(ruleSection, key, vocabulary);
                if (rule != null) {
                    rules.add(rule);
                }
            }
        }
        root.finish();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RolePack(role, description, vocabulary, rules);
    }

    private static Vocabulary vocabulary(PackSection root) {
        Set<String> matchCase = Set.of();
        Map<String, List<String>> synonyms = Map.of();
        List<String> technologies = List.of();
        PackSection words = root.section("vocabulary");
        if (words != null) {
            matchCase = new LinkedHashSet<>(words.texts("matchCase", false));
            synonyms = words.textLists("synonyms");
            technologies = words.has("technologies") ? words.texts("technologies", true) : List.of();
            words.finish();
        }
        List<Pattern> years = List.of();
        List<String> evidence = List.of();
        int bareList = 2;
        List<String> wishes = List.of();
        PackSection depth = root.section("depth");
        if (depth != null) {
            years = depth.patterns("years");
            evidence = depth.texts("evidence", true);
            bareList = depth.integer("bareList", 2, 100);
            if (depth.has("wishes")) {
                wishes = depth.texts("wishes", true);
            }
            depth.finish();
        }
        Set<String> cases = new LinkedHashSet<>(Technologies.builtIn().matchCase());
        cases.addAll(matchCase);
        Figures figures = new Figures(List.of(), List.of(), List.of(), List.of(), cases);
        PackSection figureSection = root.section("figures");
        if (figureSection != null) {
            figures = new Figures(
                    figureSection.texts("units", true),
                    figureSection.patterns("patterns"),
                    figureSection.patterns("vagueClaims"),
                    figureSection.patterns("absoluteClaims"),
                    cases);
            figureSection.finish();
        }
        return Vocabulary.extending(matchCase, synonyms, technologies, years, evidence, bareList, wishes, figures);
    }

    private static Rule rule(PackSection rules, String key, Vocabulary vocabulary) {
        RuleId id = RuleId.byId(key).orElse(null);
        if (id == null) {
            String hint = Suggestions.closest(key, RuleId.ids())
                    .map(c -> "did you mean \"" + c + "\"?")
                    .orElse("known rules: " + String.join(", ", RuleId.ids()));
            rules.problemAtKey(key, "unknown rule; " + hint);
            return null;
        }
        PackSection section = rules.section(key);
        if (section == null) {
            return null;
        }
        Severity severity = severity(section);
        int weight = section.integer("weight", 0, 100);
        Rule.Base base = new Rule.Base(id, severity, weight);
        Rule rule = switch (id) {
            case METRICS_MISSING -> MetricsRule.read(base, section, vocabulary);
            case METRICS_IMPLAUSIBLE -> ImplausibleRule.read(base, section, vocabulary);
            case STACK_BREADTH -> BreadthRule.read(base, section, vocabulary);
            case STACK_PRIMARY -> PrimaryRule.read(base, section, vocabulary);
            case DESIGN_MISSING, DEVOPS_MISSING, TESTING_MISSING -> PresenceRule.read(base, section, vocabulary);
            case GITHUB_MISSING -> CodeLinkRule.read(base, section, vocabulary);
            case PLACEHOLDER -> PlaceholderRule.read(base, section, vocabulary);
            case FRONTEND_FIRST -> FrontendFirstRule.read(base, section, vocabulary);
            case TAILORING_COMPANY -> CompanyRule.read(base, section, vocabulary);
            case TAILORING_REQUIREMENTS -> RequirementsRule.read(base, section, vocabulary);
            case LENGTH -> LengthRule.read(base, section, vocabulary);
            case STYLE_REPEATED_FIGURE -> RepeatedFigureRule.read(base, section, vocabulary);
            case STYLE_PUNCTUATION -> PunctuationRule.read(base, section, vocabulary);
        };
        section.finish();
        return severity == null ? null : rule;
    }

    private static Severity severity(PackSection section) {
        String text = section.text("severity");
        if (text == null) {
            return null;
        }
        for (Severity s : Severity.values()) {
            if (s.id().equals(text)) {
                return s;
            }
        }
        section.problemAtKey("severity", "expected error, warning or info (was \"" + text + "\")");
        return null;
    }
}
