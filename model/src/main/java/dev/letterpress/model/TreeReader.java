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
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Reads YAML or JSON text into a {@link Node} tree with positions. Syntax errors, duplicate keys,
 * empty input and bytes that are not UTF-8 become {@link Problem}s. YAML aliases ({@code *name})
 * stand for the value of their anchor ({@code &name}), up to {@value #MAX_EXPANDED} values in all,
 * so that a file of nested aliases (a "billion laughs") cannot multiply into millions.
 */
final class TreeReader {
    /** Profiles are small; anything this big is a mistake or an attack. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private static final int MAX_DEPTH = 64;
    /** The most values that aliases may stand for in one file, counting the values inside lists and objects. */
    static final int MAX_EXPANDED = 10_000;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    /*
     * The builder, unlike YAMLFactory's constructor, leaves EMPTY_STRING_AS_NULL off; without it
     * "primaryColor: #1F3A5F" (a comment) reads as "" instead of null, and the loader cannot tell
     * the user to quote the colour.
     */
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build();

    enum Syntax {
        YAML,
        JSON;

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
    /** Where anchors are ({@link #position}), as the YAML events say: Jackson reports no anchor on a scalar. */
    private final Set<Long> anchors = new HashSet<>();
    /** For each alias, where its anchor is. */
    private final Map<Long, Long> aliasTargets = new HashMap<>();
    /** The anchored values read so far, by position. */
    private final Map<Long, Anchored> anchored = new HashMap<>();
    /** How many values the value read last holds, itself included, aliases counted as what they stand for. */
    private long size;
    /** How many values the aliases read so far stand for. */
    private long expanded;

    /** A value with an anchor, and how many values it holds. */
    private record Anchored(Node node, long size) {}

    /** Thrown when aliases stand for more than {@link #MAX_EXPANDED} values: the file is not read further. */
    private static final class TooManyAliases extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyAliases() {
            super(null, null, false, false);
        }
    }

    TreeReader(String source, List<Problem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** Decodes UTF-8 strictly (a BOM is dropped); returns null after reporting a problem. */
    String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            problems.add(Problem.of(
                    source,
                    "file is too large (" + bytes.length / 1024 + " KB; at most " + MAX_BYTES / 1024 / 1024 + " MB)"));
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
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
            problems.add(new Problem(
                    source,
                    line,
                    0,
                    null,
                    String.format(
                            Locale.ROOT,
                            "not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
                            bytes[Math.min(offset, bytes.length - 1)] & 0xFF,
                            offset)));
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
        if (syntax == Syntax.YAML) {
            scanAnchors(text);
        }
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
                problems.add(new Problem(
                        source,
                        at.getLineNr(),
                        at.getColumnNr(),
                        null,
                        syntax == Syntax.YAML
                                ? "more than one YAML document; put several profiles in one list instead"
                                : "unexpected content after the end of the JSON value"));
            }
            return root;
        } catch (TooManyAliases e) {
            return null;
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
                    message += " (" + yaml.getContext().strip() + " that starts at "
                            + (yaml.getContextMark().getLine() + 1) + ":"
                            + (yaml.getContextMark().getColumn() + 1) + ")";
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
        long here = position(at.getLineNr(), at.getColumnNr());
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            Long target = aliasTargets.get(here);
            return alias(yaml.getText(), target == null ? null : anchored.get(target), path, at);
        }
        Node node = value(parser, path, at);
        if (anchors.contains(here)) {
            anchored.put(here, new Anchored(node, size));
        }
        return node;
    }

    /**
     * Finds the anchors and, for each alias, its anchor, from SnakeYAML's events; a syntax error
     * stops the scan and is reported by the parse itself.
     */
    private void scanAnchors(String text) {
        Map<String, Long> current = new HashMap<>();
        try {
            for (Event event : new Yaml().parse(new StringReader(text))) {
                if (event instanceof NodeEvent node && node.getAnchor() != null) {
                    long at = position(
                            event.getStartMark().getLine() + 1,
                            event.getStartMark().getColumn() + 1);
                    if (event instanceof AliasEvent) {
                        Long target = current.get(node.getAnchor());
                        if (target != null) {
                            aliasTargets.put(at, target);
                        }
                    } else {
                        current.put(node.getAnchor(), at);
                        anchors.add(at);
                    }
                }
            }
        } catch (RuntimeException e) {
            // the parse reports the syntax error with its position
        }
    }

    private static long position(int line, int column) {
        return (long) line << 32 | column & 0xFFFFFFFFL;
    }

    /** The value an alias stands for, counted against {@link #MAX_EXPANDED}. */
    private Node alias(String name, Anchored anchored, String path, JsonLocation at) {
        if (anchored == null) {
            problems.add(new Problem(
                    source,
                    at.getLineNr(),
                    at.getColumnNr(),
                    path.isEmpty() ? null : path,
                    "the alias *" + name + " stands for a value that is not complete where it is used; write the value"
                            + " out"));
            throw new TooManyAliases();
        }
        expanded += anchored.size();
        if (expanded > MAX_EXPANDED) {
            problems.add(new Problem(
                    source,
                    at.getLineNr(),
                    at.getColumnNr(),
                    path.isEmpty() ? null : path,
                    String.format(
                            Locale.ROOT,
                            "YAML aliases stand for more than %,d values here; a profile needs"
                                    + " far fewer (write the values out)",
                            MAX_EXPANDED)));
            throw new TooManyAliases();
        }
        size = anchored.size();
        return anchored.node();
    }

    private Node value(JsonParser parser, String path, JsonLocation at) throws IOException {
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        size = 1;
        switch (token) {
            case START_OBJECT: {
                LinkedHashMap<String, Node.Field> fields = new LinkedHashMap<>();
                long total = 1;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    parser.nextToken();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    Node value = read(parser, childPath);
                    total += size;
                    Node.Field previous = fields.get(key);
                    if (previous != null) {
                        problems.add(new Problem(
                                source,
                                keyAt.getLineNr(),
                                keyAt.getColumnNr(),
                                childPath,
                                "duplicate field (first given on line " + previous.line() + ")"));
                    } else {
                        fields.put(key, new Node.Field(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
                    }
                }
                size = total;
                return new Node.ObjectNode(fields, line, column);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                long total = 1;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser, path + "[" + items.size() + "]"));
                    total += size;
                }
                size = total;
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
        String first =
                message.strip().lines().findFirst().orElse("syntax error").strip();
        int excerpt = first.indexOf(" at [Source");
        return excerpt > 0 ? first.substring(0, excerpt) : first;
    }
}
