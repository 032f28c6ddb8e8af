package dev.letterpress.compose;

import dev.letterpress.compose.ExpressionLexer.Token;
import dev.letterpress.model.Suggestions;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks the Thymeleaf standard expressions of one template: only {@code ${…}} variable
 * expressions, no preprocessing, no static class access or object creation, only the known
 * expression objects, and every variable, property and method name known.
 */
final class ExpressionChecker {
    private static final Set<String> UTILITIES = new TreeSet<>(
            List.of("strings", "numbers", "bools", "arrays", "lists", "sets", "maps", "aggregates", "objects"));
    private static final Set<String> KEYWORDS = Set.of(
            "and",
            "or",
            "not",
            "eq",
            "ne",
            "neq",
            "lt",
            "gt",
            "le",
            "ge",
            "lte",
            "gte",
            "true",
            "false",
            "null",
            "in",
            "instanceof",
            "this");
    private static final Pattern STATIC_CLASS = Pattern.compile("\\bT\\s*\\(");
    /** The longest expression a template may hold: enough for any letter, too short to multiply text. */
    static final int MAX_EXPRESSION = 500;
    /**
     * Methods that build a list or a text as long as their argument asks ({@code #numbers.sequence},
     * {@code #strings.repeat}, {@code String.repeat}, …): refused on any receiver.
     */
    private static final Set<String> UNBOUNDED =
            new TreeSet<>(List.of("sequence", "repeat", "randomAlphanumeric", "indent", "format", "formatted"));

    private final Map<String, Shape> globals;
    private final Deque<Map<String, Shape>> scopes;
    private final TemplateProblems problems;
    private final TypeChecker types;
    private int at;

    /**
     * A checker of one template's expressions.
     *
     * @param globals  the variables the composer provides
     * @param scopes   the variables th:each and th:with declare, innermost first; the caller keeps
     *                 it in step with the elements
     * @param problems where problems go
     */
    ExpressionChecker(Map<String, Shape> globals, Deque<Map<String, Shape>> scopes, TemplateProblems problems) {
        this.globals = globals;
        this.scopes = scopes;
        this.problems = problems;
        this.types = new TypeChecker((field, what, wrong, known) -> unknown(field, what, wrong, known, ""));
    }

