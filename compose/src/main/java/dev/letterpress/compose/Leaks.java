package dev.letterpress.compose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds what must never reach a letter: placeholders, unevaluated expressions, "null". */
final class Leaks {
    private static final Pattern LEAK = Pattern.compile(
            "\\[[A-Za-z][^\\[\\]\\n]{0,40}\\]|\\{\\{|\\}\\}|\\$\\{|\\bnull\\b|\\bundefined\\b|\\bNaN\\b");

    private Leaks() {}

    /** The first leak in a text, quoted, or null when there is none. */
    static String find(String text) {
        Matcher m = LEAK.matcher(text);
        return m.find() ? "\"" + m.group() + "\", which looks like a placeholder or a missing value" : null;
    }
}
