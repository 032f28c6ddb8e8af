package dev.letterpress.batch;

import dev.letterpress.model.Letter;
import dev.letterpress.model.LetterRenderer;
import dev.letterpress.model.RenderResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes the letter's plain text, tagged with the format; fails on purpose for one company. */
final class TestRenderer implements LetterRenderer {
    static final String EXPLODING_COMPANY = "Explode Inc";
    private final String format;

    TestRenderer(String format) {
        this.format = format;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public RenderResult render(Letter letter, OutputStream out) throws IOException {
        if (letter.recipient().company().equals(EXPLODING_COMPANY) && format.equals("pdf")) {
            throw new IllegalStateException("renderer bug for " + EXPLODING_COMPANY);
        }
        out.write((format + "\n" + letter.toPlainText()).getBytes(StandardCharsets.UTF_8));
        return letter.sender().name().contains("\u2603")
                ? new RenderResult(List.of("no font has \"\u2603\" (U+2603)"))
                : RenderResult.ok();
    }
}
