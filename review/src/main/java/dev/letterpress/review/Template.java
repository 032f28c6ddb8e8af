package dev.letterpress.review;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message or suggestion from a role pack, with {@code {name}} variables filled in per finding
 * ("Too short: {words} words"). Values are inserted as they are, never re-read as templates.
 */
record Template(String text) {
    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)\\}");

    static Set<String> variables(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    String render(Map<String, String> values) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
