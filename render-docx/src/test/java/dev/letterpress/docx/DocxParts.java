package dev.letterpress.docx;

import dev.letterpress.model.Letter;
import dev.letterpress.model.LetterRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.w3c.dom.Node;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;
import org.xmlunit.xpath.XPathEngine;

/** A rendered DOCX opened for assertions: its zip entries, and XPath over any XML part. */
final class DocxParts {
    static final Map<String, String> NAMESPACES = Map.of(
            "w",
            Ns.W,
            "r",
            Ns.R,
            "wp",
            Ns.WP,
            "a",
            Ns.A,
            "pic",
            Ns.PIC,
            "rel",
            Ns.PACKAGE_RELS,
            "ct",
            Ns.CONTENT_TYPES,
            "cp",
            Ns.CORE,
            "dc",
            Ns.DC,
            "dcterms",
            Ns.DCTERMS);

    final byte[] bytes;
    final Map<String, byte[]> parts = new LinkedHashMap<>();
    final Map<String, LocalDateTime> times = new LinkedHashMap<>();
    private final XPathEngine xpath = new JAXPXPathEngine();

    DocxParts(byte[] bytes) {
        this.bytes = bytes;
        xpath.setNamespaceContext(NAMESPACES);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), zip.readAllBytes());
                times.put(e.getName(), e.getTimeLocal());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] render(LetterRenderer renderer, Letter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(letter, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static DocxParts of(LetterRenderer renderer, Letter letter) {
        return new DocxParts(render(renderer, letter));
    }

    byte[] part(String name) {
        byte[] part = parts.get(name);
        if (part == null) {
            throw new AssertionError("no part " + name + " in " + parts.keySet());
        }
        return part;
    }

    /** The string value of an XPath expression on a part. */
    String eval(String part, String expression) {
        return xpath.evaluate(expression, Input.fromByteArray(part(part)).build());
    }

    /** The text content of every node an XPath expression selects, in document order. */
    List<String> values(String part, String expression) {
        List<String> values = new ArrayList<>();
        for (Node node :
                xpath.selectNodes(expression, Input.fromByteArray(part(part)).build())) {
            values.add(node.getTextContent());
        }
        return values;
    }

    String document(String expression) {
        return eval(BrandParts.DOCUMENT, expression);
    }

    List<String> documentValues(String expression) {
        return values(BrandParts.DOCUMENT, expression);
    }

    /** The target of a relationship of document.xml. */
    String relationshipTarget(String id) {
        return eval(BrandParts.DOCUMENT_RELS, "/rel:Relationships/rel:Relationship[@Id='" + id + "']/@Target");
    }
}
