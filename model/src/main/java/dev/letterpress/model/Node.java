package dev.letterpress.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed YAML or JSON value that remembers where it stood in the file. */
sealed interface Node permits Node.ObjectNode, Node.ArrayNode, Node.ScalarNode {
    int line();

    int column();

    /** How a value is described in "expected …, got …" messages. */
    String describe();

    /** A key of an object, with the key's own position. */
    record Field(String key, int line, int column, Node value) {}

    record ObjectNode(LinkedHashMap<String, Field> fields, int line, int column) implements Node {
        @Override
        public String describe() {
            return "an object";
        }

        Map<String, Field> map() {
            return fields;
        }
    }

    record ArrayNode(List<Node> items, int line, int column) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A string, number, boolean or null; {@code text} is the scalar as written. */
    record ScalarNode(Kind kind, String text, int line, int column) implements Node {
        enum Kind {
            STRING,
            NUMBER,
            BOOLEAN,
            NULL
        }

        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
                case NULL -> "nothing";
                default -> text;
            };
        }
    }
}
