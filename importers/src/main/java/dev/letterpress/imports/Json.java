package dev.letterpress.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it stood: its line and column in the file and its JSON
 * pointer ({@code /work/0/highlights/2}), so that every problem can say where it is.
 */
final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();

    /** The kinds of JSON value. */
    enum Type {
        OBJECT,
        ARRAY,
        STRING,
        NUMBER,
        BOOLEAN,
        NULL
    }

    final Type type;
    final String text;
    final Map<String, Json> fields;
    final List<Json> items;
    final int line;
    final int column;
    final String pointer;

    private Json(
            Type type, String text, Map<String, Json> fields, List<Json> items, int line, int column, String pointer) {
        this.type = type;
        this.text = text;
        this.fields = fields;
        this.items = items;
        this.line = line;
        this.column = column;
        this.pointer = pointer;
    }

    /**
     * Parses a JSON text. Positions are shifted by {@code firstLine}/{@code firstColumn} when the
     * JSON stands inside a larger file (a script block of a web page).
     *
     * @throws InvalidInputException with the line and column of a syntax error
     */
    static Json parse(String source, String text, int firstLine, int firstColumn) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new InvalidInputException(
                        new Problem(source, firstLine, firstColumn, null, "malformed JSON: no value"));
            }
            Json root = read(parser, "", firstLine, firstColumn);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new InvalidInputException(new Problem(
                        source,
                        line(at, firstLine),
                        column(at, firstLine, firstColumn),
                        null,
                        "malformed JSON: more than one value"));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : line(at, firstLine);
            int column = at == null ? 0 : column(at, firstLine, firstColumn);
            throw new InvalidInputException(
                    List.of(new Problem(
                            source,
                            line,
                            column,
                            null,
                            "malformed JSON: " + e.getOriginalMessage().replaceAll("\\s*\\n.*", ""))),
                    e);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    private static int line(JsonLocation at, int firstLine) {
        return Math.max(1, at.getLineNr()) + firstLine - 1;
    }

    private static int column(JsonLocation at, int firstLine, int firstColumn) {
        int column = Math.max(1, at.getColumnNr());
        return at.getLineNr() <= 1 ? column + firstColumn - 1 : column;
    }

    private static Json read(JsonParser parser, String pointer, int firstLine, int firstColumn) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = line(at, firstLine);
        int column = column(at, firstLine, firstColumn);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Json> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    fields.put(
                            key,
                            read(
                                    parser,
                                    pointer + "/" + key.replace("~", "~0").replace("/", "~1"),
                                    firstLine,
                                    firstColumn));
                }
                return new Json(Type.OBJECT, null, fields, List.of(), line, column, pointer);
            }
            case START_ARRAY -> {
                List<Json> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser, pointer + "/" + items.size(), firstLine, firstColumn));
                }
                return new Json(Type.ARRAY, null, Map.of(), items, line, column, pointer);
            }
            case VALUE_STRING -> {
                return new Json(Type.STRING, parser.getText(), Map.of(), List.of(), line, column, pointer);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Json(Type.NUMBER, parser.getText(), Map.of(), List.of(), line, column, pointer);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Json(Type.BOOLEAN, parser.getText(), Map.of(), List.of(), line, column, pointer);
            }
            default -> {
                return new Json(Type.NULL, null, Map.of(), List.of(), line, column, pointer);
            }
        }
    }

    /** The value of a field of this object, or null when absent or this is not an object. */
    Json get(String key) {
        return fields.get(key);
    }

    boolean isObject() {
        return type == Type.OBJECT;
    }

    boolean isArray() {
        return type == Type.ARRAY;
    }

    boolean isString() {
        return type == Type.STRING;
    }

    boolean isNull() {
        return type == Type.NULL;
    }

    /** How a value is described in "expected …, got …" messages. */
    String describe() {
        return switch (type) {
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case STRING -> "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
            case NULL -> "null";
            default -> text;
        };
    }

    /** Where this value is, for the comment of an imported field: {@code /basics/name (line 3)}. */
    String where() {
        return (pointer.isEmpty() ? "/" : pointer) + " (line " + line + ")";
    }
}
