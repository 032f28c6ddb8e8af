package dev.letterpress.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns values held in memory (a {@link Map} of lists, texts and numbers, or a Jackson
 * {@link JsonNode} tree) into the {@link Node} tree the profile binder reads. They carry no
 * positions, so problems name the field path only.
 */
final class ValueTree {
    private static final int MAX_DEPTH = 64;

    private final String source;
    private final List<Problem> problems;

    ValueTree(String source, List<Problem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** The tree of a plain Java value; returns null after reporting a problem. */
    Node of(Object value) {
        return node(value, 0, "");
    }

    private Node node(Object value, int depth, String path) {
        if (depth > MAX_DEPTH) {
            problems.add(new Problem(
                    source, 0, 0, path.isEmpty() ? null : path, "nested more than " + MAX_DEPTH + " levels deep"));
            return null;
        }
        if (value instanceof JsonNode json) {
            return json(json, depth, path);
        }
        if (value instanceof Map<?, ?> map) {
            LinkedHashMap<String, Node.Field> fields = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                field(fields, String.valueOf(e.getKey()), e.getValue(), depth, path);
            }
            return new Node.ObjectNode(fields, 0, 0);
        }
        if (value instanceof Collection<?> || value != null && value.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            if (value instanceof Collection<?> collection) {
                items.addAll(collection);
            } else {
                for (int i = 0; i < Array.getLength(value); i++) {
                    items.add(Array.get(value, i));
                }
            }
            List<Node> nodes = new ArrayList<>();
            for (Object item : items) {
                Node child = node(item, depth + 1, path + "[" + nodes.size() + "]");
                nodes.add(child == null ? scalar(Node.ScalarNode.Kind.NULL, "null") : child);
            }
            return new Node.ArrayNode(nodes, 0, 0);
        }
        if (value == null) {
            return scalar(Node.ScalarNode.Kind.NULL, "null");
        }
        if (value instanceof Boolean) {
            return scalar(Node.ScalarNode.Kind.BOOLEAN, value.toString());
        }
        if (value instanceof Number number) {
            return number(number);
        }
        return scalar(Node.ScalarNode.Kind.STRING, value.toString());
    }

    private void field(LinkedHashMap<String, Node.Field> fields, String key, Object value, int depth, String path) {
        Node child = node(value, depth + 1, Binder.join(path, key));
        if (child != null) {
            fields.put(key, new Node.Field(key, 0, 0, child));
        }
    }

    private Node json(JsonNode json, int depth, String path) {
        if (json.isObject()) {
            LinkedHashMap<String, Node.Field> fields = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : json.properties()) {
                field(fields, e.getKey(), e.getValue(), depth, path);
            }
            return new Node.ObjectNode(fields, 0, 0);
        }
        if (json.isArray()) {
            List<Object> items = new ArrayList<>();
            json.elements().forEachRemaining(items::add);
            return node(items, depth, path);
        }
        if (json.isNull() || json.isMissingNode()) {
            return scalar(Node.ScalarNode.Kind.NULL, "null");
        }
        if (json.isBoolean()) {
            return scalar(Node.ScalarNode.Kind.BOOLEAN, json.asText());
        }
        if (json.isNumber()) {
            return number(json.numberValue());
        }
        return scalar(Node.ScalarNode.Kind.STRING, json.asText());
    }

    /** Numbers keep their exact digits where they have them; NaN and infinities stay as written. */
    private static Node number(Number number) {
        String text = number instanceof BigDecimal || number instanceof BigInteger
                ? number.toString()
                : number instanceof Double || number instanceof Float
                        ? Double.toString(number.doubleValue())
                        : Long.toString(number.longValue());
        return scalar(Node.ScalarNode.Kind.NUMBER, text);
    }

    private static Node scalar(Node.ScalarNode.Kind kind, String text) {
        return new Node.ScalarNode(kind, text, 0, 0);
    }
}
