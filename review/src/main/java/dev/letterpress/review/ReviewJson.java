package dev.letterpress.review;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Writes the JSON form of a {@link Review}; the schema is documented on {@link Review#toJson()}. */
final class ReviewJson {
    static final String FORMAT = "letterpress-review";
    static final int VERSION = 1;
    private static final JsonFactory JSON = new JsonFactory();
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withObjectIndenter(INDENT)
            .withArrayIndenter(INDENT);

    private ReviewJson() {}

    static String write(Review review) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(PRETTY.createInstance());
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", VERSION);
            json.writeStringField("role", review.role());
            json.writeNumberField("score", review.score());
            json.writeStringField("band", review.band().id());
            json.writeNumberField("words", review.words());
            json.writeArrayFieldStart("findings");
            for (Finding f : review.findings()) {
                json.writeStartObject();
                json.writeStringField("rule", f.rule().id());
                json.writeStringField("severity", f.severity().id());
                json.writeStringField("message", f.message());
                json.writeStringField("suggestion", f.suggestion());
                json.writeStringField("quote", f.quote());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("bands");
            for (Band band : Band.values()) {
                json.writeNumberField(band.id(), band.minimum());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("scoring");
            for (RuleScore r : review.scoring()) {
                json.writeStartObject();
                json.writeStringField("rule", r.rule().id());
                json.writeStringField("severity", r.severity().id());
                json.writeNumberField("weight", r.weight());
                json.writeNumberField("points", r.points());
                json.writeStringField("outcome", r.outcome().id());
                json.writeNumberField("findings", r.findings());
                json.writeStringField("why", r.why());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return out + "\n";
    }
}
