package dev.letterpress.review;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The YAML of a role pack as a tree of values that remember their line and column, so that every
 * error in a pack can say where it is.
 */
final class PackTree {
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(32).build())
            .build();

    /** A value of the tree. */
    sealed interface Value permits Mapping, Sequence, Scalar {
        int line();

        int column();

        /** How the value is named in "expected …, got …" messages. */
        String kind();
    }

    /** A key of a mapping, at its own position. */
    record Key(String name, int line, int column, Value value) {}

    record Mapping(Map<String, Key> keys, int line, int column) implements Value {
        @Override
        public String kind() {
            return "a mapping";
        }
    }

    record Sequence(List<Value> items, int line, int column) implements Value {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A string, number or boolean as written; {@code text} is null for YAML's null. */
    record Scalar(String text, boolean quoted, int line, int column) implements Value {
        @Override
        public String kind() {
            return text == null ? "nothing" : "\"" + text + "\"";
        }
    }

    private PackTree() {}

    /**
     * Parses a pack's text.
     *
     * @throws InvalidInputException on a syntax error, a duplicate key or an empty file
     */
    static Value parse(String source, String text) {
        List<Problem> problems = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new InvalidInputException(Problem.of(source, "role pack is empty"));
            }
            Value root = read(parser, source, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            int column = line == 0 ? 0 : Math.max(0, at.getColumnNr());
            String message = e.getOriginalMessage() == null
                    ? "syntax error"
                    : e.getOriginalMessage().strip().lines().findFirst().orElse("syntax error");
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
                message = yaml.getProblem().strip()
                        + (yaml.getContext() == null
                                ? ""
                                : " (" + yaml.getContext().strip() + ")");
                if (yaml.getProblemMark() != null) {
                    line = yaml.getProblemMark().getLine() + 1;
                    column = yaml.getProblemMark().getColumn() + 1;
                }
            }
            throw new InvalidInputException(
                    List.of(new Problem(source, line, column, null, "malformed YAML: " + message)), e);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(Problem.of(source, "cannot be read: " + e.getMessage())), e);
        }
    }

    private static Value read(JsonParser parser, String source, List<Problem> problems) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Key> keys = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation keyAt = parser.currentTokenLocation();
                parser.nextToken();
                Value value = read(parser, source, problems);
                Key previous = keys.putIfAbsent(name, new Key(name, keyAt.getLineNr(), keyAt.getColumnNr(), value));
                if (previous != null) {
                    problems.add(new Problem(
                            source,
                            keyAt.getLineNr(),
                            keyAt.getColumnNr(),
                            name,
                            "duplicate key (first given on line " + previous.line() + ")"));
                }
            }
            return new Mapping(keys, line, column);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Value> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(parser, source, problems));
            }
            return new Sequence(items, line, column);
        }
        if (token == JsonToken.VALUE_NULL) {
            return new Scalar(null, false, line, column);
        }
        return new Scalar(parser.getText(), token == JsonToken.VALUE_STRING, line, column);
    }
}