    /**
     * Checks a Thymeleaf standard expression found at {@code offset} in an attribute (or inlined);
     * returns the shape of its value when it is a single ${…}, else null.
     */
    Shape check(String expression, int offset, String attribute) {
        this.at = offset;
        if (expression.length() > MAX_EXPRESSION) {
            problems.addAt(
                    at,
                    attribute,
                    "an expression may have at most " + MAX_EXPRESSION + " characters (this one" + " has "
                            + expression.length() + "); split it with th:with");
            return null;
        }
        if (expression.contains("__")) {
            problems.addAt(
                    at,
                    attribute,
                    "preprocessing __…__ is not allowed: it would evaluate profile text as an" + " expression");
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
                    problems.addAt(at, attribute, "\"" + c + "{\" inside a quoted literal would be printed as is");
                    i += 2;
                    continue;
                }
                int close = closing(expression, i + 1);
                if (close < 0) {
                    problems.addAt(at, attribute, "expression " + c + "{… is not closed with }");
                    return null;
                }
                if (c != '$') {
                    problems.addAt(
                            at,
                            attribute,
                            switch (c) {
                                case '*' -> "selection expressions *{…} are not supported; use ${variable.property}";
                                case '#' ->
                                    "message expressions #{…} are not supported; write the text in the template";
                                case '@' -> "link expressions @{…} are not supported; use th:href=\"${…}\"";
                                default -> "fragment expressions ~{…} are not supported";
                            });
                } else {
                    segments++;
                    Shape shape = variableExpression(expression.substring(i + 2, close));
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

    /** Checks the inside of ${…}; returns the shape of a single chain, else null. */
    private Shape variableExpression(String body) {
        if (STATIC_CLASS.matcher(body).find()) {
            problems.addAt(at, "T(", "static class access T(…) is not allowed in templates");
            return null;
        }
        List<Token> tokens = ExpressionLexer.tokens(body);
        for (Token t : tokens) {
            if (t.is(TokenKind.AT)) {
                problems.addAt(at, "@", "static access @…@ is not allowed in templates");
                return null;
            }
            if (t.is(TokenKind.IDENTIFIER) && t.text().equals("new")) {
                problems.addAt(at, "new", "creating objects with new is not allowed in templates");
                return null;
            }
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token name = tokens.get(i);
            if (tokens.get(i - 1).is(TokenKind.DOT)
                    && name.is(TokenKind.IDENTIFIER)
                    && tokens.get(i + 1).is(TokenKind.OPEN_PAREN)
                    && UNBOUNDED.contains(name.text())) {
                problems.addAt(
                        at,
                        name.text() + "()",
                        name.text() + "(…) is not allowed in templates: it builds a list"
                                + " or a text of any size; loop over the profile's own lists instead");
                return null;
            }
        }
        boolean[] skip = new boolean[tokens.size()];
        Shape whole = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (skip[i]) {
                continue;
            }
            Token previous = i > 0 ? tokens.get(i - 1) : null;
            if (t.is(TokenKind.HASH)) {
                if (i + 1 < tokens.size() && tokens.get(i + 1).is(TokenKind.IDENTIFIER)) {
                    String utility = tokens.get(i + 1).text();
                    if (!UTILITIES.contains(utility)) {
                        unknown("#" + utility, "expression object '#" + utility + "'", utility, UTILITIES, "#");
                    }
                    skip[i + 1] = true;
                }
                continue;
            }
            if (!t.is(TokenKind.IDENTIFIER)
                    || (previous != null && previous.is(TokenKind.DOT))
                    || KEYWORDS.contains(t.text())) {
                continue;
            }
            Shape root = lookup(t.text());
            if (root == null) {
                Set<String> known = new TreeSet<>(globals.keySet());
                scopes.forEach(s -> known.addAll(s.keySet()));
                unknown(t.text(), "variable '" + t.text() + "'", t.text(), known, "");
                continue;
            }
            Shape[] result = new Shape[1];
            int end = walk(tokens, i, root, t.text(), skip, result);
            if (i == 0 && end == tokens.size()) {
                whole = result[0];
            }
        }
        return whole;
    }

    private void unknown(String field, String what, String wrong, Collection<String> known, String prefix) {
        String hint = Suggestions.closest(wrong, known)
                .map(s -> ", did you mean '" + prefix + s + "'?")
                .orElse("");
        problems.addAt(at, field, "unknown " + what + hint);
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
    private int walk(List<Token> tokens, int i, Shape root, String path, boolean[] skip, Shape[] result) {
        Shape shape = root;
        int j = i + 1;
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            boolean dot = t.is(TokenKind.DOT) && j + 1 < tokens.size();
            if (dot && tokens.get(j + 1).is(TokenKind.OPEN_BRACE)) {
                int close = matching(tokens, j + 1, TokenKind.OPEN_BRACE, TokenKind.CLOSE_BRACE);
                for (int k = j + 1; k <= close && k < skip.length; k++) {
                    skip[k] = true;
                }
                shape = Shape.UNKNOWN;
                j = close + 1;
            } else if (dot && tokens.get(j + 1).is(TokenKind.IDENTIFIER)) {
                String name = tokens.get(j + 1).text();
                boolean call = j + 2 < tokens.size() && tokens.get(j + 2).is(TokenKind.OPEN_PAREN);
                shape = call ? types.method(shape, name, path) : types.property(shape, name, path);
                path = path + "." + name;
                j = call ? matching(tokens, j + 2, TokenKind.OPEN_PAREN, TokenKind.CLOSE_PAREN) + 1 : j + 2;
            } else if (t.is(TokenKind.OPEN_BRACKET)) {
                int close = matching(tokens, j, TokenKind.OPEN_BRACKET, TokenKind.CLOSE_BRACKET);
                Token key = close == j + 2 && tokens.get(j + 1).is(TokenKind.STRING) ? tokens.get(j + 1) : null;
                shape = key != null && shape.keys() != null
                        ? types.property(shape, key.text(), path)
                        : Shape.element(shape);
                j = close + 1;
            } else {
                break;
            }
        }
        result[0] = shape;
        return j;
    }

    private static int matching(List<Token> tokens, int open, TokenKind opening, TokenKind closing) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            if (tokens.get(k).is(opening)) {
                depth++;
            } else if (tokens.get(k).is(closing) && --depth == 0) {
                return k;
            }
        }
        return tokens.size() - 1;
    }
}
