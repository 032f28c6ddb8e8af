package dev.letterpress.compose;

import dev.letterpress.model.Problem;
import dev.letterpress.model.Suggestions;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
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
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.thymeleaf.engine.IterationStatusVar;

/**
 * Checks a template before any letter is composed with it: well-formed XML without a DTD, only
 * the letter vocabulary, only the safe Thymeleaf attributes ({@code th:text}, {@code th:if},
 * {@code th:unless}, {@code th:each}, {@code th:with}, {@code th:href}, {@code th:switch},
 * {@code th:case}, {@code th:remove}), no unescaped output ({@code th:utext}, {@code [(…)]}), no
 * preprocessing ({@code __…__}), no static class access ({@code T(…)}, {@code @…@}) or object
 * creation, no text that looks like a placeholder, and every variable and property known. Every
 * problem names the template, line, column and the element, attribute or variable.
 */
final class TemplateChecker {
    static final String ROOT = "letter";
    static final String BLOCK = "th:block";
    private static final Set<String> INLINE = Set.of("strong", "em", "a");
    private static final Set<String> EMPHASIS = Set.of("strong", "em");
    private static final Map<String, Set<String>> CHILDREN = Map.ofEntries(
            Map.entry("", Set.of(ROOT)),
            Map.entry(ROOT, Set.of("subject", "salutation", "h2", "p", "ul", "closing")),
            Map.entry("subject", Set.of()), Map.entry("salutation", Set.of()), Map.entry("closing", Set.of()),
            Map.entry("h2", Set.of()), Map.entry("a", Set.of()),
            Map.entry("p", INLINE), Map.entry("li", INLINE), Map.entry("strong", EMPHASIS), Map.entry("em", EMPHASIS),
            Map.entry("ul", Set.of("li")));
    /** The elements, in the order messages list them. */
    static final List<String> ELEMENTS = List.of(ROOT, "subject", "salutation", "h2", "p", "ul", "li", "strong", "em",
            "a", "closing", BLOCK);
    private static final Set<String> TH_ATTRIBUTES = new LinkedHashSet<>(List.of("th:text", "th:if", "th:unless",
            "th:each", "th:with", "th:href", "th:switch", "th:case", "th:remove"));
    private static final Set<String> REMOVE_VALUES = Set.of("all", "body", "tag", "all-but-first", "none");
    private static final Set<String> UTILITIES = new TreeSet<>(List.of("strings", "numbers", "bools", "arrays",
            "lists", "sets", "maps", "aggregates", "objects"));
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "neq", "lt", "gt", "le", "ge",
            "lte", "gte", "true", "false", "null", "in", "instanceof", "this");
    private static final Pattern EACH = Pattern.compile("\\s*([A-Za-z_]\\w*)\\s*(?:,\\s*([A-Za-z_]\\w*)\\s*)?:(.+)",
            Pattern.DOTALL);
    private static final Pattern WITH = Pattern.compile("\\s*([A-Za-z_]\\w*)\\s*=(.+)", Pattern.DOTALL);
    private static final Pattern STATIC_CLASS = Pattern.compile("\\bT\\s*\\(");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Za-z][^\\[\\]\\n]{0,40}\\]|\\{\\{|\\}\\}");
    private static final Set<String> STATUS_PROPERTIES = Set.of("index", "count", "size", "current", "even", "odd",
            "first", "last");

    /** The type of a value in an expression; {@code type == null} means unknown (not checked). */
    record Shape(Type type, Set<String> keys) {
        static final Shape UNKNOWN = new Shape(null, null);
    }

    /** What the check found. */
    record Result(String description, List<Problem> problems) {
    }

    private final Map<String, Shape> globals;

    /** A checker for the variables of {@link TemplateModel}; {@code supports} keys are the theme ids. */
    TemplateChecker(List<String> themeIds) {
        Map<String, Shape> map = new LinkedHashMap<>();
        for (RecordComponent c : TemplateModel.components()) {
            Set<String> keys = c.getName().equals("supports") ? new LinkedHashSet<>(themeIds) : null;
            map.put(c.getName(), new Shape(c.getGenericType(), keys));
        }
        this.globals = map;
    }

    /** The names of the variables the composer provides. */
    Set<String> variables() {
        return globals.keySet();
    }

    /** Checks one template's text. */
    Result check(String text, String origin) {
        return new Run(text, origin).run();
    }

    static XMLInputFactory secureFactory(boolean coalescing) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, coalescing);
        return f;
    }

    /** The message of a parser error without the parser's own "ParseError at" preamble. */
    static String parserMessage(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
    }

    /** One check of one template. */
    private final class Run {
        private final String text;
        private final String origin;
        private final int[] lineStarts;
        private final List<Problem> problems = new ArrayList<>();
        private final Deque<Map<String, Shape>> scopes = new ArrayDeque<>();
        private final Deque<String> elements = new ArrayDeque<>();
        private final Map<String, Integer> counts = new HashMap<>();
        private String description;
        private int rootLine = 1;

        Run(String text, String origin) {
            this.text = text;
            this.origin = origin;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        Result run() {
            XMLStreamReader r = null;
            try {
                r = secureFactory(false).createXMLStreamReader(new StringReader(text));
                int lastTagEnd = 0;
                StringBuilder pending = new StringBuilder();
                int pendingFrom = 0;
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
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
                        problem(r.getLocation().getLineNumber(), 1, "DOCTYPE",
                                "a DOCTYPE is not allowed in a template (no DTDs, no entities)");
                        return result();
                    } else if (event == XMLStreamConstants.START_ELEMENT) {
                        int end = offset(r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
                        String name = r.getLocalName();
                        int start = Math.max(0, text.lastIndexOf("<" + name, Math.max(0, end - 1)));
                        start(r, name, start, end);
                        lastTagEnd = end;
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        end();
                        lastTagEnd = offset(r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
                    } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                        problem(r.getLocation().getLineNumber(), r.getLocation().getColumnNumber(), r.getLocalName(),
                                "entity references are not allowed");
                    }
                }
            } catch (XMLStreamException e) {
                int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
                int col = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNumber());
                problems.clear();
                problem(line, col, null, "not well-formed XML: " + parserMessage(e));
                return result();
            } finally {
                close(r);
            }
            for (String required : List.of("subject", "salutation", "closing")) {
                if (counts.getOrDefault(required, 0) == 0) {
                    problem(rootLine, 0, required, "the template has no <" + required + ">");
                }
            }
            if (counts.getOrDefault("body", 0) == 0 && counts.getOrDefault(ROOT, 0) > 0) {
                problem(rootLine, 0, null, "the template has no body: add <p>, <h2> or <ul> between <salutation> and <closing>");
            }
            return result();
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

        private Result result() {
            return new Result(description, List.copyOf(problems));
        }

        private int offset(int line, int column) {
            if (line < 1 || line > lineStarts.length) {
                return text.length();
            }
            return Math.min(text.length(), lineStarts[line - 1] + Math.max(0, column - 1));
        }

        private int lineOf(int offset) {
            int lo = 0;
            int hi = lineStarts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lineStarts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo + 1;
        }

        private int columnOf(int offset) {
            return offset - lineStarts[lineOf(offset) - 1] + 1;
        }

        private void problem(int line, int column, String field, String message) {
            problems.add(new Problem(origin, Math.max(0, line), Math.max(0, column), field, message));
        }

        private void problemAt(int offset, String field, String message) {
            problem(lineOf(offset), columnOf(offset), field, message);
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
                rootLine = lineOf(start);
            }
            if (!ELEMENTS.contains(name)) {
                problemAt(start, name, "element <" + name + "> is not part of the letter vocabulary; use one of "
                        + String.join(", ", ELEMENTS));
            } else if (!name.equals(BLOCK) && !CHILDREN.getOrDefault(parent, Set.of()).contains(name)) {
                Set<String> allowed = CHILDREN.getOrDefault(parent, Set.of());
                problemAt(start, name, "<" + name + "> is not allowed " + (parent.isEmpty() ? "as the root element"
                        : "inside <" + parent + ">") + (allowed.isEmpty() ? "; only text goes there"
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
                        problemAt(at, attribute, "th:utext is not allowed: it would print profile text as markup; use th:text");
                    } else if (!TH_ATTRIBUTES.contains(attribute) || (attribute.equals("th:href") && !name.equals("a"))) {
                        problemAt(at, attribute, "attribute " + attribute + " is not allowed on <" + name + ">; use "
                                + String.join(", ", TH_ATTRIBUTES) + (name.equals("a") ? "" : " (th:href on <a> only)"));
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
                    problemAt(at, attribute, "attribute " + attribute + " is not allowed on <" + name + ">");
                }
            }
            if (name.equals(ROOT) && description == null) {
                problemAt(start, "description", "the root <letter> needs a description=\"…\" attribute: one line that"
                        + " says what the template is for");
            }
            if (name.equals("a") && !href) {
                problemAt(start, "a", "<a> needs an href or th:href");
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
                    problemAt(at, "th:each", "th:each needs \"item : ${list}\" or \"item, status : ${list}\", got \""
                            + each + "\"");
                } else {
                    Shape iterable = expression(m.group(3), at, "th:each");
                    scope.put(m.group(1), element(iterable));
                    scope.put(m.group(2) != null ? m.group(2) : m.group(1) + "Stat", new Shape(IterationStatusVar.class, null));
                }
            }
            for (String condition : List.of("th:if", "th:unless", "th:switch", "th:case")) {
                if (th.containsKey(condition)) {
                    expression(th.get(condition), attributeOffset(condition, start, end), condition);
                }
            }
            String with = th.get("th:with");
            if (with != null) {
                int at = attributeOffset("th:with", start, end);
                for (String assignment : splitTopLevel(with)) {
                    Matcher m = WITH.matcher(assignment);
                    if (!m.matches()) {
                        problemAt(at, "th:with", "th:with needs \"name=${expression}\", got \"" + assignment.strip() + "\"");
                    } else {
                        Shape shape = expression(m.group(2), at, "th:with");
                        scope.put(m.group(1), shape == null ? Shape.UNKNOWN : shape);
                    }
                }
            }
            for (String output : List.of("th:text", "th:href")) {
                if (th.containsKey(output)) {
                    expression(th.get(output), attributeOffset(output, start, end), output);
                }
            }
            String remove = th.get("th:remove");
            if (remove != null && !REMOVE_VALUES.contains(remove.strip())) {
                problemAt(attributeOffset("th:remove", start, end), "th:remove",
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
                problemAt(at < 0 ? from : at, container.isEmpty() ? null : container, "text directly inside <"
                        + container + ">; put it in " + (container.equals("ul") ? "an <li>" : "a <p>"));
                return;
            }
            int i = 0;
            StringBuilder literal = new StringBuilder();
            while (i < content.length()) {
                if (content.startsWith("[(", i)) {
                    problemAt(find("[(", from), "[(", "unescaped inlining [(…)] is not allowed: it would print profile"
                            + " text as markup; use [[…]]");
                    int close = content.indexOf(")]", i + 2);
                    i = close < 0 ? content.length() : close + 2;
                } else if (content.startsWith("[[", i)) {
                    int close = content.indexOf("]]", i + 2);
                    if (close < 0) {
                        problemAt(find("[[", from), "[[", "inlined expression [[… is not closed with ]]");
                        return;
                    }
                    expression(content.substring(i + 2, close), find("[[", from), "[[…]]");
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
                    problemAt(find(marker, from), marker, "\"" + marker + "…}\" in text would be printed as is;"
                            + " use th:text or [[" + marker + "…}]]");
                }
            }
            Matcher m = PLACEHOLDER.matcher(plain);
            if (m.find()) {
                problemAt(find(m.group(), from), m.group(), "\"" + m.group() + "\" looks like a placeholder; a letter"
                        + " must never show one");
            }
        }

        private int find(String marker, int from) {
            int at = text.indexOf(marker, from);
            return at < 0 ? from : at;
        }

        // ---- expressions

        /**
         * Checks a Thymeleaf standard expression; returns the shape of its value when it is a
         * single ${…}, else null.
         */
        private Shape expression(String expression, int at, String attribute) {
            if (expression.contains("__")) {
                problemAt(at, attribute, "preprocessing __…__ is not allowed: it would evaluate profile text as an"
                        + " expression");
                return null;
            }
            Shape single = null;
            int segments = 0;
            boolean quoted = false;
            boolean substitution = false;
            int i = 0;
            String trimmed = expression.strip();
            while (i < expression.length()) {
                char c = expression.charAt(i);
                if (c == '\'' && !substitution) {
                    quoted = !quoted;
                    i++;
                    continue;
                }
                if (c == '|' && !quoted) {
                    substitution = !substitution;
                    i++;
                    continue;
                }
                boolean opens = i + 1 < expression.length() && expression.charAt(i + 1) == '{';
                if (opens && "$*#@~".indexOf(c) >= 0) {
                    if (quoted) {
                        problemAt(at, attribute, "\"" + c + "{\" inside a quoted literal would be printed as is");
                        i += 2;
                        continue;
                    }
                    int close = closing(expression, i + 1);
                    if (close < 0) {
                        problemAt(at, attribute, "expression " + c + "{… is not closed with }");
                        return null;
                    }
                    if (c != '$') {
                        problemAt(at, attribute, switch (c) {
                            case '*' -> "selection expressions *{…} are not supported; use ${variable.property}";
                            case '#' -> "message expressions #{…} are not supported; write the text in the template";
                            case '@' -> "link expressions @{…} are not supported; use th:href=\"${…}\"";
                            default -> "fragment expressions ~{…} are not supported";
                        });
                    } else {
                        segments++;
                        Shape shape = ognl(expression.substring(i + 2, close), at, attribute);
                        if (trimmed.equals(expression.substring(i, close + 1).strip())) {
                            single = shape;
                        }
                    }
                    i = close + 1;
                    continue;
                }
                i++;
            }
            return segments == 1 ? single : null;
        }

        /** The index of the brace that closes the one at {@code open}, skipping quoted text; -1 if none. */
        private static int closing(String s, int open) {
            int depth = 0;
            boolean quoted = false;
            for (int i = open; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\'') {
                    quoted = !quoted;
                } else if (!quoted && c == '{') {
                    depth++;
                } else if (!quoted && c == '}' && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }

        private record Tok(char kind, String text) {
        }

        private List<Tok> tokens(String s) {
            List<Tok> out = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '\'' || c == '"') {
                    int end = s.indexOf(c, i + 1);
                    end = end < 0 ? s.length() : end;
                    out.add(new Tok('s', s.substring(i + 1, end)));
                    i = end + 1;
                } else if (Character.isJavaIdentifierStart(c)) {
                    int end = i + 1;
                    while (end < s.length() && Character.isJavaIdentifierPart(s.charAt(end))) {
                        end++;
                    }
                    out.add(new Tok('i', s.substring(i, end)));
                    i = end;
                } else if (Character.isDigit(c)) {
                    int end = i + 1;
                    while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '.')) {
                        end++;
                    }
                    out.add(new Tok('n', s.substring(i, end)));
                    i = end;
                } else {
                    out.add(new Tok(c, String.valueOf(c)));
                    i++;
                }
            }
            return out;
        }

        /** Checks the inside of ${…}; returns the shape of a single chain, else null. */
        private Shape ognl(String body, int at, String attribute) {
            if (STATIC_CLASS.matcher(body).find()) {
                problemAt(at, "T(", "static class access T(…) is not allowed in templates");
                return null;
            }
            List<Tok> tokens = tokens(body);
            for (Tok t : tokens) {
                if (t.kind() == '@') {
                    problemAt(at, "@", "static access @…@ is not allowed in templates");
                    return null;
                }
                if (t.kind() == 'i' && t.text().equals("new")) {
                    problemAt(at, "new", "creating objects with new is not allowed in templates");
                    return null;
                }
            }
            boolean[] skip = new boolean[tokens.size()];
            Shape whole = null;
            for (int i = 0; i < tokens.size(); i++) {
                Tok t = tokens.get(i);
                if (skip[i]) {
                    continue;
                }
                Tok previous = i > 0 ? tokens.get(i - 1) : null;
                if (t.kind() == '#') {
                    if (i + 1 < tokens.size() && tokens.get(i + 1).kind() == 'i') {
                        String utility = tokens.get(i + 1).text();
                        if (!UTILITIES.contains(utility)) {
                            unknown(at, "#" + utility, "expression object '#" + utility + "'", utility, UTILITIES, "#");
                        }
                        skip[i + 1] = true;
                    }
                    continue;
                }
                if (t.kind() != 'i' || (previous != null && previous.kind() == '.') || KEYWORDS.contains(t.text())) {
                    continue;
                }
                Shape root = lookup(t.text());
                if (root == null) {
                    Set<String> known = new TreeSet<>(globals.keySet());
                    scopes.forEach(s -> known.addAll(s.keySet()));
                    unknown(at, t.text(), "variable '" + t.text() + "'", t.text(), known, "");
                    continue;
                }
                Shape[] result = new Shape[1];
                int end = walk(tokens, i, root, t.text(), at, skip, result);
                if (i == 0 && end == tokens.size()) {
                    whole = result[0];
                }
            }
            return whole;
        }

        private void unknown(int at, String field, String what, String wrong, Collection<String> known, String prefix) {
            String hint = Suggestions.closest(wrong, known).map(s -> ", did you mean '" + prefix + s + "'?").orElse("");
            problemAt(at, field, "unknown " + what + hint);
        }

        private Shape lookup(String name) {
            for (Map<String, Shape> scope : scopes) {
                if (scope.containsKey(name)) {
                    return scope.get(name);
                }
            }
            return globals.get(name);
        }

        /** Follows a chain a.b[0].c() from token i; returns the index after it. */
        private int walk(List<Tok> tokens, int i, Shape root, String path, int at, boolean[] skip, Shape[] result) {
            Shape shape = root;
            int j = i + 1;
            while (j < tokens.size()) {
                Tok t = tokens.get(j);
                if (t.kind() == '.' && j + 1 < tokens.size() && tokens.get(j + 1).kind() == '{') {
                    int close = matching(tokens, j + 1, '{', '}');
                    for (int k = j + 1; k <= close && k < skip.length; k++) {
                        skip[k] = true;
                    }
                    shape = Shape.UNKNOWN;
                    j = close + 1;
                } else if (t.kind() == '.' && j + 1 < tokens.size() && tokens.get(j + 1).kind() == 'i') {
                    String name = tokens.get(j + 1).text();
                    boolean call = j + 2 < tokens.size() && tokens.get(j + 2).kind() == '(';
                    shape = call ? method(shape, name, path, at) : property(shape, name, path, at);
                    path = path + "." + name;
                    j = call ? matching(tokens, j + 2, '(', ')') + 1 : j + 2;
                } else if (t.kind() == '[') {
                    int close = matching(tokens, j, '[', ']');
                    Tok key = close == j + 2 && tokens.get(j + 1).kind() == 's' ? tokens.get(j + 1) : null;
                    shape = key != null && shape.keys() != null ? property(shape, key.text(), path, at) : element(shape);
                    j = close + 1;
                } else {
                    break;
                }
            }
            result[0] = shape;
            return j;
        }

        private int matching(List<Tok> tokens, int open, char opening, char closing) {
            int depth = 0;
            for (int k = open; k < tokens.size(); k++) {
                if (tokens.get(k).kind() == opening) {
                    depth++;
                } else if (tokens.get(k).kind() == closing && --depth == 0) {
                    return k;
                }
            }
            return tokens.size() - 1;
        }

        private Shape property(Shape shape, String name, String path, int at) {
            Class<?> raw = raw(shape.type());
            if (raw == null) {
                return Shape.UNKNOWN;
            }
            if (raw.isRecord()) {
                Map<String, RecordComponent> components = new LinkedHashMap<>();
                for (RecordComponent c : raw.getRecordComponents()) {
                    components.put(c.getName(), c);
                }
                RecordComponent c = components.get(name);
                if (c == null) {
                    unknown(at, path + "." + name, "property '" + name + "' of '" + path + "'", name,
                            components.keySet(), "");
                    return Shape.UNKNOWN;
                }
                return new Shape(c.getGenericType(), null);
            }
            if (Map.class.isAssignableFrom(raw)) {
                if (shape.keys() != null && !shape.keys().contains(name)) {
                    unknown(at, path + "." + name, "key '" + name + "' of '" + path + "'", name, shape.keys(), "");
                }
                return new Shape(typeArgument(shape.type(), 1), null);
            }
            if (raw == IterationStatusVar.class && !STATUS_PROPERTIES.contains(name)) {
                unknown(at, path + "." + name, "property '" + name + "' of the iteration status '" + path + "'", name,
                        STATUS_PROPERTIES, "");
            }
            return Shape.UNKNOWN;
        }

        private Shape method(Shape shape, String name, String path, int at) {
            Class<?> raw = raw(shape.type());
            if (raw == null) {
                return Shape.UNKNOWN;
            }
            Set<String> names = new TreeSet<>();
            for (Method m : raw.getMethods()) {
                names.add(m.getName());
            }
            if (!names.contains(name)) {
                unknown(at, path + "." + name + "()", "method '" + name + "()' of '" + path + "'", name, names, "");
                return Shape.UNKNOWN;
            }
            if (raw.isRecord()) {
                for (RecordComponent c : raw.getRecordComponents()) {
                    if (c.getName().equals(name)) {
                        return new Shape(c.getGenericType(), null);
                    }
                }
            }
            return Shape.UNKNOWN;
        }
    }

    private static List<String> sorted(Set<String> values) {
        return new ArrayList<>(new TreeSet<>(values));
    }

    /** The element type of a list (the value type of a map), or unknown. */
    static Shape element(Shape shape) {
        if (shape == null) {
            return Shape.UNKNOWN;
        }
        Class<?> raw = raw(shape.type());
        if (raw != null && Collection.class.isAssignableFrom(raw)) {
            return new Shape(typeArgument(shape.type(), 0), null);
        }
        if (raw != null && Map.class.isAssignableFrom(raw)) {
            return new Shape(typeArgument(shape.type(), 1), null);
        }
        return Shape.UNKNOWN;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return null;
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
