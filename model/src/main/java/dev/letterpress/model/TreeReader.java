package dev.letterpress.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON text into a {@link Node} tree with positions. Syntax errors, duplicate keys,
 * empty input and bytes that are not UTF-8 become {@link Problem}s.
 */
final class TreeReader {
    /** Profiles are small; anything this big is a mistake or an attack. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final int MAX_DEPTH = 64;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    /*
     * The builder, unlike YAMLFactory's constructor, leaves EMPTY_STRING_AS_NULL off; without it
     * "primaryColor: #1F3A5F" (a comment) reads as "" instead of null, and the loader cannot tell
     * the user to quote the colour.
     */
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build();

    enum Syntax {
        YAML, JSON;

        static Syntax of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                return YAML;
            }
            if (lower.endsWith(".json")) {
                return JSON;
            }
            return null;
        }
    }

    private final String source;
    private final List<Problem> problems;

    TreeReader(String source, List<Problem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** Decodes UTF-8 strictly (a BOM is dropped); returns null after reporting a problem. */
    String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            problems.add(Problem.of(source, "file is too large (" + bytes.length / 1024 + " KB; at most "
                    + MAX_BYTES / 1024 / 1024 + " MB)"));
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            int offset = buffer.position();
            int line = 1;
            for (int i = 0; i < offset && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add(new Problem(source, line, 0, null, String.format(Locale.ROOT,
                    "not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
                    bytes[Math.min(offset, bytes.length - 1)] & 0xFF, offset)));
            return null;
        } catch (CharacterCodingException e) {
            problems.add(Problem.of(source, "not valid UTF-8; save the file as UTF-8"));
            return null;
        }
    }

    /** Parses the text; returns null after reporting a problem. */
    Node parse(String text, Syntax syntax) {
        if (text.isBlank()) {
            problems.add(Problem.of(source, "file is empty"));
            return null;
        }
        JsonFactory factory = syntax == Syntax.YAML ? YAML : JSON;
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(Problem.of(source, "file is empty (it holds only comments)"));
                return null;
            }
            Node root = read(parser, "");
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(new Problem(source, at.getLineNr(), at.getColumnNr(), null, syntax == Syntax.YAML
                        ? "more than one YAML document; put several profiles in one list instead"
                        : "unexpected content after the end of the JSON value"));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            int column = at == null || line == 0 ? 0 : Math.max(0, at.getColumnNr());
            String message = cleanMessage(e.getOriginalMessage());
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
                message = yaml.getProblem().strip();
                if (yaml.getProblemMark() != null) {
                    line = yaml.getProblemMark().getLine() + 1;
                    column = yaml.getProblemMark().getColumn() + 1;
                }
                if (yaml.getContext() != null && yaml.getContextMark() != null) {
                    message += " (" + yaml.getContext().strip() + " that starts at " + (yaml.getContextMark().getLine() + 1)
                            + ":" + (yaml.getContextMark().getColumn() + 1) + ")";
                }
            }
            problems.add(new Problem(source, line, column, null, "malformed " + syntax + ": " + message));
            return null;
        } catch (IOException e) {
            problems.add(Problem.of(source, "cannot be read: " + e.getMessage()));
            return null;
        }
    }

    private Node read(JsonParser parser, String path) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                LinkedHashMap<String, Node.Field> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    parser.nextToken();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    Node value = read(parser, childPath);
                    Node.Field previous = fields.get(key);
                    if (previous != null) {
                        problems.add(new Problem(source, keyAt.getLineNr(), keyAt.getColumnNr(), childPath,
                                "duplicate field (first given on line " + previous.line() + ")"));
                    } else {
                        fields.put(key, new Node.Field(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
                    }
                }
                return new Node.ObjectNode(fields, line, column);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser, path + "[" + items.size() + "]"));
                }
                return new Node.ArrayNode(items, line, column);
            }
            case VALUE_STRING:
                return new Node.ScalarNode(Node.ScalarNode.Kind.STRING, parser.getText(), line, column);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node.ScalarNode(Node.ScalarNode.Kind.NUMBER, parser.getText(), line, column);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.ScalarNode(Node.ScalarNode.Kind.BOOLEAN, parser.getText(), line, column);
            case VALUE_NULL:
                return new Node.ScalarNode(Node.ScalarNode.Kind.NULL, "null", line, column);
            default:
                // embedded objects and the like do not occur in YAML or JSON text
                return new Node.ScalarNode(Node.ScalarNode.Kind.STRING, parser.getText(), line, column);
        }
    }

    /** The first line of a parser message, without Jackson's source excerpt. */
    private static String cleanMessage(String message) {
        if (message == null) {
            return "syntax error";
        }
        String first = message.strip().lines().findFirst().orElse("syntax error").strip();
        int excerpt = first.indexOf(" at [Source");
        return excerpt > 0 ? first.substring(0, excerpt) : first;
    }
}
