package dev.letterpress.docx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one place where this module turns values into XML. Element and attribute names are our own
 * constants; every value (text content and attribute values) is escaped, and characters that XML
 * 1.0 cannot hold (control characters, unpaired surrogates, U+FFFE, U+FFFF) are dropped and
 * counted, so user text can never break the markup. Not thread-safe: one writer per part.
 *
 * <pre>{@code
 * XmlWriter w = XmlWriter.document();
 * w.start("w:p").start("w:r").start("w:t").text(userText).end().end().end();
 * byte[] xml = w.toBytes();
 * }</pre>
 */
final class XmlWriter {
    /** The declaration Word writes at the top of every part. */
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean tagOpen;
    private int dropped;
    private int firstDropped = -1;

    private XmlWriter(int capacity, boolean declaration) {
        out = new StringBuilder(capacity);
        if (declaration) {
            out.append(DECLARATION);
        }
    }

    /**
     * A writer for a whole part, starting with the XML declaration.
     *
     * @return a new writer
     */
    static XmlWriter document() {
        return new XmlWriter(4096, true);
    }

    /**
     * A writer for a whole part of about {@code capacity} characters.
     *
     * @param capacity the expected size
     * @return a new writer
     */
    static XmlWriter document(int capacity) {
        return new XmlWriter(capacity, true);
    }

    /**
     * A writer for a fragment to be spliced into another writer with {@link #raw(String)}.
     *
     * @return a new writer without declaration
     */
    static XmlWriter fragment() {
        return new XmlWriter(1024, false);
    }

    /**
     * Opens an element; attributes may follow until content or {@link #end()}.
     *
     * @param name a qualified name constant such as {@code "w:p"}
     * @return this writer
     */
    XmlWriter start(String name) {
        closeTag();
        out.append('<').append(name);
        open.push(name);
        tagOpen = true;
        return this;
    }

    /**
     * Adds an attribute to the element just opened.
     *
     * @param name  a qualified name constant
     * @param value the value, escaped here; null writes nothing
     * @return this writer
     * @throws IllegalStateException when no start tag is open
     */
    XmlWriter attr(String name, String value) {
        if (!tagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        if (value != null) {
            out.append(' ').append(name).append("=\"");
            escape(value, true);
            out.append('"');
        }
        return this;
    }

    /**
     * Adds a numeric attribute.
     *
     * @param name  a qualified name constant
     * @param value the value
     * @return this writer
     */
    XmlWriter attr(String name, long value) {
        if (!tagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        out.append(' ').append(name).append("=\"").append(value).append('"');
        return this;
    }

    /**
     * An empty element with one attribute, such as {@code <w:pStyle w:val="BodyText"/>}.
     *
     * @param name      the element
     * @param attribute the attribute
     * @param value     its value
     * @return this writer
     */
    XmlWriter empty(String name, String attribute, String value) {
        return start(name).attr(attribute, value).end();
    }

    /**
     * An empty element without attributes, such as {@code <w:b/>}.
     *
     * @param name the element
     * @return this writer
     */
    XmlWriter empty(String name) {
        return start(name).end();
    }

    /**
     * A leaf element holding text: {@code <name>text</name>}.
     *
     * @param name the element
     * @param text the text, escaped here
     * @return this writer
     */
    XmlWriter element(String name, String text) {
        return start(name).text(text).end();
    }

    /**
     * Writes text content, escaped; characters XML cannot hold are dropped and counted.
     *
     * @param text the text
     * @return this writer
     */
    XmlWriter text(String text) {
        closeTag();
        escape(text, false);
        return this;
    }

    /**
     * Closes the innermost open element, as {@code />} when it has no content.
     *
     * @return this writer
     * @throws IllegalStateException when no element is open
     */
    XmlWriter end() {
        if (open.isEmpty()) {
            throw new IllegalStateException("end() without an open element");
        }
        String name = open.pop();
        if (tagOpen) {
            out.append("/>");
            tagOpen = false;
        } else {
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /**
     * Splices in markup built by another writer (a prepared fragment); it is not escaped.
     *
     * @param fragment well-formed XML from {@link #fragment()}
     * @return this writer
     */
    XmlWriter raw(String fragment) {
        closeTag();
        out.append(fragment);
        return this;
    }

    /**
     * The text without the characters XML 1.0 cannot hold, counting those dropped.
     *
     * @param text the text
     * @return the same string when nothing had to go
     */
    String clean(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!plainSafe(c)) {
                return cleanFrom(text, i);
            }
        }
        return text;
    }

    private String cleanFrom(String text, int from) {
        StringBuilder s = new StringBuilder(text.length()).append(text, 0, from);
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (plainSafe(c)) {
                s.append(c);
                continue;
            }
            int len = validLength(text, i);
            if (len == 0) {
                drop(text.codePointAt(i));
            } else {
                s.append(text, i, i + len);
                i += len - 1;
            }
        }
        return s.toString();
    }

    /** Characters that are valid and need no escaping or pairing. */
    private static boolean plainSafe(char c) {
        return c >= 0x20 && c < 0xD800 || c == '\n' || c == '\t';
    }

    /**
     * How many chars form a valid XML character at {@code i}: 1, 2 (a surrogate pair), or 0 when
     * XML 1.0 forbids it.
     */
    private static int validLength(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c < 0xD800 || c == '\n' || c == '\t' || c == '\r') {
            return 1;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 0;
        }
        if (Character.isLowSurrogate(c)) {
            return 0;
        }
        return c >= 0xE000 && c <= 0xFFFD ? 1 : 0;
    }

    private void drop(int codePoint) {
        if (dropped++ == 0) {
            firstDropped = codePoint;
        }
    }

    /**
     * How many characters were dropped so far.
     *
     * @return the count
     */
    int dropped() {
        return dropped;
    }

    /**
     * The first character dropped, for messages.
     *
     * @return its code point, or -1 when none was dropped
     */
    int firstDropped() {
        return firstDropped;
    }

    private void escape(String text, boolean attribute) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append(attribute ? "&quot;" : "\"");
                    break;
                case '\r':
                    out.append("&#13;");
                    break;
                case '\n':
                    out.append(attribute ? "&#10;" : "\n");
                    break;
                case '\t':
                    out.append(attribute ? "&#9;" : "\t");
                    break;
                default:
                    if (c >= 0x20 && c < 0xD800) {
                        out.append(c);
                    } else {
                        int len = validLength(text, i);
                        if (len == 0) {
                            drop(text.codePointAt(i));
                        } else {
                            out.append(text, i, i + len);
                            i += len - 1;
                        }
                    }
            }
        }
    }

    private void closeTag() {
        if (tagOpen) {
            out.append('>');
            tagOpen = false;
        }
    }

    /**
     * The markup written so far.
     *
     * @return the XML
     * @throws IllegalStateException when an element is still open
     */
    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed element <" + open.peek() + ">");
        }
        return out.toString();
    }

    /**
     * The part as UTF-8 bytes.
     *
     * @return the encoded XML
     * @throws IllegalStateException when an element is still open
     */
    byte[] toBytes() {
        return toString().getBytes(StandardCharsets.UTF_8);
    }
}
