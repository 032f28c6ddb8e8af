package dev.letterpress.review;

import dev.letterpress.model.Block;
import dev.letterpress.model.Letter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter cut into the parts the rules look at: the header (sender, date, recipient), the
 * sender's headline, the subject line, the body (paragraphs, bulleted lists, headings) and the
 * whole text. Built from a {@link Letter} by its structure, or from plain text by finding the
 * salutation ("Dear …") and the closing ("Kind regards,").
 */
final class LetterParts {
    /** A block of the body. */
    enum Kind {
        PARAGRAPH,
        LIST,
        HEADING
    }

    /** A paragraph or heading (one line) or a list (one line per item). */
    record Part(Kind kind, List<String> lines) {}

    /**
     * A sentence of a paragraph, a list item or a heading: the unit the rules quote.
     *
     * @param text   as written
     * @param masked the same text with links and e-mail addresses blanked out (same length)
     * @param part   index of the body part it belongs to
     * @param item   index of the list item, or -1 outside lists
     */
    record Segment(String text, String masked, int part, int item) {}

    private static final Pattern SALUTATION = Pattern.compile(
            "(?iu)\\s*(dear|hello|hi|hey|greetings|good (morning|afternoon|day)|to whom it may concern|to the hiring)\\b.{0,80}");
    private static final Pattern CLOSING = Pattern.compile(
            "(?iu)\\s*(yours sincerely|sincerely( yours)?|yours faithfully|yours truly|respectfully( yours)?|"
                    + "(kind|best|warm|warmest|many thanks and( best)?) regards|regards|best wishes|all the best|"
                    + "with (best |kind )?regards|with thanks|many thanks|thank you|thanks|cheers|best)\\s*[,.!]?\\s*");
    private static final Pattern SUBJECT_PREFIX = Pattern.compile("(?iu)\\s*(subject|re|regarding|ref)\\s*:\\s*(.+)");
    private static final Pattern BULLET = Pattern.compile("\\s*(?:[-*+•·▪◦‣–]|\\d{1,2}[.)])\\s+(.*)");
    private static final Pattern LINK =
            Pattern.compile("(?i)(?:https?://|www\\.)[^\\s<>\"]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
                    + "|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?-i:com|org|net|io|dev|app|me|co|uk|de|fr|nl|ai|tech|sh|page|site)"
                    + "(?:/[^\\s<>\"]*)?(?![\\w.])");
    /** Words before a full stop that does not end a sentence; case matters ("Ms." but "45 ms."). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "etc", "vs", "cf", "approx", "incl", "Mr", "Mrs", "Ms", "Dr", "Prof", "Inc", "Ltd", "No",
            "St", "Jr", "Sr");

    final String source;
    /** The whole letter as written. */
    final String full;
    /** Everything before the salutation, or "" when there is none. */
    final String header;
    /** The sender's one-line summary, or null (text letters keep it inside {@link #header}). */
    final String headline;
    /** The subject line, or null. */
    final String subject;
    /** The salutation ("Dear Ms Osei,"), or null. */
    final String salutation;

    final List<Part> body;
    /** Known page count, or 0 when unknown. */
    final int pages;

    final List<Segment> segments;
    final int words;

    private LetterParts(
            String source,
            String full,
            String header,
            String headline,
            String subject,
            String salutation,
            List<Part> body,
            int pages) {
        this.source = source;
        this.full = full;
        this.header = header;
        this.headline = headline;
        this.subject = subject;
        this.salutation = salutation;
        this.body = List.copyOf(body);
        this.pages = pages;
        this.segments = segment(this.body);
        this.words = countWords(this.body);
    }

    /** The parts of a composed letter, from its structure. */
    static LetterParts of(Letter letter, String source, int pages) {
        List<Part> body = new ArrayList<>();
        for (Block block : letter.blocks()) {
            if (block instanceof Block.Heading h) {
                body.add(new Part(Kind.HEADING, List.of(h.text())));
            } else if (block instanceof Block.Paragraph p) {
                body.add(new Part(Kind.PARAGRAPH, List.of(clean(Letter.runs(p.runs())))));
            } else {
                List<String> items = new ArrayList<>();
                for (Block.ListItem item : ((Block.BulletList) block).items()) {
                    items.add(clean(Letter.runs(item.runs())));
                }
                body.add(new Part(Kind.LIST, items));
            }
        }
        String full = letter.toPlainText();
        String header = String.join(
                "\n",
                letter.sender().name(),
                letter.sender().headline() == null ? "" : letter.sender().headline(),
                letter.dateText(Locale.US),
                letter.recipient().company());
        return new LetterParts(
                source, full, header, letter.sender().headline(), letter.subject(), letter.salutation(), body, pages);
    }

    /** The parts of a plain-text letter. */
    static LetterParts of(String text, String source, int pages) {
        String full = normalise(text);
        List<String> lines = List.of(full.split("\n", -1));
        int salutation = -1;
        for (int i = 0; i < lines.size() && salutation < 0; i++) {
            if (SALUTATION.matcher(lines.get(i)).matches() && wordCount(lines.get(i)) <= 14) {
                salutation = i;
            }
        }
        int closing = lines.size();
        for (int i = lines.size() - 1; i > salutation; i--) {
            if (CLOSING.matcher(lines.get(i)).matches()) {
                closing = i;
                break;
            }
        }
        List<String> headerLines = salutation < 0 ? List.of() : lines.subList(0, salutation);
        String subject = subject(headerLines);
        List<Part> body = parts(lines.subList(salutation + 1, closing));
        String greeting = salutation < 0 ? null : lines.get(salutation).strip();
        return new LetterParts(source, full, String.join("\n", headerLines), null, subject, greeting, body, pages);
    }

