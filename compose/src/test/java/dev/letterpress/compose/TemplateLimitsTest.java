package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates that would hang or fill the memory are refused or stopped, naming the template and line. */
class TemplateLimitsTest {
    @TempDir
    Path dir;

    /** The problems of a folder holding one template from {@code hostile/}. */
    private List<String> check(String hostile) throws IOException {
        try (InputStream in = TemplateLimitsTest.class.getResourceAsStream("/hostile/" + hostile)) {
            Files.write(dir.resolve(hostile), in.readAllBytes());
        }
        return Composer.checkTemplates(dir).stream().map(Problem::toString).toList();
    }

    /** The problems of a folder holding mine.xml, whose fourth line is {@code <p th:text="EXPRESSION">}. */
    private List<String> checkParagraph(String expression) throws IOException {
        Files.writeString(dir.resolve("mine.xml"), """
                <letter xmlns:th="http://www.thymeleaf.org" description="A test template">
                  <subject th:text="${subject}">Subject</subject>
                  <salutation th:text="${salutation}">Dear Hiring Manager,</salutation>
                  <p th:text="%s">x</p>
                  <closing>Kind regards,</closing>
                </letter>
                """.formatted(expression));
        return Composer.checkTemplates(dir).stream().map(Problem::toString).toList();
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void refusesNumbersSequenceWithoutEvaluatingIt() throws IOException {
        assertThat(check("sequence.xml"))
                .containsExactly(file("sequence.xml") + " 4:6 sequence(): sequence(…) is"
                        + " not allowed in templates: it builds a list or a text of any size; loop over the profile's own"
                        + " lists instead");
    }

    @Test
    void refusesNestedSequences() throws IOException {
        String message = " sequence(): sequence(…) is not allowed in templates: it builds a list or a text of any"
                + " size; loop over the profile's own lists instead";
        assertThat(check("nested-sequences.xml"))
                .containsExactly(
                        file("nested-sequences.xml") + " 4:6" + message,
                        file("nested-sequences.xml") + " 4:61" + message);
    }

    @Test
    void refusesStringsRepeat() throws IOException {
        assertThat(check("repeat.xml"))
                .containsExactly(file("repeat.xml") + " 4:6 repeat(): repeat(…) is not"
                        + " allowed in templates: it builds a list or a text of any size; loop over the profile's own lists"
                        + " instead");
    }

    @Test
    void refusesRepeatOnAVariableToo() throws IOException {
        assertThat(checkParagraph("${candidate.name.repeat(100000000)}"))
                .containsExactly(file("mine.xml")
                        + " 4:6 repeat(): repeat(…) is not allowed in templates: it builds a list or a text of any size; loop"
                        + " over the profile's own lists instead");
    }

    @Test
    void refusesAnExpressionLongerThanTheLimit() throws IOException {
        String sum = "candidate.name" + " + candidate.name".repeat(30);
        assertThat(checkParagraph("${" + sum + "}"))
                .containsExactly(file("mine.xml")
                        + " 4:6 th:text: an expression may have at most 500 characters (this one has 527); split it with"
                        + " th:with");
    }

    @Test
    void refusesATemplateFileLargerThanTheLimitBeforeReadingIt() throws IOException {
        Files.writeString(dir.resolve("big.xml"), "<letter>" + " ".repeat(Templates.MAX_BYTES) + "</letter>");
        assertThat(Composer.checkTemplates(dir))
                .map(Problem::toString)
                .containsExactly(file("big.xml")
                        + ": is larger than 65536 bytes, the most a template may have (a letter's template has a few"
                        + " thousand)");
    }

    @Test
    void stopsNestedLoopsAtTheOutputLimitNamingTemplateAndLine() throws IOException {
        assertThat(check("nested-loops.xml"))
                .containsExactly(file("nested-loops.xml") + " 13: with a sample"
                        + " profile with every field, the template was stopped: it wrote more than 200000 characters for one"
                        + " letter (a letter is a few thousand); look for loops inside loops");
    }

    @Test
    void stopsAVariableThatDoublesPastTheLimit() throws IOException {
        assertThat(check("doubling.xml"))
                .containsExactly(file("doubling.xml") + " 19: with a sample profile with"
                        + " every field, the template was stopped: the variable 'v15' grew past 200000 characters");
    }

    @Test
    void stopsATemplateThatRunsPastItsTimeNamingTemplateAndLine() {
        Composer composer = Composer.builder()
                .date(LocalDate.of(2026, 3, 2))
                .renderLimits(new RenderLimits(Duration.ZERO, 200_000))
                .build();
        SampleProfiles.Sample sample = SampleProfiles.all().get(0);

        assertThatThrownBy(() -> composer.compose(sample.candidate(), sample.job(), Composer.EXPERIENCED))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e)
                        .problems().stream().map(Problem::toString).toList())
                .isEqualTo(List.of("built-in template experienced.xml: the template was stopped: it took more than"
                        + " 0 s for one letter (a letter takes milliseconds); look for loops inside loops"));
    }
}
