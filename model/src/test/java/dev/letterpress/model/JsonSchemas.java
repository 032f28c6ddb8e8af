package dev.letterpress.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The JSON Schemas shipped in the model jar, as the tests use them: read from the class path, and
 * applied to YAML or JSON profiles with networknt's draft 2020-12 validator.
 */
final class JsonSchemas {
    /** Where the schemas live in the jar. */
    static final String RESOURCE_FOLDER = "/dev/letterpress/model/schema/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    /** The three kinds of profile file, each with its schema. */
    enum Kind {
        CANDIDATE("candidate"),
        POSTING("posting"),
        BRAND("brand");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        String fileName() {
            return id + ".schema.json";
        }

        String schemaId() {
            return "https://letterpress.dev/schemas/" + fileName();
        }

        /** The kind whose schema file is named {@code fileName}. */
        static Kind ofSchemaFile(String fileName) {
            return Arrays.stream(values())
                    .filter(k -> k.fileName().equals(fileName))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no schema named " + fileName));
        }
    }

    private JsonSchemas() {}

    static byte[] bytes(Kind kind) {
        try (InputStream in = JsonSchemas.class.getResourceAsStream(RESOURCE_FOLDER + kind.fileName())) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE_FOLDER + kind.fileName() + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode schemaNode(Kind kind) {
        try {
            return JSON.readTree(bytes(kind));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validation errors of {@code instance} against the kind's schema, as "/path: message"; empty when valid. */
    static List<String> errors(Kind kind, JsonNode instance) {
        return describe(REGISTRY.getSchema(schemaNode(kind)), instance);
    }

    /** Errors of a schema document against the draft 2020-12 meta-schema. */
    static List<String> metaSchemaErrors(Kind kind) {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        return describe(meta, schemaNode(kind));
    }

    private static List<String> describe(Schema schema, JsonNode instance) {
        return schema.validate(instance).stream()
                .map(e -> {
                    String at = e.getInstanceLocation().toString();
                    return (at.isEmpty() ? "/" : at) + ": " + e.getMessage();
                })
                .toList();
    }

    static JsonNode readYaml(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A profile file as a tree: JSON for {@code .json}, YAML otherwise. */
    static JsonNode read(Path file) {
        try {
            boolean json =
                    file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
            return (json ? JSON : YAML).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
