package dev.letterpress.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Turns a Markdown letter into the plain text a reader sees: headings lose their {@code #},
 * emphasis its stars and underscores, code its backticks; a link {@code [text](url)} becomes
 * "text (url)" so that the address stays visible; bullets and numbered items become "- " items.
 * Placeholders such as {@code [Company]} or {@code <Name>} are not Markdown and stay as written.
 *
 * <p>The input is untrusted, so the conversion is linear in its length: each line is matched by
 * hand, without regular expressions that could backtrack or recurse, and each inline mark is found
 * with searches that only move forward ({@link Next}), so that a line of thousands of {@code *},
 * {@code _}, {@code - } or {@code [} costs no more than a line of letters.
 */
final class Markdown {
    /** A backslash escape: one character, no repetition, so the regular expression cannot backtrack. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|~])");
    /** Escaped characters are parked in the Private Use Area while the markup is removed. */
    private static final char PARK = '\uE000';

    private Markdown() {}

    static String toPlain(String markdown) {
        String text = withoutComments(markdown.replace("\r\n", "\n").replace('\r', '\n'));
        text = park(text);
        List<String> out = new ArrayList<>();
        boolean afterBreak = false;
        for (String line : text.split("\n", -1)) {
            if (isFence(line) || afterBreak && line.isBlank()) {
                continue;
            }
            afterBreak = false;
            String quoted = quoted(line);
            if (quoted != null) {
                line = quoted;
            }
            String heading = heading(line);
            if (heading != null) {
                blankBefore(out);
                out.add(inline(heading));
                out.add("");
                afterBreak = true;
                continue;
            }
            if (isRule(line)) {
                // a horizontal rule, or the underline of a setext heading: the text above stays
                blankBefore(out);
                afterBreak = true;
                continue;
            }
            String[] bullet = bullet(line);
            if (bullet != null) {
                out.add(bullet[0] + "- " + inline(bullet[1]));
                continue;
            }
            out.add(inline(withoutHardBreak(line)));
        }
        return unpark(String.join("\n", out));
    }

    private static void blankBefore(List<String> out) {
        if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
            out.add("");
        }
    }

    // ---- lines

    /** White space as {@code \s} means it: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && space(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where the text starts after at most three spaces of indent, or -1 when it is indented more. */
    private static int indent(String line) {
        int i = skipSpace(line, 0);
        return i <= 3 ? i : -1;
    }

    /** {@code ```} or {@code ~~~} after any indent. */
    private static boolean isFence(String line) {
        int i = skipSpace(line, 0);
        return line.startsWith("```", i) || line.startsWith("~~~", i);
    }

    /** The text of a {@code >} quote line without the mark and one space, or null. */
    private static String quoted(String line) {
        int i = indent(line);
        if (i < 0 || i >= line.length() || line.charAt(i) != '>') {
            return null;
        }
        i++;
        return line.substring(i < line.length() && space(line.charAt(i)) ? i + 1 : i);
    }

    /** The text of an ATX heading ({@code ## Text ##}), or null. */
    private static String heading(String line) {
        int i = indent(line);
        if (i < 0) {
            return null;
        }
        int hashes = i;
        while (hashes < line.length() && line.charAt(hashes) == '#') {
            hashes++;
        }
        if (hashes == i || hashes - i > 6 || hashes >= line.length() || !space(line.charAt(hashes))) {
            return null;
        }
        String rest = line.substring(skipSpace(line, hashes));
        int end = rest.length();
        while (end > 0 && space(rest.charAt(end - 1))) {
            end--;
        }
        int closing = end;
        while (closing > 0 && rest.charAt(closing - 1) == '#') {
            closing--;
        }
        if (closing < end && closing > 0 && space(rest.charAt(closing - 1))) {
            end = closing;
            while (end > 0 && space(rest.charAt(end - 1))) {
                end--;
            }
        }
        return rest.substring(0, end);
    }

    /** Three or more of one of {@code - * _ =}, with only spaces between: a rule or a setext underline. */
    private static boolean isRule(String line) {
        int i = indent(line);
        if (i < 0 || i >= line.length() || "-*_=".indexOf(line.charAt(i)) < 0) {
            return false;
        }
        char mark = line.charAt(i);
        int marks = 0;
        for (int j = i; j < line.length(); j++) {
            char c = line.charAt(j);
            if (c == mark) {
                marks++;
            } else if (!space(c)) {
                return false;
            }
        }
        return marks >= 3;
    }

    /** The indent and text of a bullet ({@code -}, {@code *}, {@code +}) or numbered item, or null. */
    private static String[] bullet(String line) {
        int i = skipSpace(line, 0);
        int marker = i;
        if (i < line.length() && "-*+".indexOf(line.charAt(i)) >= 0) {
            i++;
        } else {
            while (i < line.length() && i - marker < 10 && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                i++;
            }
            if (i == marker || i - marker > 9 || i >= line.length() || ".)".indexOf(line.charAt(i)) < 0) {
                return null;
            }
            i++;
        }
        if (i >= line.length() || !space(line.charAt(i))) {
            return null;
        }
        return new String[] {line.substring(0, marker), line.substring(skipSpace(line, i))};
    }

    /** The line without a hard break: a trailing backslash, or two or more trailing spaces. */
    private static String withoutHardBreak(String line) {
        if (line.endsWith("\\")) {
            return line.substring(0, line.length() - 1);
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.length() - end >= 2 ? line.substring(0, end) : line;
    }

    private static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (true) {
            int open = text.indexOf("<!--", from);
            int close = open < 0 ? -1 : text.indexOf("-->", open + 4);
            if (close < 0) {
                return out.append(text, from, text.length()).toString();
            }
            out.append(text, from, open);
            from = close + 3;
        }
    }

    // ---- inline marks, each removed in one forward pass

    private static String inline(String line) {
        String s = replaceAll(line, Markdown::image);
        s = replaceAll(s, Markdown::link);
        s = replaceAll(s, Markdown::autolink);
        s = replaceAll(s, Markdown::code);
        s = replaceAll(s, t -> paired(t, "**", "__"));
        s = replaceAll(s, t -> single(t, '*'));
        s = replaceAll(s, t -> single(t, '_'));
        return replaceAll(s, t -> paired(t, "~~", null));
    }

    /** A mark found at a position: where it ends and what replaces it. */
    private record Found(int end, String replacement) {}

    /** Finds a mark starting exactly at a position, or null; made for one text. */
    private interface Finder {
        Found at(int i);
    }

    /** Replaces each mark left to right, continuing after each, like {@code Matcher.replaceAll}. */
    private static String replaceAll(String s, java.util.function.Function<String, Finder> finderOf) {
        Finder finder = finderOf.apply(s);
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < s.length()) {
            Found found = finder.at(i);
            if (found == null) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, copied, i).append(found.replacement());
            copied = found.end();
            i = found.end();
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /**
     * The next position at or after a given one where a test holds; asked with positions that never
     * decrease, it remembers its last answer, so all the questions about one text cost one pass.
     */
    private static final class Next {
        private final String s;
        private final IntPredicate test;
        private int found = -1;

        Next(String s, IntPredicate test) {
            this.s = s;
            this.test = test;
        }

        static Next of(String s, String chars) {
            return new Next(s, i -> chars.indexOf(s.charAt(i)) >= 0 || chars.indexOf(' ') >= 0 && space(s.charAt(i)));
        }

        /** The first position at or after {@code from} that passes, or the text's length. */
        int from(int from) {
            if (found < from) {
                int i = Math.max(from, 0);
                while (i < s.length() && !test.test(i)) {
                    i++;
                }
                found = i;
            }
            return found;
        }
    }

    /** {@code ![alt](url "title")} becomes the alt text. */
    private static Finder image(String s) {
        Next close = Next.of(s, "]");
        Destination destination = new Destination(s, false);
        return i -> {
            if (!s.startsWith("![", i)) {
                return null;
            }
            int j = close.from(i + 2);
            int end = destination.after(j);
            return end < 0 ? null : new Found(end, s.substring(i + 2, j));
        };
    }

    /** {@code [text](url "title")} becomes "text (url)", or the address alone when the text is it. */
    private static Finder link(String s) {
        Next close = Next.of(s, "]");
        Destination destination = new Destination(s, true);
        return i -> {
            if (s.charAt(i) != '[') {
                return null;
            }
            int j = close.from(i + 1);
            int end = j > i + 1 ? destination.after(j) : -1;
            return end < 0 ? null : new Found(end, link(s.substring(i + 1, j), destination.url()));
        };
    }

    /**
     * The {@code (url "title")} after a link's or image's {@code ]}: asked for the same {@code ]} by
     * every {@code [} before it, it is worked out once per {@code ]}.
     */
    private static final class Destination {
        private final String s;
        private final boolean link;
        private final Next urlEnd;
        private final Next urlEndInBrackets;
        private final Next quote;
        private int bracket = -1;
        private int end;
        private int urlFrom;
        private int urlTo;

        Destination(String s, boolean link) {
            this.s = s;
            this.link = link;
            this.urlEnd = Next.of(s, ") ");
            this.urlEndInBrackets = Next.of(s, ")> ");
            this.quote = Next.of(s, "\"");
        }

        /** The address of the destination {@link #after(int)} found last. */
        String url() {
            return s.substring(urlFrom, urlTo);
        }

        /** Where the destination after the {@code ]} at {@code j} ends, or -1 when there is none. */
        int after(int j) {
            if (j != bracket) {
                bracket = j;
                end = j + 1 < s.length() && s.charAt(j + 1) == '(' ? parse(j + 2) : -1;
            }
            return end;
        }

        private int parse(int from) {
            if (!link) {
                int u = urlEnd.from(from);
                urlFrom = from;
                urlTo = u;
                return close(u);
            }
            if (from < s.length() && s.charAt(from) == '<') {
                int bracketed = linkUrl(from + 1);
                if (bracketed >= 0) {
                    return bracketed;
                }
            }
            return linkUrl(from);
        }

        /** A link's address: one or more characters, an optional {@code >}, then the title and {@code )}. */
        private int linkUrl(int from) {
            int u = urlEndInBrackets.from(from);
            if (u == from) {
                return -1;
            }
            urlFrom = from;
            urlTo = u;
            return close(u < s.length() && s.charAt(u) == '>' ? u + 1 : u);
        }

        /** After the address: {@code )}, or white space, a quoted title and {@code )}; -1 otherwise. */
        private int close(int at) {
            if (at < s.length() && s.charAt(at) == ')') {
                return at + 1;
            }
            int title = skipSpace(s, at);
            if (title == at || title >= s.length() || s.charAt(title) != '"') {
                return -1;
            }
            int endQuote = quote.from(title + 1);
            return endQuote + 1 < s.length() && s.charAt(endQuote + 1) == ')' ? endQuote + 2 : -1;
        }
    }

    /** {@code <https://…>}, {@code <mailto:…>} and {@code <name@host>} become the address. */
    private static Finder autolink(String s) {
        Next endOfUrl = Next.of(s, "> ");
        Next endOfName = Next.of(s, ">@ ");
        Next endOfHost = Next.of(s, ">@ ");
        return i -> {
            if (s.charAt(i) != '<') {
                return null;
            }
            for (String scheme : new String[] {"https://", "http://", "mailto:"}) {
                if (s.startsWith(scheme, i + 1)) {
                    int end = endOfUrl.from(i + 1 + scheme.length());
                    if (end > i + 1 + scheme.length() && end < s.length() && s.charAt(end) == '>') {
                        return new Found(end + 1, strip(s.substring(i + 1, end)));
                    }
                }
            }
            int at = endOfName.from(i + 1);
            if (at == i + 1 || at >= s.length() || s.charAt(at) != '@') {
                return null;
            }
            int end = endOfHost.from(at + 1);
            return end > at + 1 && end < s.length() && s.charAt(end) == '>'
                    ? new Found(end + 1, s.substring(i + 1, end))
                    : null;
        };
    }

    /** {@code `code`} (any number of backticks) becomes the code. */
    private static Finder code(String s) {
        Next text = new Next(s, i -> s.charAt(i) != '`');
        Next tick = Next.of(s, "`");
        Next afterTicks = new Next(s, i -> s.charAt(i) != '`');
        return i -> {
            if (s.charAt(i) != '`') {
                return null;
            }
            int start = text.from(i);
            int close = start < s.length() ? tick.from(start) : s.length();
            return close < s.length() ? new Found(afterTicks.from(close), s.substring(start, close)) : null;
        };
    }

    /**
     * Strong emphasis ({@code **text**}, {@code __text__}) or strikethrough ({@code ~~text~~}): a
     * mark, text that neither starts nor ends with white space, the same mark.
     */
    private static Finder paired(String s, String mark, String otherMark) {
        Next closing = closer(s, mark);
        Next otherClosing = otherMark == null ? null : closer(s, otherMark);
        return i -> {
            String found =
                    s.startsWith(mark, i) ? mark : otherMark != null && s.startsWith(otherMark, i) ? otherMark : null;
            int text = i + 2;
            if (found == null || text >= s.length() || space(s.charAt(text))) {
                return null;
            }
            int close = (found.equals(mark) ? closing : otherClosing).from(text + 1);
            return close < s.length() ? new Found(close + 2, s.substring(text, close)) : null;
        };
    }

    private static Next closer(String s, String mark) {
        return new Next(s, k -> s.startsWith(mark, k) && !space(s.charAt(k - 1)));
    }

    /**
     * Emphasis with one {@code *} or {@code _}: not inside a word, text without the mark that neither
     * starts nor ends with white space ({@code snake_case_names} stay as written).
     */
    private static Finder single(String s, char mark) {
        Next next = Next.of(s, String.valueOf(mark));
        return i -> {
            if (s.charAt(i) != mark
                    || i > 0 && wordOrMark(s.charAt(i - 1), mark)
                    || i + 1 >= s.length()
                    || space(s.charAt(i + 1))
                    || s.charAt(i + 1) == mark) {
                return null;
            }
            int close = next.from(i + 1);
            if (close >= s.length()
                    || space(s.charAt(close - 1))
                    || close + 1 < s.length() && wordOrMark(s.charAt(close + 1), mark)) {
                return null;
            }
            return new Found(close + 1, s.substring(i + 1, close));
        };
    }

    private static boolean wordOrMark(char c, char mark) {
        if (c == mark || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** "text (url)", or just the address when the text already is it. */
    private static String link(String text, String url) {
        String target = strip(url);
        String visible = text.strip();
        if (visible.equals(target)
                || visible.equals(url)
                || target.endsWith("//" + visible)
                || target.endsWith("//www." + visible)) {
            return target;
        }
        return visible + " (" + target + ")";
    }

    private static String strip(String url) {
        return url.startsWith("mailto:") ? url.substring("mailto:".length()) : url;
    }

    private static String park(String text) {
        return ESCAPE.matcher(text)
                .replaceAll(m -> String.valueOf((char) (PARK + m.group(1).charAt(0))));
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
