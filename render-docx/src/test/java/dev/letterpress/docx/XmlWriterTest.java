package dev.letterpress.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class XmlWriterTest {

    @Test
    void escapesMarkupInTextButNotQuotes() {
        XmlWriter w = XmlWriter.fragment();
        w.start("t").text("<b>&\"'</b>").end();

        assertThat(w.toString()).isEqualTo("<t>&lt;b&gt;&amp;\"'&lt;/b&gt;</t>");
    }

    @Test
    void escapesQuotesAndWhitespaceInAttributes() {
        XmlWriter w = XmlWriter.fragment();
        w.start("a").attr("href", "x?a=1&b=\"2\"<>\t\n\r").end();

        assertThat(w.toString()).isEqualTo("<a href=\"x?a=1&amp;b=&quot;2&quot;&lt;&gt;&#9;&#10;&#13;\"/>");
    }

    @Test
    void writesEmptyElementsSelfClosedAndSkipsNullAttributes() {
        XmlWriter w = XmlWriter.fragment();
        w.start("p")
                .attr("x", (String) null)
                .attr("n", 42)
                .empty("b")
                .empty("s", "v", "1")
                .end();

        assertThat(w.toString()).isEqualTo("<p n=\"42\"><b/><s v=\"1\"/></p>");
    }

    @Test
    void startsDocumentsWithTheDeclaration() {
        XmlWriter w = XmlWriter.document();
        w.empty("root");

        assertThat(w.toString()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<root/>");
    }

    @Test
    void dropsCharactersXmlCannotHoldAndCountsThem() {
        XmlWriter w = XmlWriter.fragment();
        w.start("t").text("a\u0001b\u000Bc\u001Fd\uFFFEe\uFFFFf").end();

        assertThat(w.toString()).isEqualTo("<t>abcdef</t>");
        assertThat(w.dropped()).isEqualTo(5);
        assertThat(w.firstDropped()).isEqualTo(1);
    }

    @Test
    void keepsSurrogatePairsAndDropsLoneSurrogates() {
        XmlWriter w = XmlWriter.fragment();
        w.start("t").text("\uD83D\uDE00 \uD83D x \uDE00").end();

        assertThat(w.toString()).isEqualTo("<t>\uD83D\uDE00  x </t>");
        assertThat(w.dropped()).isEqualTo(2);
        assertThat(w.firstDropped()).isEqualTo(0xD83D);
    }

    @Test
    void cleansTextBeforeItIsSplitIntoRuns() {
        XmlWriter w = XmlWriter.fragment();

        assertThat(w.clean("plain text")).isSameAs("plain text");
        assertThat(w.clean("tab\tnew\nline\r\u0007bell \uD83D\uDE00")).isEqualTo("tab\tnew\nline\rbell \uD83D\uDE00");
        assertThat(w.dropped()).isEqualTo(1);
        assertThat(w.firstDropped()).isEqualTo(7);
    }

    @Test
    void keepsRightToLeftAndCjkTextAsIs() {
        XmlWriter w = XmlWriter.fragment();
        w.start("t").text("\u674E\u5C0F\u9F8D \u0645\u0631\u062D\u0628\u0627").end();

        assertThat(w.toString()).isEqualTo("<t>\u674E\u5C0F\u9F8D \u0645\u0631\u062D\u0628\u0627</t>");
        assertThat(w.dropped()).isZero();
    }

    @Test
    void splicesPreparedFragmentsUnescaped() {
        XmlWriter inner = XmlWriter.fragment();
        inner.start("b").text("&").end();
        XmlWriter w = XmlWriter.fragment();
        w.start("a").raw(inner.toString()).end();

        assertThat(w.toString()).isEqualTo("<a><b>&amp;</b></a>");
    }

    @Test
    void refusesUnbalancedUse() {
        XmlWriter unclosed = XmlWriter.fragment();
        unclosed.start("a");
        XmlWriter stray = XmlWriter.fragment();
        XmlWriter late = XmlWriter.fragment();
        late.start("a").text("x");

        assertThatThrownBy(unclosed::toString)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("unclosed element <a>");
        assertThatThrownBy(stray::end)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("end() without an open element");
        assertThatThrownBy(() -> late.attr("b", "c"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("attribute b outside a start tag");
    }
}
