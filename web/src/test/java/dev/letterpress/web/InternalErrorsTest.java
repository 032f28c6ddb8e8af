package dev.letterpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A server's bug is never silent: `letterpress serve` passes standard error as the writer. */
class InternalErrorsTest {
    @Test
    void anInternalErrorIsWrittenWithItsRequestAndStackTrace() {
        StringWriter text = new StringWriter();
        WebApp.report(new PrintWriter(text), "POST", "/letter", new IllegalStateException("boom"));

        assertThat(text.toString())
                .startsWith("letterpress serve: internal error (a bug) on POST /letter:" + System.lineSeparator()
                        + "java.lang.IllegalStateException: boom")
                .contains("at dev.letterpress.web.InternalErrorsTest.");
    }
}
