package dev.letterpress.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.letterpress.cli.Cli;
import dev.letterpress.compose.Composer;
import dev.letterpress.compose.TemplateInfo;
import dev.letterpress.review.Band;
import dev.letterpress.review.RuleId;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README says what the code does: its generated blocks (the command-line reference, a review,
 * the templates, the usage snippet) are rendered from the code and compared verbatim, and its review
 * rules table is checked against the role pack. {@code -Dletterpress.updateReadme=true} rewrites
 * the generated blocks instead of failing.
 */
class ReadmeTest {
    private static final Path README = Console.samples().resolve("../README.md").normalize();
    private static final boolean UPDATE = Boolean.getBoolean("letterpress.updateReadme");
    private static final String HINT =
            "README.md is out of date; mvn -B verify -Dletterpress.updateReadme=true" + " rewrites this block";

    @Test
    void commandLineReferenceIsEveryCommandsHelpVerbatim() throws IOException {
        CommandLine cli = Cli.create(Map.of(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        cli.setUsageHelpAutoWidth(false);
        cli.setUsageHelpWidth(80);
        StringBuilder reference = new StringBuilder(usage("letterpress", cli));
        cli.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                reference.append('\n').append(usage("letterpress " + name, sub));
            }
        });

        assertBlock("cli-reference", reference.toString());
    }

    private static String usage(String title, CommandLine command) {
        String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF).replace("\r\n", "\n");
        return "### " + title + "\n\n```text\n" + help.stripTrailing() + "\n```\n";
    }

    @Test
    void reviewExampleIsWhatTheCommandPrints() throws IOException {
        assertReviewBlock("review-example", "");
    }

    @Test
    void reviewExplainExampleIsWhatTheCommandPrints() throws IOException {
        assertReviewBlock("review-explain", " --explain");
    }

    /** The block is the command line and what {@code letterpress review} prints for Zoe's draft. */
    private static void assertReviewBlock(String name, String option) throws IOException {
        String letter = "samples/letters/zoe-first-draft.docx";
        String job = "samples/jobs/fernhill-logistics-junior-backend-engineer.yaml";
        StringWriter out = new StringWriter();
        CommandLine cli = Cli.create(Map.of(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        cli.setOut(new PrintWriter(out, true));

        String command = "review " + README.resolveSibling(letter) + " --job " + README.resolveSibling(job) + option;
        int exit = cli.execute(command.split(" "));

        assertThat(exit).isZero();
        assertBlock(
                name,
                "```text\n$ ./letterpress review " + letter + " --job " + job + option + "\n"
                        + out.toString().replace("\r\n", "\n").stripTrailing() + "\n```\n");
    }

    @Test
    void templatesTableListsTheBuiltInTemplatesWithTheirDescriptions() throws IOException {
        StringBuilder table = new StringBuilder("| template | what it is for |\n|---|---|\n");
        for (TemplateInfo template :
                Composer.builder().date(LocalDate.EPOCH).build().templates()) {
            table.append("| `")
                    .append(template.name())
                    .append("` | ")
                    .append(template.description())
                    .append(" |\n");
        }

        assertBlock("templates", table.toString());
    }

    @Test
    void usageSnippetIsTheMarkedCodeOfTheGenerateLetterExample() throws IOException {
        Path example = Console.samples().resolve("src/main/java/dev/letterpress/samples/GenerateLetter.java");
        String source = Files.readString(example);
        Matcher region = Pattern.compile("\n( *)// README:begin\n(.*?)\n *// README:end\n", Pattern.DOTALL)
                .matcher(source);
        assertThat(region.find())
                .as("GenerateLetter.java marks its README lines")
                .isTrue();
        String code = region.group(2).replaceAll("(?m)^" + region.group(1), "");

        assertBlock("usage-snippet", "```java\n" + code + "\n```\n");
    }

    @Test
    void reviewRulesTableHasEveryRuleOfTheRolePackWithItsSeverityAndWeight() throws IOException {
        JsonNode rules;
        try (InputStream in = RuleId.class.getResourceAsStream("roles/backend.yaml")) {
            assertThat(in).as("the backend role pack").isNotNull();
            rules = new ObjectMapper(new YAMLFactory()).readTree(in).get("rules");
        }
        Map<String, String> pack = new LinkedHashMap<>();
        rules.properties()
                .forEach(rule -> pack.put(
                        rule.getKey(),
                        rule.getValue().get("severity").asText() + " "
                                + rule.getValue().get("weight").asInt()));
        Map<String, String> readme = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z.-]+)` \\| (\\w+) \\| (\\d+) \\| (.+) \\|$")
                .matcher(block("review-rules"));
        List<String> rows = new ArrayList<>();
        while (row.find()) {
            readme.put(row.group(1), row.group(2) + " " + row.group(3));
            rows.add(row.group(0));
        }

        assertThat(readme).as("README review rules: rule -> severity weight").containsExactlyInAnyOrderEntriesOf(pack);
        assertThat(readme.keySet()).containsExactlyInAnyOrderElementsOf(RuleId.ids());
        JsonNode length = rules.get("length");
        assertThat(rows)
                .anySatisfy(r -> assertThat(r)
                        .startsWith("| `length` ")
                        .contains(
                                "under " + length.get("minWords").asInt() + " words",
                                "over " + length.get("maxWords").asInt() + " words"));
        assertThat(rows)
                .anySatisfy(r -> assertThat(r)
                        .startsWith("| `stack.breadth` ")
                        .contains("more than "
                                + rules.get("stack.breadth").get("maxRun").asInt() + " technologies"));
        String bands = "**good** at " + Band.GOOD.minimum() + " and above, **fair** from " + Band.FAIR.minimum()
                + " to " + (Band.GOOD.minimum() - 1) + ", **poor** below " + Band.FAIR.minimum();
        assertThat(Files.readString(README).replaceAll("\\s+", " ")).contains(bands);
    }

    @Test
    void pictureIsASmallPngOfALetter() throws IOException {
        Path picture = README.resolveSibling("docs/letter.png");
        byte[] bytes = Files.readAllBytes(picture);

        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        assertThat(bytes.length).as("size of docs/letter.png").isLessThan(200 * 1024);
        assertThat(Files.readString(README)).contains("![", "](docs/letter.png)");
    }

    private static String block(String name) throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = blockPattern(name).matcher(readme);
        assertThat(m.find())
                .as("README.md has a block <!-- BEGIN " + name + " ... --> … <!-- END " + name + " -->")
                .isTrue();
        return m.group(2);
    }

    private static void assertBlock(String name, String expected) throws IOException {
        String actual = block(name);
        if (UPDATE && !actual.equals(expected)) {
            String readme = Files.readString(README, StandardCharsets.UTF_8);
            Matcher m = blockPattern(name).matcher(readme);
            assertThat(m.find()).isTrue();
            Files.writeString(
                    README,
                    readme.substring(0, m.start(2)) + expected + readme.substring(m.end(2)),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).as(HINT + " (" + name + ")").isEqualTo(expected);
    }

    private static Pattern blockPattern(String name) {
        return Pattern.compile(
                "(<!-- BEGIN " + Pattern.quote(name) + "\\b[^>]*-->\n)(.*?)(?=<!-- END " + Pattern.quote(name)
                        + " -->)",
                Pattern.DOTALL);
    }

    @Test
    void commandsInTheReadmeUseOnlyExistingSampleFiles() throws IOException {
        Matcher path =
                Pattern.compile("samples/[\\w./-]+\\.(?:yaml|csv|docx|xml)").matcher(Files.readString(README));
        List<String> missing = new ArrayList<>();
        while (path.find()) {
            if (!Files.exists(README.resolveSibling(path.group()))) {
                missing.add(path.group());
            }
        }
        assertThat(missing).as("sample files the README names").isEmpty();
    }
}
