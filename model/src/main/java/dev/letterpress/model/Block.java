package dev.letterpress.model;

import java.util.List;

/**
 * A block of a letter's body: a paragraph, a bulleted list or a section heading. Every renderer
 * renders every kind; a new kind is added to all of them.
 */
public sealed interface Block permits Block.Paragraph, Block.BulletList, Block.Heading {

    /**
     * A paragraph of inline runs.
     *
     * @param runs the runs, at least one; unmodifiable
     */
    record Paragraph(List<Inline> runs) implements Block {
        /**
         * Validates the paragraph.
         *
         * @param runs the runs, at least one; unmodifiable
         * @throws IllegalArgumentException when there are no runs
         */
        public Paragraph {
            runs = nonEmpty("Paragraph.runs", runs);
        }

        /**
         * A paragraph of runs.
         *
         * @param runs the runs
         * @return the paragraph
         */
        public static Paragraph of(Inline... runs) {
            return new Paragraph(List.of(runs));
        }
    }

    /**
     * One bullet of a {@link BulletList}.
     *
     * @param runs the runs, at least one; unmodifiable
     */
    record ListItem(List<Inline> runs) {
        /**
         * Validates the item.
         *
         * @param runs the runs, at least one; unmodifiable
         * @throws IllegalArgumentException when there are no runs
         */
        public ListItem {
            runs = nonEmpty("ListItem.runs", runs);
        }

        /**
         * An item of runs.
         *
         * @param runs the runs
         * @return the item
         */
        public static ListItem of(Inline... runs) {
            return new ListItem(List.of(runs));
        }
    }

    /**
     * A bulleted list.
     *
     * @param items the items, at least one; unmodifiable
     */
    record BulletList(List<ListItem> items) implements Block {
        /**
         * Validates the list.
         *
         * @param items the items, at least one; unmodifiable
         * @throws IllegalArgumentException when there are no items
         */
        public BulletList {
            items = nonEmpty("BulletList.items", items);
        }
    }

    /**
     * A section heading such as "Tech stack".
     *
     * @param text the heading; never blank
     */
    record Heading(String text) implements Block {
        /**
         * Validates the heading.
         *
         * @param text the heading; never blank
         * @throws IllegalArgumentException when the text is blank
         */
        public Heading {
            text = Checks.required("Heading", "text", text);
        }
    }

    private static <T> List<T> nonEmpty(String what, List<T> values) {
        List<T> copy = Checks.list(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return copy;
    }
}
