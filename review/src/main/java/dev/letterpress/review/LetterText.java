package dev.letterpress.review;

import dev.letterpress.model.Letter;
import java.util.Objects;

/**
 * A letter to review: plain text, Markdown or a composed {@link Letter}, with its page count
 * when known (for the "more than one page" part of the {@code length} rule) and a name for error
 * messages.
 *
 * <pre>{@code
 * LetterText.plain(Files.readString(txt));                    // as written
 * LetterText.markdown(Files.readString(md));                  // # headings, **bold**, [text](url) removed
 * LetterText.plain(PdfText.extract(pdf)).withPages(2).withSource("letter.pdf");
 * LetterText.of(letter);                                      // a composed letter, by its structure
 * }</pre>
 *
 * <p>Instances are immutable; the {@code with…} methods return new ones.
 */
public final class LetterText {
    private final String text;
    private final Letter letter;
    private final int pages;
    private final String source;

    private LetterText(String text, Letter letter, int pages, String source) {
        this.text = text;
        this.letter = letter;
        this.pages = pages;
        this.source = source;
    }

    /**
     * A letter in plain text. Its parts are found by their shape: the header before the
     * salutation ("Dear …"), a "Subject:"/"Re:" line, the body, the closing ("Kind regards,").
     * Lines starting with "-", "*" or "•" are list items.
     *
     * @param text the letter; never null
     * @return the letter text, page count unknown
     */
    public static LetterText plain(String text) {
        Objects.requireNonNull(text, "LetterText text must not be null");
        return new LetterText(text, null, 0, "letter");
    }

    /**
     * A letter in Markdown, reviewed as the text a reader sees: {@code #} headings, emphasis and
     * code marks are removed, {@code [text](url)} becomes "text (url)", bullets and numbered items
     * become list items. Template placeholders such as {@code [Company]} stay as written. A text
     * longer than a review takes is kept as written, unconverted, so the review refuses it for its
     * length without having spent time on it.
     *
     * @param markdown the letter; never null
     * @return the letter text, page count unknown
     */
    public static LetterText markdown(String markdown) {
        Objects.requireNonNull(markdown, "LetterText markdown must not be null");
        String text = markdown.length() > Reviewer.MAX_CHARS ? markdown : Markdown.toPlain(markdown);
        return new LetterText(text, null, 0, "letter");
    }

    /**
     * A composed letter, reviewed by its structure: the sender's headline, the subject, the body
     * blocks and the signature are known exactly.
     *
     * @param letter the letter; never null
     * @return the letter text, page count unknown
     */
    public static LetterText of(Letter letter) {
        Objects.requireNonNull(letter, "LetterText letter must not be null");
        return new LetterText(letter.toPlainText(), letter, 0, "letter");
    }

    /**
     * The same letter with a known page count.
     *
     * @param pages the number of pages, or 0 when unknown
     * @return a new letter text
     * @throws IllegalArgumentException when {@code pages} is negative
     */
    public LetterText withPages(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("LetterText.pages must be 0 (unknown) or more (was " + pages + ")");
        }
        return new LetterText(text, letter, pages, source);
    }

    /**
     * The same letter with a name for error messages, usually its file name.
     *
     * @param source the name; never blank
     * @return a new letter text
     * @throws IllegalArgumentException when {@code source} is blank
     */
    public LetterText withSource(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException(
                    "LetterText.source must not be blank (was " + (source == null ? "null" : "'" + source + "'") + ")");
        }
        return new LetterText(text, letter, pages, source.strip());
    }

    /**
     * The plain text that is reviewed (Markdown already stripped).
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * The page count.
     *
     * @return the number of pages, or 0 when unknown
     */
    public int pages() {
        return pages;
    }

    /**
     * The name used in error messages.
     *
     * @return the source name, "letter" unless set
     */
    public String source() {
        return source;
    }

    /** The composed letter this text came from, or null. */
    Letter letter() {
        return letter;
    }
}
