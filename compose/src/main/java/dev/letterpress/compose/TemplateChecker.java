package dev.letterpress.compose;

import dev.letterpress.model.Problem;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * Checks a template before any letter is composed with it: well-formed XML without a DTD, only
 * the letter vocabulary, only the safe Thymeleaf attributes ({@code th:text}, {@code th:if},
 * {@code th:unless}, {@code th:each}, {@code th:with}, {@code th:href}, {@code th:switch},
 * {@code th:case}, {@code th:remove}), no unescaped output ({@code th:utext}, {@code [(…)]}), no
 * preprocessing ({@code __…__}), no static class access ({@code T(…)}, {@code @…@}) or object
 * creation, no text that looks like a placeholder, and every variable and property known. Every
 * problem names the template, line, column and the element, attribute or variable.
 *
 * <p>The work is shared out: {@link VocabularyCheck} walks the XML, {@link ExpressionChecker}
 * checks each expression with the tokens of {@link ExpressionLexer}, and {@link TypeChecker}
 * follows names through the types of {@link TemplateModel}.
 */
final class TemplateChecker {
    static final String ROOT = "letter";
    static final String BLOCK = "th:block";
    /** The elements, in the order messages list them. */
    static final List<String> ELEMENTS =
            List.of(ROOT, "subject", "salutation", "h2", "p", "ul", "li", "strong", "em", "a", "closing", BLOCK);

    /** What the check found. */
    record Result(String description, List<Problem> problems) {}

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
        return new VocabularyCheck(text, origin, globals).run();
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
}
