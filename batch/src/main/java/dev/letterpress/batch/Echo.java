package dev.letterpress.batch;

import java.util.List;
import java.util.Locale;

/**
 * Makes input safe to repeat in messages and manifests: control characters (NUL, escape, line
 * breaks…) are dropped, long text is cut to a short excerpt, long lists end with "… and N more".
 * Nothing the batch echoes (stderr, manifest.csv, manifest.json, the journal) carries more than
 * an excerpt of bad input.
 */
final class Echo {
    /** The longest excerpt of one input value that is repeated anywhere. */
    static final int MAX_EXCERPT = 200;
    /** How many items of a list are named before "… and N more". */
    static final int MAX_ITEMS = 10;

    private Echo() {}

    /** The text without control characters, cut to {@link #MAX_EXCERPT} characters; null stays null. */
    static String excerpt(String text) {
        return text == null ? null : cut(clean(text), MAX_EXCERPT);
    }

    /** The text without control characters (line breaks and tabs become spaces); null stays null. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL;
            if (control && s == null) {
                s = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (s != null) {
                if (c == '\n' || c == '\r' || c == '\t') {
                    s.append(' ');
                } else if (!control) {
                    s.append(c);
                }
            }
        }
        return s == null ? text : s.toString();
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "… (" + String.format(Locale.ROOT, "%,d", text.length() - end)
                + " more characters)";
    }

    /** Names the first {@link #MAX_ITEMS} items, each an excerpt (in quotes if asked), then "… and N more". */
    static String list(List<String> items, boolean quote) {
        StringBuilder s = new StringBuilder();
        int shown = Math.min(items.size(), MAX_ITEMS);
        String q = quote ? "\"" : "";
        for (int i = 0; i < shown; i++) {
            s.append(i == 0 ? "" : ", ").append(q).append(excerpt(items.get(i))).append(q);
        }
        if (items.size() > shown) {
            s.append(" … and ")
                    .append(String.format(Locale.ROOT, "%,d", items.size() - shown))
                    .append(" more");
        }
        return s.toString();
    }
}
