package dev.letterpress.compose;

import static dev.letterpress.compose.TemplateChecker.BLOCK;
import static dev.letterpress.compose.TemplateChecker.ELEMENTS;
import static dev.letterpress.compose.TemplateChecker.ROOT;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.thymeleaf.engine.IterationStatusVar;

/**
 * One check of one template's XML: the letter vocabulary (which element goes where), the safe
 * Thymeleaf attributes and their syntax, text that would leak a placeholder or an unevaluated
 * expression, and the required parts. Expressions go to an {@link ExpressionChecker} that sees the
 * variables each element declares.
 */
final class VocabularyCheck {
    private static final Set<String> INLINE = Set.of("strong", "em", "a");
    private static final Set<String> EMPHASIS = Set.of("strong", "em");
    private static final Map<String, Set<String>> CHILDREN = Map.ofEntries(
            Map.entry("", Set.of(ROOT)),
            Map.entry(ROOT, Set.of("subject", "salutation", "h2", "p", "ul", "closing")),
            Map.entry("subject", Set.of()),
            Map.entry("salutation", Set.of()),
            Map.entry("closing", Set.of()),
            Map.entry("h2", Set.of()),
            Map.entry("a", Set.of()),
            Map.entry("p", INLINE),
            Map.entry("li", INLINE),
            Map.entry("strong", EMPHASIS),
            Map.entry("em", EMPHASIS),
            Map.entry("ul", Set.of("li")));
    private static final Set<String> TH_ATTRIBUTES = new LinkedHashSet<>(List.of(
            "th:text", "th:if", "th:unless", "th:each", "th:with", "th:href", "th:switch", "th:case", "th:remove"));
    private static final Set<String> REMOVE_VALUES = Set.of("all", "body", "tag", "all-but-first", "none");
    private static final Pattern EACH =
            Pattern.compile("\\s*([A-Za-z_]\\w*)\\s*(?:,\\s*([A-Za-z_]\\w*)\\s*)?:(.+)", Pattern.DOTALL);
    private static final Pattern WITH = Pattern.compile("\\s*([A-Za-z_]\\w*)\\s*=(.+)", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Za-z][^\\[\\]\\n]{0,40}\\]|\\{\\{|\\}\\}");

    private final String text;
    private final TemplateProblems problems;
    private final Deque<Map<String, Shape>> scopes = new ArrayDeque<>();
    private final ExpressionChecker expressions;
    private final Deque<String> elements = new ArrayDeque<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private String description;
    private int rootLine = 1;

    VocabularyCheck(String text, String origin, Map<String, Shape> globals) {
        this.text = text;
        this.problems = new TemplateProblems(text, origin);
        this.expressions = new ExpressionChecker(globals, scopes, problems);
    }

    TemplateChecker.Result run() {
        XMLStreamReader r = null;
        try {
            r = TemplateChecker.secureFactory(false).createXMLStreamReader(new StringReader(text));
            int lastTagEnd = 0;
            StringBuilder pending = new StringBuilder();
            int pendingFrom = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.CHARACTERS
                        || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    if (pending.length() == 0) {
                        pendingFrom = lastTagEnd;
                    }
                    pending.append(r.getText());
                    continue;
                }
                if (pending.length() > 0) {
                    text(pending.toString(), pendingFrom);
                    pending.setLength(0);
                }
                if (event == XMLStreamConstants.DTD) {
                    problems.add(
                            r.getLocation().getLineNumber(),
                            1,
                            "DOCTYPE",
                            "a DOCTYPE is not allowed in a template (no DTDs, no entities)");
                    return new TemplateChecker.Result(description, problems.list());
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    int end = problems.offset(
                            r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
                    String name = r.getLocalName();
                    int start = Math.max(0, text.lastIndexOf("<" + name, Math.max(0, end - 1)));
                    start(r, name, start, end);
                    lastTagEnd = end;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end();
                    lastTagEnd = problems.offset(
                            r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    problems.add(
                            r.getLocation().getLineNumber(),
                            r.getLocation().getColumnNumber(),
                            r.getLocalName(),
                            "entity references are not allowed");
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            int col = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNumber());
            problems.clear();
            problems.add(line, col, null, "not well-formed XML: " + TemplateChecker.parserMessage(e));
            return new TemplateChecker.Result(description, problems.list());
        } finally {
            close(r);
        }
        for (String required : List.of("subject", "salutation", "closing")) {
            if (counts.getOrDefault(required, 0) == 0) {
                problems.add(rootLine, 0, required, "the template has no <" + required + ">");
            }
        }
        if (counts.getOrDefault("body", 0) == 0 && counts.getOrDefault(ROOT, 0) > 0) {
            problems.add(
                    rootLine,
                    0,
                    null,
                    "the template has no body: add <p>, <h2> or <ul> between <salutation> and <closing>");
        }
        return new TemplateChecker.Result(description, problems.list());
    }

    private void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // nothing left to read
            }
        }
    }

    /** The element whose content rules apply: the nearest ancestor that is not a th:block. */
    private String container() {
        for (String e : elements) {
            if (!e.equals(BLOCK)) {
                return e;
            }
        }
        return "";
    }

    private void start(XMLStreamReader r, String name, int start, int end) {
        String parent = container();
        if (name.equals(ROOT) && parent.isEmpty()) {
            rootLine = problems.lineOf(start);
        }
        if (!ELEMENTS.contains(name)) {
            problems.addAt(
                    start,
                    name,
                    "element <" + name + "> is not part of the letter vocabulary; use one of "
                            + String.join(", ", ELEMENTS));
        } else if (!name.equals(BLOCK)
                && !CHILDREN.getOrDefault(parent, Set.of()).contains(name)) {
            Set<String> allowed = CHILDREN.getOrDefault(parent, Set.of());
            problems.addAt(
                    start,
                    name,
                    "<" + name + "> is not allowed "
                            + (parent.isEmpty() ? "as the root element" : "inside <" + parent + ">")
                            + (allowed.isEmpty()
                                    ? "; only text goes there"
                                    : "; allowed there: " + String.join(", ", sorted(allowed))));
        }
        counts.merge(name, 1, Integer::sum);
        if (Set.of("h2", "p", "ul").contains(name)) {
            counts.merge("body", 1, Integer::sum);
        }
        elements.push(name);
        Map<String, Shape> scope = new HashMap<>();
        scopes.push(scope);
        Map<String, String> th = new LinkedHashMap<>();
        boolean href = false;
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String prefix = r.getAttributePrefix(i);
            String attribute = (prefix == null || prefix.isEmpty() ? "" : prefix + ":") + r.getAttributeLocalName(i);
            String value = r.getAttributeValue(i);
            int at = attributeOffset(attribute, start, end);
            if (attribute.startsWith("th:")) {
                if (attribute.equals("th:utext")) {
                    problems.addAt(
                            at,
                            attribute,
                            "th:utext is not allowed: it would print profile text as markup; use th:text");
                } else if (!TH_ATTRIBUTES.contains(attribute) || (attribute.equals("th:href") && !name.equals("a"))) {
                    problems.addAt(
                            at,
                            attribute,
                            "attribute " + attribute + " is not allowed on <" + name + ">; use "
                                    + String.join(", ", TH_ATTRIBUTES)
                                    + (name.equals("a") ? "" : " (th:href on <a> only)"));
                } else {
                    th.put(attribute, value);
                }
                href |= attribute.equals("th:href");
            } else if (attribute.equals("xmlns:th") || attribute.startsWith("xmlns:")) {
                continue;
            } else if (name.equals(ROOT) && attribute.equals("description")) {
                description = Phrases.clean(value);
            } else if (name.equals("a") && attribute.equals("href")) {
                href = true;
            } else {
                problems.addAt(at, attribute, "attribute " + attribute + " is not allowed on <" + name + ">");
            }
        }
        if (name.equals(ROOT) && description == null) {
            problems.addAt(
                    start,
                    "description",
                    "the root <letter> needs a description=\"…\" attribute: one line that"
                            + " says what the template is for");
        }
        if (name.equals("a") && !href) {
            problems.addAt(start, "a", "<a> needs an href or th:href");
        }
        attributes(th, start, end, scope);
    }

    private int attributeOffset(String attribute, int start, int end) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(attribute) + "\\s*=").matcher(text);
        m.region(start, Math.max(start, Math.min(end, text.length())));
        return m.find() ? m.start() + 1 : start;
    }

    /** Checks th:* attributes in Thymeleaf's order: each, then conditions, then with, then output. */
    private void attributes(Map<String, String> th, int start, int end, Map<String, Shape> scope) {
        String each = th.get("th:each");
        if (each != null) {
            int at = attributeOffset("th:each", start, end);
            Matcher m = EACH.matcher(each);
            if (!m.matches()) {
                problems.addAt(
                        at,
                        "th:each",
                        "th:each needs \"item : ${list}\" or \"item, status : ${list}\", got \"" + each + "\"");
            } else {
                Shape iterable = expressions.check(m.group(3), at, "th:each");
                scope.put(m.group(1), Shape.element(iterable));
                scope.put(
                        m.group(2) != null ? m.group(2) : m.group(1) + "Stat",
                        new Shape(IterationStatusVar.class, null));
            }
        }
        for (String condition : List.of("th:if", "th:unless", "th:switch", "th:case")) {
            if (th.containsKey(condition)) {
                expressions.check(th.get(condition), attributeOffset(condition, start, end), condition);
            }
        }
        String with = th.get("th:with");
        if (with != null) {
            int at = attributeOffset("th:with", start, end);
            for (String assignment : splitTopLevel(with)) {
                Matcher m = WITH.matcher(assignment);
                if (!m.matches()) {
                    problems.addAt(
                            at, "th:with", "th:with needs \"name=${expression}\", got \"" + assignment.strip() + "\"");
                } else {
                    Shape shape = expressions.check(m.group(2), at, "th:with");
                    scope.put(m.group(1), shape == null ? Shape.UNKNOWN : shape);
                }
            }
        }
        for (String output : List.of("th:text", "th:href")) {
            if (th.containsKey(output)) {
                expressions.check(th.get(output), attributeOffset(output, start, end), output);
            }
        }
        String remove = th.get("th:remove");
        if (remove != null && !REMOVE_VALUES.contains(remove.strip())) {
            problems.addAt(
                    attributeOffset("th:remove", start, end),
                    "th:remove",
                    "th:remove takes one of " + String.join(", ", sorted(REMOVE_VALUES)) + ", got \"" + remove + "\"");
        }
    }

    private void end() {
        elements.pop();
        scopes.pop();
    }

    private void text(String content, int from) {
        String container = container();
        boolean allowed = !container.isEmpty() && !container.equals(ROOT) && !container.equals("ul");
        if (!content.isBlank() && !allowed) {
            int at = text.indexOf(content.strip().substring(0, 1), from);
            problems.addAt(
                    at < 0 ? from : at,
                    container.isEmpty() ? null : container,
                    "text directly inside <" + container + ">; put it in "
                            + (container.equals("ul") ? "an <li>" : "a <p>"));
            return;
        }
        int i = 0;
        StringBuilder literal = new StringBuilder();
        while (i < content.length()) {
            if (content.startsWith("[(", i)) {
                problems.addAt(
                        find("[(", from),
                        "[(",
                        "unescaped inlining [(…)] is not allowed: it would print profile"
                                + " text as markup; use [[…]]");
                int close = content.indexOf(")]", i + 2);
                i = close < 0 ? content.length() : close + 2;
            } else if (content.startsWith("[[", i)) {
                int close = content.indexOf("]]", i + 2);
                if (close < 0) {
                    problems.addAt(find("[[", from), "[[", "inlined expression [[… is not closed with ]]");
                    return;
                }
                expressions.check(content.substring(i + 2, close), find("[[", from), "[[…]]");
                from = Math.max(from, find("]]", from) + 2);
                i = close + 2;
            } else {
                literal.append(content.charAt(i));
                i++;
            }
        }
        String plain = literal.toString();
        for (String marker : List.of("${", "*{", "#{")) {
            if (plain.contains(marker)) {
                problems.addAt(
                        find(marker, from),
                        marker,
                        "\"" + marker + "…}\" in text would be printed as is;" + " use th:text or [[" + marker
                                + "…}]]");
            }
        }
        Matcher m = PLACEHOLDER.matcher(plain);
        if (m.find()) {
            problems.addAt(
                    find(m.group(), from),
                    m.group(),
                    "\"" + m.group() + "\" looks like a placeholder; a letter" + " must never show one");
        }
    }

    private int find(String marker, int from) {
        int at = text.indexOf(marker, from);
        return at < 0 ? from : at;
    }

    private static List<String> sorted(Set<String> values) {
        return new ArrayList<>(new TreeSet<>(values));
    }

    /** Splits "a=${x}, b=${y}" at commas outside brackets and quotes. */
    static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && "({[".indexOf(c) >= 0) {
                depth++;
            } else if (!quoted && ")}]".indexOf(c) >= 0) {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }
}
