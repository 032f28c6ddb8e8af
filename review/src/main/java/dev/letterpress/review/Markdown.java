package dev.letterpress.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Markdown letter into the plain text a reader sees: headings lose their {@code #},
 * emphasis its stars and underscores, code its backticks; a link {@code [text](url)} becomes
 * "text (url)" so that the address stays visible; bullets and numbered items become "- " items.
 * Placeholders such as {@code [Company]} or {@code <Name>} are not Markdown and stay as written.
 */
final class Markdown {
    private static final Pattern FENCE = Pattern.compile("\\s*(```|~~~).*");
    private static final Pattern ATX_HEADING = Pattern.compile("\\s{0,3}#{1,6}\\s+(.*?)(\\s+#+)?\\s*");
    private static final Pattern RULE_LINE = Pattern.compile("\\s{0,3}([-*_=])(\\s*\\1){2,}\\s*");
    private static final Pattern QUOTE = Pattern.compile("\\s{0,3}>\\s?(.*)");
    private static final Pattern BULLET = Pattern.compile("(\\s*)(?:[-*+]|\\d{1,9}[.)])\\s+(.*)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|~])");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?://|mailto:)[^>\\s]+|[^>\\s@]+@[^>\\s@]+)>");
    private static final Pattern CODE = Pattern.compile("`+([^`]+?)`+");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("(?<![\\p{L}\\p{N}*])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?![\\p{L}\\p{N}*])");
    private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}_])_(?=\\S)([^_\\n]+?)(?<=\\S)_(?![\\p{L}\\p{N}_])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern HARD_BREAK = Pattern.compile("( {2,}|\\\\)$");
    /** Escaped characters are parked in the Private Use Area while the markup is removed. */
    private static final char PARK = '\uE000';

    private Markdown() {
    }

    static String toPlain(String markdown) {
        String text = COMMENT.matcher(markdown.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        text = park(text);
        List<String> out = new ArrayList<>();
        boolean afterBreak = false;
        for (String line : text.split("\n", -1)) {
            if (FENCE.matcher(line).matches() || afterBreak && line.isBlank()) {
                continue;
            }
            afterBreak = false;
            Matcher quote = QUOTE.matcher(line);
            if (quote.matches()) {
                line = quote.group(1);
            }
            Matcher heading = ATX_HEADING.matcher(line);
            if (heading.matches()) {
                blankBefore(out);
                out.add(inline(heading.group(1)));
                out.add("");
                afterBreak = true;
                continue;
            }
            if (RULE_LINE.matcher(line).matches()) {
                // a horizontal rule, or the underline of a setext heading: the text above stays
                blankBefore(out);
                afterBreak = true;
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                out.add(bullet.group(1) + "- " + inline(bullet.group(2)));
                continue;
            }
            out.add(inline(HARD_BREAK.matcher(line).replaceAll("")));
        }
        return unpark(String.join("\n", out));
    }

    private static void blankBefore(List<String> out) {
        if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
            out.add("");
        }
    }

    private static String inline(String line) {
        String s = IMAGE.matcher(line).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(link(m.group(1), m.group(2))));
        s = AUTOLINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(strip(m.group(1))));
        s = CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = STRONG.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        s = EMPHASIS_STAR.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = EMPHASIS_UNDERSCORE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return STRIKE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    /** "text (url)", or just the address when the text already is it. */
    private static String link(String text, String url) {
        String target = strip(url);
        String visible = text.strip();
        if (visible.equals(target) || visible.equals(url) || target.endsWith("//" + visible)
                || target.endsWith("//www." + visible)) {
            return target;
        }
        return visible + " (" + target + ")";
    }

    private static String strip(String url) {
        return url.startsWith("mailto:") ? url.substring("mailto:".length()) : url;
    }

    private static String park(String text) {
        return ESCAPE.matcher(text).replaceAll(m -> String.valueOf((char) (PARK + m.group(1).charAt(0))));
    }

    private static String unpark(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= PARK && c < PARK + 128 ? (char) (c - PARK) : c);
        }
        return out.toString();
    }
}
