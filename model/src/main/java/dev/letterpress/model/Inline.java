package dev.letterpress.model;

/**
 * A run of text inside a {@link Block.Paragraph} or a {@link Block.ListItem}: plain, bold, italic,
 * or a link. Text is always data: renderers never interpret it as markup.
 */
public sealed interface Inline permits Inline.Text, Inline.Link {

    /**
     * The visible text of the run.
     *
     * @return never empty
     */
    String text();

    /**
     * Plain text.
     *
     * @param text the text
     * @return the run
     */
    static Inline text(String text) {
        return new Text(text, false, false);
    }

    /**
     * Bold text.
     *
     * @param text the text
     * @return the run
     */
    static Inline bold(String text) {
        return new Text(text, true, false);
    }

    /**
     * Italic text.
     *
     * @param text the text
     * @return the run
     */
    static Inline italic(String text) {
        return new Text(text, false, true);
    }

    /**
     * A hyperlink.
     *
     * @param text the visible text
     * @param href the target: an http(s) or mailto: URL
     * @return the run
     */
    static Inline link(String text, String href) {
        return new Link(text, href);
    }

    /**
     * Styled text.
     *
     * @param text   the text; never empty
     * @param bold   whether it is bold
     * @param italic whether it is italic
     */
    record Text(String text, boolean bold, boolean italic) implements Inline {
        /**
         * Validates the run.
         *
         * @param text   the text; never empty
         * @param bold   whether it is bold
         * @param italic whether it is italic
         * @throws IllegalArgumentException when the text is null or empty
         */
        public Text {
            if (text == null || text.isEmpty()) {
                throw new IllegalArgumentException(
                        "Inline.Text.text must not be empty (was " + Checks.quote(text) + ")");
            }
        }
    }

    /**
     * A hyperlink.
     *
     * @param text the visible text; never empty
     * @param href the target, an absolute {@code http}, {@code https} or {@code mailto} URL
     */
    record Link(String text, String href) implements Inline {
        /**
         * Validates the link.
         *
         * @param text the visible text; never empty
         * @param href the target, an absolute {@code http}, {@code https} or {@code mailto} URL
         * @throws IllegalArgumentException when the text is empty or the target is not an
         *                                  http(s) or mailto URL
         */
        public Link {
            if (text == null || text.isEmpty()) {
                throw new IllegalArgumentException(
                        "Inline.Link.text must not be empty (was " + Checks.quote(text) + ")");
            }
            href = Checks.required("Inline.Link", "href", href);
            if (href.startsWith("mailto:")) {
                String problem = Checks.emailProblem(href.substring("mailto:".length()));
                if (problem != null) {
                    throw new IllegalArgumentException("Inline.Link.href: " + problem + " (was '" + href + "')");
                }
            } else {
                href = Checks.url("Inline.Link", "href", href);
            }
        }
    }
}
