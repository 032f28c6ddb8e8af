package dev.letterpress.compose;

import dev.letterpress.model.Block;
import dev.letterpress.model.Inline;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the XHTML a template produced into the parts of a {@code Letter}, with a secure parser
 * (no DTD, no external entities). White space is collapsed as in HTML; a paragraph or bullet left
 * empty by absent data is dropped, a list without bullets too, and a heading with nothing under
 * it. Anything outside the vocabulary is an error, reported as a {@link BadOutput}.
 */
final class LetterXml {
    private static final ThreadLocal<XMLInputFactory> FACTORY =
            ThreadLocal.withInitial(() -> TemplateChecker.secureFactory(true));

    /** The parts of a letter a template writes. */
    record Body(String subject, String salutation, List<Block> blocks, String closing) {}

    /** The output broke the vocabulary; the line is the output's. */
    static final class BadOutput extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        BadOutput(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private LetterXml() {}

    /** A styled piece of text before white space is settled. */
    private record Run(String text, boolean bold, boolean italic, String href) {}

    static Body parse(String xml) throws BadOutput {
        XMLStreamReader r = null;
        try {
            r = FACTORY.get().createXMLStreamReader(new StringReader(xml));
            Body body = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new BadOutput(line(r), "a DOCTYPE is not allowed");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!r.getLocalName().equals(TemplateChecker.ROOT)) {
                        throw new BadOutput(
                                line(r), "the root element must be <letter>, not <" + r.getLocalName() + ">");
                    }
                    body = letter(r);
                }
            }
            if (body == null) {
                throw new BadOutput(0, "the output holds no <letter>");
            }
            return body;
        } catch (XMLStreamException e) {
            throw new BadOutput(
                    e.getLocation() == null ? 0 : e.getLocation().getLineNumber(),
                    "not well-formed XML: " + TemplateChecker.parserMessage(e));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing left to read
                }
            }
        }
    }

    private static int line(XMLStreamReader r) {
        return Math.max(0, r.getLocation().getLineNumber());
    }

    private static Body letter(XMLStreamReader r) throws XMLStreamException, BadOutput {
        String subject = null;
        String salutation = null;
        String closing = null;
        List<Block> blocks = new ArrayList<>();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) {
                throw new BadOutput(
                        line(r),
                        "text directly inside <letter>: \"" + r.getText().strip() + "\"");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = r.getLocalName();
            int line = line(r);
            switch (name) {
                case "subject" -> subject = once(subject, plain(r), name, line);
                case "salutation" -> salutation = once(salutation, plain(r), name, line);
                case "closing" -> closing = once(closing, plain(r), name, line);
                case "h2" -> {
                    String heading = plain(r);
                    if (!heading.isEmpty()) {
                        blocks.add(new Block.Heading(heading));
                    }
                }
                case "p" -> {
                    List<Inline> runs = inline(r, "p");
                    add(blocks, runs.isEmpty() ? null : new Block.Paragraph(runs));
                }
                case "ul" -> {
                    List<Block.ListItem> items = items(r);
                    add(blocks, items.isEmpty() ? null : new Block.BulletList(items));
                }
                default -> throw new BadOutput(line, "<" + name + "> is not allowed inside <letter>");
            }
        }
        for (String[] part : new String[][] {{"subject", subject}, {"salutation", salutation}, {"closing", closing}}) {
            if (part[1] == null || part[1].isEmpty()) {
                throw new BadOutput(0, "the letter has no " + part[0] + " (its <" + part[0] + "> is missing or empty)");
            }
        }
        List<Block> kept = dropBareHeadings(blocks);
        if (kept.isEmpty()) {
            throw new BadOutput(0, "the letter has no body: every paragraph and list came out empty");
        }
        return new Body(subject, salutation, kept, closing);
    }

    /**
     * Adds a block; a block that came out empty (null) takes the heading right before it along,
     * since that heading's section has vanished.
     */
    private static void add(List<Block> blocks, Block block) {
        if (block != null) {
            blocks.add(block);
        } else if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Block.Heading) {
            blocks.remove(blocks.size() - 1);
        }
    }

    private static String once(String previous, String value, String name, int line) throws BadOutput {
        if (previous != null && !previous.isEmpty() && !value.isEmpty()) {
            throw new BadOutput(line, "the letter has more than one <" + name + ">");
        }
        return previous != null && !previous.isEmpty() ? previous : value;
    }

    /** A heading followed by another heading, or by nothing, has lost its section. */
    private static List<Block> dropBareHeadings(List<Block> blocks) {
        List<Block> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean bare = b instanceof Block.Heading
                    && (i + 1 == blocks.size() || blocks.get(i + 1) instanceof Block.Heading);
            if (!bare) {
                kept.add(b);
            }
        }
        return kept;
    }

    /** The text of an element that holds text only, white space collapsed. */
    private static String plain(XMLStreamReader r) throws XMLStreamException, BadOutput {
        String element = r.getLocalName();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                throw new BadOutput(line(r), "<" + r.getLocalName() + "> is not allowed inside <" + element + ">");
            }
            if (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(r.getText());
            }
        }
        return collapse(text.toString()).strip();
    }

    private static List<Block.ListItem> items(XMLStreamReader r) throws XMLStreamException, BadOutput {
        List<Block.ListItem> items = new ArrayList<>();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) {
                throw new BadOutput(
                        line(r), "text directly inside <ul>: \"" + r.getText().strip() + "\"");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!r.getLocalName().equals("li")) {
                    throw new BadOutput(line(r), "<" + r.getLocalName() + "> is not allowed inside <ul>");
                }
                List<Inline> runs = inline(r, "li");
                if (!runs.isEmpty()) {
                    items.add(new Block.ListItem(runs));
                }
            }
        }
        return items;
    }

    private static List<Inline> inline(XMLStreamReader r, String element) throws XMLStreamException, BadOutput {
        List<Run> runs = new ArrayList<>();
        collect(r, element, false, false, runs);
        return settle(runs);
    }

    private static void collect(XMLStreamReader r, String element, boolean bold, boolean italic, List<Run> runs)
            throws XMLStreamException, BadOutput {
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                runs.add(new Run(r.getText(), bold, italic, null));
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                switch (name) {
                    case "strong" -> collect(r, name, true, italic, runs);
                    case "em" -> collect(r, name, bold, true, runs);
                    case "a" -> {
                        if (bold || italic) {
                            throw new BadOutput(line(r), "<a> is not allowed inside <" + element + ">");
                        }
                        String href = r.getAttributeValue(null, "href");
                        String text = plain(r);
                        runs.add(new Run(
                                text.isEmpty() && href != null ? Phrases.linkText(href) : text,
                                bold,
                                italic,
                                href == null || href.isBlank() ? null : href.strip()));
                    }
                    default -> throw new BadOutput(line(r), "<" + name + "> is not allowed inside <" + element + ">");
                }
            }
        }
    }

    /** Collapses white space across runs, trims the ends, merges runs of one style, drops empty ones. */
    private static List<Inline> settle(List<Run> raw) throws BadOutput {
        List<Run> runs = new ArrayList<>();
        boolean spaceBefore = true;
        for (Run run : raw) {
            String text = collapse(run.text());
            if (spaceBefore && text.startsWith(" ")) {
                text = text.substring(1);
            }
            if (text.isEmpty()) {
                continue;
            }
            spaceBefore = text.endsWith(" ");
            runs.add(new Run(text, run.bold(), run.italic(), run.href()));
        }
        if (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            String text = last.text().stripTrailing();
            runs.set(runs.size() - 1, new Run(text, last.bold(), last.italic(), last.href()));
            if (text.isEmpty()) {
                runs.remove(runs.size() - 1);
            }
        }
        List<Inline> inline = new ArrayList<>();
        Run pending = null;
        for (Run run : runs) {
            if (pending != null
                    && pending.href() == null
                    && run.href() == null
                    && pending.bold() == run.bold()
                    && pending.italic() == run.italic()) {
                pending = new Run(pending.text() + run.text(), run.bold(), run.italic(), null);
                continue;
            }
            if (pending != null) {
                inline.add(toInline(pending));
            }
            pending = run;
        }
        if (pending != null) {
            inline.add(toInline(pending));
        }
        return inline;
    }

    private static Inline toInline(Run run) throws BadOutput {
        if (run.href() != null) {
            try {
                return Inline.link(run.text(), run.href());
            } catch (IllegalArgumentException e) {
                throw new BadOutput(0, "a link must go to an http(s) or mailto: address, not \"" + run.href() + "\"");
            }
        }
        return new Inline.Text(run.text(), run.bold(), run.italic());
    }

    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }
}