    private static String normalise(String text) {
        String t = text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u00A0', ' ')
                .replace('\t', ' ');
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        // words hyphenated across a line break, as PDF text extraction gives them
        return t.replaceAll("(\\p{Ll})-\\n\\s*(\\p{Ll})", "$1$2");
    }

    private static String clean(String text) {
        return text.replace('\u00A0', ' ').strip();
    }

    /** A "Subject:"/"Re:" line, or a one-line paragraph right before the salutation that reads like a subject. */
    private static String subject(List<String> header) {
        for (String line : header) {
            Matcher m = SUBJECT_PREFIX.matcher(line);
            if (m.matches()) {
                return m.group(2).strip();
            }
        }
        int last = header.size() - 1;
        while (last >= 0 && header.get(last).isBlank()) {
            last--;
        }
        if (last < 0 || last > 0 && !header.get(last - 1).isBlank()) {
            return null;
        }
        String line = header.get(last).strip();
        boolean contact = LINK.matcher(line).find();
        boolean subjectLike = line.contains("|")
                || line.matches("(?iu).*\\b(application|applying|role|position|engineer|developer|programmer)\\b.*");
        return !contact && subjectLike && wordCount(line) >= 2 ? line : null;
    }

    /** Groups body lines into paragraphs (blank-line separated, wrapped lines joined) and lists. */
    private static List<Part> parts(List<String> lines) {
        List<Part> parts = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        List<String> items = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            Matcher bullet = BULLET.matcher(raw);
            if (line.isEmpty()) {
                flush(parts, paragraph, items);
            } else if (bullet.matches()) {
                flushParagraph(parts, paragraph);
                items.add(bullet.group(1).strip());
            } else if (!items.isEmpty() && Character.isWhitespace(raw.charAt(0))) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line);
            } else {
                flushList(parts, items);
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        flush(parts, paragraph, items);
        return parts;
    }

    private static void flush(List<Part> parts, StringBuilder paragraph, List<String> items) {
        flushParagraph(parts, paragraph);
        flushList(parts, items);
    }

    private static void flushParagraph(List<Part> parts, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            parts.add(new Part(Kind.PARAGRAPH, List.of(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    private static void flushList(List<Part> parts, List<String> items) {
        if (!items.isEmpty()) {
            parts.add(new Part(Kind.LIST, List.copyOf(items)));
            items.clear();
        }
    }

    private static List<Segment> segment(List<Part> body) {
        List<Segment> out = new ArrayList<>();
        for (int p = 0; p < body.size(); p++) {
            Part part = body.get(p);
            if (part.kind() == Kind.LIST) {
                for (int i = 0; i < part.lines().size(); i++) {
                    String item = part.lines().get(i);
                    out.add(new Segment(item, mask(item), p, i));
                }
            } else {
                for (String sentence : sentences(part.lines().get(0))) {
                    out.add(new Segment(sentence, mask(sentence), p, -1));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Splits a paragraph after . ! ? followed by a space and a capital, digit or quote. */
    static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < n && "\"'”’)".indexOf(paragraph.charAt(j)) >= 0) {
                j++;
            }
            if (j >= n || !Character.isWhitespace(paragraph.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < n && Character.isWhitespace(paragraph.charAt(k))) {
                k++;
            }
            if (k < n && startsSentence(paragraph.charAt(k)) && !(c == '.' && abbreviation(paragraph, i))) {
                out.add(paragraph.substring(start, j).strip());
                start = k;
                i = k - 1;
            }
        }
        String rest = paragraph.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘(".indexOf(c) >= 0;
    }

    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        return ABBREVIATIONS.contains(text.substring(s, dot));
    }

    /** The text with links and e-mail addresses replaced by spaces, keeping every offset. */
    static String mask(String text) {
        Matcher m = LINK.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        } while (m.find());
        return out.toString();
    }

    /** Every link in the text: URLs, bare hosts with a path, e-mail addresses. */
    static List<String> links(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            out.add(m.group().replaceAll("[.,;:)\\]]+$", ""));
        }
        return out;
    }

    static int wordCount(String text) {
        int count = 0;
        for (String token : text.strip().split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }

    private static int countWords(List<Part> body) {
        int count = 0;
        for (Part part : body) {
            for (String line : part.lines()) {
                count += wordCount(line);
            }
        }
        return count;
    }

    /** The body as text, one part per paragraph, one line per item. */
    String bodyText() {
        List<String> out = new ArrayList<>();
        for (Part part : body) {
            out.add(
                    part.kind() == Kind.LIST
                            ? "- " + String.join("\n- ", part.lines())
                            : part.lines().get(0));
        }
        return String.join("\n\n", out);
    }

    /** Subject, salutation and body, masked: where tailoring is looked for. */
    String subjectAndBody() {
        return mask((subject == null ? "" : subject + "\n\n")
                + (salutation == null ? "" : salutation + "\n\n")
                + bodyText());
    }

    /** Headline, header, subject and body, masked: everything the reader reads except the signature. */
    String readable() {
        return readable(Set.of());
    }

    /** Like {@link #readable()}, leaving out some segments of the body. */
    String readable(Set<Segment> leaveOut) {
        StringBuilder text = new StringBuilder();
        if (headline != null) {
            text.append(headline).append('\n');
        }
        text.append(mask(header)).append("\n\n");
        if (subject != null) {
            text.append(mask(subject)).append("\n\n");
        }
        for (Segment segment : segments) {
            if (!leaveOut.contains(segment)) {
                text.append(segment.masked()).append('\n');
            }
        }
        return text.toString();
    }
}
