package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.model.Block;
import dev.letterpress.model.Inline;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;
import org.xmlunit.xpath.JAXPXPathEngine;

/** The XHTML a template produces, compared with XMLUnit, and how it becomes a letter's parts. */
class LetterXmlTest {
    private static String letter(String body) {
        return "<letter><subject>S</subject><salutation>Dear D,</salutation>" + body
                + "<closing>Kind regards,</closing></letter>";
    }

    @Test
    void conciseTemplateWritesTheExpectedXhtml() {
        String xhtml =
                Fixtures.composer().xhtml(Fixtures.candidate("sam-junior"), Fixtures.job("brightwave-mid"), "concise");
        String expected = """
                <letter description="Short letter of three paragraphs without sections, for postings that ask for brevity">
                  <subject>Backend Developer | Python + AWS | APIs</subject>
                  <salutation>Dear Hiring Manager,</salutation>
                  <p>I'm applying for the Backend Developer role at Brightwave. I'm a Python backend developer with
                    2 years of experience.</p>
                  <p>For this role I bring Python (2 years) and PostgreSQL (2 years). I wrote the ingestion service
                    for warehouse sensor data, handling 2M events/day, with 15M rows. I built the partner REST API in
                    FastAPI, now used by 40 partner companies. I moved nightly report generation to an async job queue
                    with Celery, which cut report time from 40 min to 8 min. I ship my code with Docker.</p>
                  <p>You can find my code at <a href="https://github.com/samrivera">github.com/samrivera</a>. One project
                    worth a look is <strong>tidewatch</strong>
                    (<a href="https://github.com/samrivera/tidewatch">github.com/samrivera/tidewatch</a>): A small REST
                    API that serves tide forecasts from public data. Built with Python, FastAPI and PostgreSQL. I would
                    welcome a conversation about how my experience with API design could help Brightwave. I appreciate
                    your time.</p>
                  <closing>Kind regards,</closing>
                </letter>
                """;

        Diff diff = DiffBuilder.compare(Input.fromString(expected))
                .withTest(Input.fromString(xhtml))
                .ignoreComments()
                .normalizeWhitespace()
                .checkForSimilar()
                .build();

        assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
    }

    @Test
    void templateOutputCarriesNoThymeleafAttributesAndEmptyListsForASparseProfile() {
        String xhtml = Fixtures.composer().xhtml(Fixtures.candidate("sparse"), Fixtures.job("minimal"), "experienced");
        JAXPXPathEngine xpath = new JAXPXPathEngine();

        assertThat(xpath.evaluate(
                        "count(//@*[starts-with(name(), 'th:') or starts-with(name(), 'xmlns')])",
                        Input.fromString(xhtml).build()))
                .isEqualTo("0");
        assertThat(xpath.evaluate("count(/letter/ul)", Input.fromString(xhtml).build()))
                .isEqualTo("3");
        assertThat(xpath.evaluate("count(//li)", Input.fromString(xhtml).build()))
                .isEqualTo("0");
        assertThat(xpath.evaluate(
                        "normalize-space(/letter/p[1])", Input.fromString(xhtml).build()))
                .isEqualTo("I would like to apply for the Software Engineer role at Globex.");
    }

    @Test
    void collapsesWhiteSpaceAcrossRunsLikeHtml() throws Exception {
        LetterXml.Body body = LetterXml.parse(letter("<p>\n  Hello   <strong> big </strong>\n world <em>!</em></p>"));

        assertThat(body.blocks())
                .containsExactly(new Block.Paragraph(List.of(
                        Inline.text("Hello "), Inline.bold("big "), Inline.text("world "), Inline.italic("!"))));
        assertThat(body.subject()).isEqualTo("S");
    }

    @Test
    void dropsEmptyParagraphsBulletsAndListsWithTheirHeadings() throws Exception {
        LetterXml.Body body = LetterXml.parse(letter("<p> </p><h2>Stack</h2><ul><li> </li></ul>"
                + "<h2>Results</h2><ul><li>Cut costs.</li><li/></ul><h2>Projects</h2><p>Thanks.</p><h2>End</h2>"));

        assertThat(body.blocks())
                .containsExactly(
                        new Block.Heading("Results"),
                        new Block.BulletList(List.of(Block.ListItem.of(Inline.text("Cut costs.")))),
                        new Block.Heading("Projects"),
                        Block.Paragraph.of(Inline.text("Thanks.")));
    }

    @Test
    void showsALinkWithoutTextByItsAddressAndALinkWithoutAddressAsText() throws Exception {
        LetterXml.Body body =
                LetterXml.parse(letter("<p>Code: <a href=\"https://github.com/ada/\"></a>, <a>site</a></p>"));

        assertThat(body.blocks())
                .containsExactly(new Block.Paragraph(List.of(
                        Inline.text("Code: "),
                        Inline.link("github.com/ada", "https://github.com/ada/"),
                        Inline.text(", site"))));
    }

    @Test
    void rejectsWhatALetterCannotHold() {
        assertThatThrownBy(() -> LetterXml.parse("<!DOCTYPE letter [<!ENTITY e \"x\">]>" + letter("<p>&e;</p>")))
                .isInstanceOf(LetterXml.BadOutput.class)
                .hasMessage("a DOCTYPE is not allowed");
        assertThatThrownBy(() -> LetterXml.parse(letter("<p><a href=\"javascript:alert(1)\">x</a></p>")))
                .hasMessage("a link must go to an http(s) or mailto: address, not \"javascript:alert(1)\"");
        assertThatThrownBy(() -> LetterXml.parse(letter("<p><div>x</div></p>")))
                .hasMessage("<div> is not allowed inside <p>");
        assertThatThrownBy(() -> LetterXml.parse(letter("<subject>T</subject><p>x</p>")))
                .hasMessage("the letter has more than one <subject>");
        assertThatThrownBy(() -> LetterXml.parse(letter("<p> </p><ul/>")))
                .hasMessage("the letter has no body: every paragraph and list came out empty");
        assertThatThrownBy(() ->
                        LetterXml.parse("<letter><salutation>D</salutation><p>x</p>" + "<closing>C</closing></letter>"))
                .hasMessage("the letter has no subject (its <subject> is missing or empty)");
    }
}
