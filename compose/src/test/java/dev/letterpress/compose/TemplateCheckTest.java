package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCheckTest {
    @TempDir
    Path dir;

    /** A valid template whose fourth line, starting at column 3, is {@code body}. */
    private static String template(String body) {
        return """
                <letter xmlns:th="http://www.thymeleaf.org" description="A test template">
                  <subject th:text="${subject}">Subject</subject>
                  <salutation th:text="${salutation}">Dear Hiring Manager,</salutation>
                  %s
                  <p>Thank you, <th:block th:text="${company}">Acme</th:block>.</p>
                  <closing>Kind regards,</closing>
                </letter>
                """.formatted(body);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /** The problems of a folder holding one template with the given body line. */
    private List<String> problems(String body) throws IOException {
        write("mine.xml", template(body));
        return Composer.checkTemplates(dir).stream().map(Problem::toString).toList();
    }

    private String file() {
        return dir.resolve("mine.xml").toString();
    }

    @Test
    void acceptsAGoodTemplate() throws IOException {
        assertThat(problems("<p th:text=\"${candidate.name}\">Ada</p>")).isEmpty();
    }

    @Test
    void namesAnUnknownVariableWithLineColumnAndTheClosestName() throws IOException {
        assertThat(problems("<p th:text=\"${candidat.name}\">x</p>"))
                .containsExactly(file() + " 4:6 candidat: unknown variable 'candidat', did you mean 'candidate'?");
    }

    @Test
    void namesAnUnknownPropertyOfAVariable() throws IOException {
        assertThat(problems("<p th:text=\"${candidate.nmae}\">x</p>"))
                .containsExactly(file() + " 4:6 candidate.nmae: unknown property 'nmae' of 'candidate', did you mean"
                        + " 'name'?");
    }

    @Test
    void checksPropertiesOfLoopVariablesAndTheirStatus() throws IOException {
        assertThat(problems("<ul><li th:each=\"s, st : ${skills}\" th:text=\"${s.yeras + st.indx}\">x</li></ul>"))
                .containsExactly(
                        file() + " 4:39 s.yeras: unknown property 'yeras' of 's', did you mean 'years'?",
                        file() + " 4:39 st.indx: unknown property 'indx' of the iteration status 'st', did you mean"
                                + " 'index'?");
    }

    @Test
    void knowsTheImplicitStatusVariableAndWithVariables() throws IOException {
        assertThat(problems("<ul><li th:each=\"s : ${skills}\" th:with=\"n=${s.name}\""
                        + " th:text=\"${n + sStat.count}\">x</li></ul>"))
                .isEmpty();
    }

    @Test
    void checksTheKeysOfSupports() throws IOException {
        assertThat(problems("<p th:if=\"${supports.api}\">APIs</p>"))
                .containsExactly(file() + " 4:6 supports.api: unknown key 'api' of 'supports', did you mean 'apis'?");
        assertThat(problems("<p th:if=\"${supports['event-driven']}\">Events</p>"))
                .isEmpty();
    }

    @Test
    void namesAnUnknownExpressionObject() throws IOException {
        assertThat(problems("<p th:text=\"${#strngs.toUpperCase(company)}\">x</p>"))
                .containsExactly(
                        file() + " 4:6 #strngs: unknown expression object '#strngs', did you mean '#strings'?");
    }

    @Test
    void rejectsUnescapedOutput() throws IOException {
        assertThat(problems("<p th:utext=\"${company}\">x</p>"))
                .containsExactly(file() + " 4:6 th:utext: th:utext is"
                        + " not allowed: it would print profile text as markup; use th:text");
        assertThat(problems("<p>At [(${company})]</p>"))
                .containsExactly(file() + " 4:9 [(: unescaped inlining [(…)]"
                        + " is not allowed: it would print profile text as markup; use [[…]]");
    }

    @Test
    void rejectsStaticClassAccessPreprocessingAndObjectCreation() throws IOException {
        assertThat(problems("<p th:text=\"${T(java.lang.Runtime).getRuntime()}\">x</p>"))
                .containsExactly(file() + " 4:6 T(: static class access T(…) is not allowed in templates");
        assertThat(problems("<p th:text=\"__${company}__\">x</p>"))
                .containsExactly(file() + " 4:6 th:text:"
                        + " preprocessing __…__ is not allowed: it would evaluate profile text as an expression");
        assertThat(problems("<p th:text=\"${new java.io.File('x')}\">x</p>"))
                .containsExactly(file() + " 4:6 new: creating objects with new is not allowed in templates");
        assertThat(problems("<p th:text=\"${@java.lang.System@getenv()}\">x</p>"))
                .containsExactly(file() + " 4:6 @: static access @…@ is not allowed in templates");
    }

    @Test
    void rejectsExpressionKindsTheComposerDoesNotOffer() throws IOException {
        assertThat(problems("<p th:text=\"*{name}\">x</p>"))
                .containsExactly(file() + " 4:6 th:text: selection"
                        + " expressions *{…} are not supported; use ${variable.property}");
        assertThat(problems("<p><a th:href=\"@{/x}\">x</a></p>"))
                .containsExactly(
                        file() + " 4:9 th:href: link expressions" + " @{…} are not supported; use th:href=\"${…}\"");
    }

    @Test
    void rejectsElementsOutsideTheVocabulary() throws IOException {
        assertThat(problems("<div>x</div>"))
                .containsExactly(file() + " 4:3 div: element <div> is not part of the"
                        + " letter vocabulary; use one of letter, subject, salutation, h2, p, ul, li, strong, em, a, closing,"
                        + " th:block");
        assertThat(problems("<p>one <li>two</li></p>"))
                .containsExactly(
                        file() + " 4:10 li: <li> is not allowed" + " inside <p>; allowed there: a, em, strong");
        assertThat(problems("<ul>loose text</ul>"))
                .containsExactly(file() + " 4:7 ul: text directly inside <ul>;" + " put it in an <li>");
    }

    @Test
    void rejectsAttributesOutsideTheVocabulary() throws IOException {
        assertThat(problems("<p class=\"big\">x</p>"))
                .containsExactly(file() + " 4:6 class: attribute class is not allowed on <p>");
        assertThat(problems("<p th:attr=\"x=${company}\">x</p>"))
                .containsExactly(file() + " 4:6 th:attr: attribute"
                        + " th:attr is not allowed on <p>; use th:text, th:if, th:unless, th:each, th:with, th:href, th:switch,"
                        + " th:case, th:remove (th:href on <a> only)");
        assertThat(problems("<p><a>no target</a></p>"))
                .containsExactly(file() + " 4:6 a: <a> needs an href or th:href");
    }

    @Test
    void rejectsTextThatWouldPrintAsIsOrLooksLikeAPlaceholder() throws IOException {
        assertThat(problems("<p>Dear [Name], welcome</p>"))
                .containsExactly(file() + " 4:11 [Name]: \"[Name]\" looks"
                        + " like a placeholder; a letter must never show one");
        assertThat(problems("<p>Hello ${candidate.name}</p>"))
                .containsExactly(
                        file() + " 4:12 ${: \"${…}\" in text" + " would be printed as is; use th:text or [[${…}]]");
        assertThat(problems("<p>Hello [[${candidate.nam}]]</p>"))
                .containsExactly(file() + " 4:12 candidate.nam:"
                        + " unknown property 'nam' of 'candidate', did you mean 'name'?");
    }

    @Test
    void rejectsDoctypesSoNoEntityIsEverExpanded() throws IOException {
        write(
                "mine.xml",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE letter [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                        + template("<p>&xxe;</p>"));

        assertThat(Composer.checkTemplates(dir))
                .extracting(Problem::toString)
                .containsExactly(
                        file() + " 2:1 DOCTYPE: a DOCTYPE is not allowed in a template (no DTDs, no entities)");
    }

    @Test
    void reportsMalformedXmlWithItsPosition() throws IOException {
        assertThat(problems("<p>unclosed"))
                .containsExactly(file() + " 7:3: not well-formed XML: The element type \"p\""
                        + " must be terminated by the matching end-tag \"</p>\".");
    }

    @Test
    void requiresADescriptionAndTheLetterParts() throws IOException {
        write("mine.xml", "<letter xmlns:th=\"http://www.thymeleaf.org\">\n  <p>Hi</p>\n</letter>\n");

        assertThat(Composer.checkTemplates(dir))
                .extracting(Problem::toString)
                .containsExactly(
                        file()
                                + " 1:1 description: the root <letter> needs a description=\"…\" attribute: one line that says"
                                + " what the template is for",
                        file() + " 1 subject: the template has no <subject>",
                        file() + " 1 salutation: the template has no <salutation>",
                        file() + " 1 closing: the template has no <closing>");
    }

    @Test
    void composesSampleProfilesToCatchTemplatesThatFailOnSparseData() throws IOException {
        List<String> found = problems("<p th:text=\"${candidate.github.length()}\">x</p>");

        assertThat(found).hasSize(1);
        assertThat(found.get(0))
                .isEqualTo(file() + " 4:6: with a sample profile with only a name, the template fails:"
                        + " Exception evaluating OGNL expression: \"candidate.github.length()\": source is null for"
                        + " callMethod(null, \"length\")");
    }

    @Test
    void composesSampleProfilesToCatchLeakedPlaceholders() throws IOException {
        assertThat(problems("<p th:text=\"${'Hello ' + candidate.email}\">x</p>"))
                .containsExactly(file()
                        + ": with a sample profile with only a name, the letter shows \"null\", which looks like a placeholder"
                        + " or a missing value");
    }

    @Test
    void buildFailsBeforeAnyLetterWithEveryProblemOfEveryTemplate() throws IOException {
        write("a.xml", template("<p th:text=\"${compnay}\">x</p>"));
        write("b.xml", template("<div/>"));

        assertThatThrownBy(() -> Composer.builder().templatesDirectory(dir).build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("compnay", "div"));
    }

    @Test
    void throwingVariantThrowsTheSameProblems() throws IOException {
        write("a.xml", template("<p th:text=\"${compnay}\">x</p>"));

        assertThatThrownBy(() -> Composer.requireValidTemplates(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown variable 'compnay', did you mean 'company'?");
    }

    @Test
    void userTemplatesReplaceBuiltInsOfTheSameNameAndAddNewOnes() throws IOException {
        Path concise =
                write("concise.xml", template("<p>Short and sweet.</p>").replace("A test template", "Our concise"));
        write("brief.xml", template("<p th:text=\"${candidate.name}\">x</p>").replace("A test template", "Brief"));

        Composer composer =
                Composer.builder().date(Fixtures.DATE).templatesDirectory(dir).build();

        assertThat(composer.templates())
                .extracting(TemplateInfo::name, TemplateInfo::description, TemplateInfo::file)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "experienced", composer.templates().get(0).description(), null),
                        org.assertj.core.groups.Tuple.tuple(
                                "junior-to-mid", composer.templates().get(1).description(), null),
                        org.assertj.core.groups.Tuple.tuple(
                                "frontend-to-backend",
                                composer.templates().get(2).description(),
                                null),
                        org.assertj.core.groups.Tuple.tuple("concise", "Our concise", concise),
                        org.assertj.core.groups.Tuple.tuple("brief", "Brief", dir.resolve("brief.xml")));
        Letter letter = composer.compose(Fixtures.candidate("ada-senior"), Fixtures.job("minimal"), "brief");
        assertThat(letter.template()).isEqualTo("brief");
        assertThat(Letter.runs(
                        ((dev.letterpress.model.Block.Paragraph) letter.blocks().get(0)).runs()))
                .isEqualTo("Ada Lovelace");
    }

    @Test
    void reportsAMissingOrEmptyFolder() {
        Path missing = dir.resolve("nope");

        assertThat(Composer.checkTemplates(missing))
                .extracting(Problem::toString)
                .containsExactly(missing + ": templates folder not found");
        assertThat(Composer.checkTemplates(dir))
                .extracting(Problem::toString)
                .containsExactly(dir + ": no templates (*.xml files) in this folder");
    }

    @Test
    void rejectsAFileNameThatCannotBeATemplateName() throws IOException {
        Path file = write("my template.xml", template("<p>x</p>"));

        assertThat(Composer.checkTemplates(dir))
                .extracting(Problem::toString)
                .containsExactly(file + ": a template's"
                        + " file name is its name: use letters, digits, '-' and '_' (e.g. backend-short.xml)");
    }
}
