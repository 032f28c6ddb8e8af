package dev.letterpress.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A composed cover letter: the only thing that crosses from composing to rendering. It is a
 * small immutable document tree; renderers lay it out, they never change its words.
 *
 * <pre>{@code
 * Letter letter = Letter.builder()
 *         .sender(new Sender("Ada Lovelace", null, "ada@example.com", null, "London", Links.NONE))
 *         .recipient(new Recipient(null, "Acme", "Backend Engineer", null, null))
 *         .date(LocalDate.of(2026, 11, 29))
 *         .subject("Backend Engineer | Python + AWS")
 *         .salutation("Dear Hiring Manager,")
 *         .block(Block.Paragraph.of(Inline.text("I am writing to apply…")))
 *         .closing("Kind regards,")
 *         .signature(new Signature("Ada Lovelace", "ada@example.com", null, null))
 *         .build();
 * }</pre>
 *
 * @param sender     the letterhead; never null
 * @param recipient  the addressee; never null
 * @param date       the letter's date; never null
 * @param subject    the subject line; never blank
 * @param salutation "Dear …,"; never blank
 * @param blocks     the body, at least one block; unmodifiable
 * @param closing    "Kind regards,"; never blank
 * @param signature  the signature; never null
 * @param template   name of the template that composed the letter, or null
 * @param locale     the letter's language, which {@link #toPlainText()} writes the date in; never
 *                   null (US English when not given)
 */
public record Letter(
        Sender sender,
        Recipient recipient,
        LocalDate date,
        String subject,
        String salutation,
        List<Block> blocks,
        String closing,
        Signature signature,
        String template,
        Locale locale) {

    /**
     * Validates the letter.
     *
     * @param sender     the letterhead; never null
     * @param recipient  the addressee; never null
     * @param date       the letter's date; never null
     * @param subject    the subject line; never blank
     * @param salutation "Dear …,"; never blank
     * @param blocks     the body, at least one block; unmodifiable
     * @param closing    "Kind regards,"; never blank
     * @param signature  the signature; never null
     * @param template   name of the template that composed the letter, or null
     * @param locale     the letter's language, or null for US English
     * @throws IllegalArgumentException when a text part is blank or the body is empty
     * @throws NullPointerException     when a part is null
     */
    public Letter {
        Objects.requireNonNull(sender, "Letter.sender must not be null");
        Objects.requireNonNull(recipient, "Letter.recipient must not be null");
        Objects.requireNonNull(date, "Letter.date must not be null");
        subject = Checks.required("Letter", "subject", subject);
        salutation = Checks.required("Letter", "salutation", salutation);
        blocks = Checks.list(blocks);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("Letter.blocks must not be empty");
        }
        closing = Checks.required("Letter", "closing", closing);
        Objects.requireNonNull(signature, "Letter.signature must not be null");
        template = Checks.optional(template);
        locale = locale == null ? Locale.US : locale;
    }

    /**
     * A letter in US English, as before letters carried their language.
     *
     * @param sender     the letterhead; never null
     * @param recipient  the addressee; never null
     * @param date       the letter's date; never null
     * @param subject    the subject line; never blank
     * @param salutation "Dear …,"; never blank
     * @param blocks     the body, at least one block
     * @param closing    "Kind regards,"; never blank
     * @param signature  the signature; never null
     * @param template   name of the template that composed the letter, or null
     * @throws IllegalArgumentException when a text part is blank or the body is empty
     * @throws NullPointerException     when a part is null
     */
    public Letter(
            Sender sender,
            Recipient recipient,
            LocalDate date,
            String subject,
            String salutation,
            List<Block> blocks,
            String closing,
            Signature signature,
            String template) {
        this(sender, recipient, date, subject, salutation, blocks, closing, signature, template, null);
    }

    /**
     * This letter in another language: the brand's, whose locale the renderers write the date in.
     *
     * @param value the language, or null for US English
     * @return a copy with that locale (this letter when it already has it)
     */
    public Letter withLocale(Locale value) {
        Locale l = value == null ? Locale.US : value;
        return l.equals(locale)
                ? this
                : new Letter(sender, recipient, date, subject, salutation, blocks, closing, signature, template, l);
    }

    /**
     * The date as a letter writes it in {@code locale}: "November 29, 2026" (en-US),
     * "29 November 2026" (en-GB), "29. November 2026" (de).
     *
     * @param locale the language
     * @return the formatted date
     */
    public String dateText(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(date);
    }

    /**
     * The whole letter as plain text, in reading order: sender block, date, recipient, subject,
     * salutation, body (headings, paragraphs, "- " bullets), closing and signature, separated by
     * blank lines. Used by review and by tests; the date is written in the letter's
     * {@link #locale()} ("29 November 2026" for en-GB, "November 29, 2026" for en-US).
     *
     * @return the text, ending with a newline
     */
    public String toPlainText() {
        List<String> parts = new ArrayList<>();
        parts.add(lines(
                sender.name(),
                sender.headline(),
                join(" | ", sender.email(), sender.phone(), sender.location()),
                join(
                        " | ",
                        sender.links().github(),
                        sender.links().linkedin(),
                        sender.links().website())));
        parts.add(dateText(locale));
        parts.add(lines(recipient.name(), recipient.company(), recipient.location()));
        parts.add(subject);
        parts.add(salutation);
        for (Block block : blocks) {
            parts.add(blockText(block));
        }
        parts.add(closing);
        parts.add(lines(signature.name(), signature.email(), signature.phone(), signature.link()));
        return String.join("\n\n", parts) + "\n";
    }

    private static String blockText(Block block) {
        if (block instanceof Block.Heading h) {
            return h.text();
        }
        if (block instanceof Block.Paragraph p) {
            return runs(p.runs());
        }
        return ((Block.BulletList) block)
                .items().stream().map(i -> "- " + runs(i.runs())).collect(Collectors.joining("\n"));
    }

    /**
     * The visible text of a sequence of runs.
     *
     * @param runs the runs
     * @return their texts, concatenated
     */
    public static String runs(List<Inline> runs) {
        return runs.stream().map(Inline::text).collect(Collectors.joining());
    }

    private static String lines(String... values) {
        return join("\n", values);
    }

    private static String join(String separator, String... values) {
        List<String> present = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                present.add(v);
            }
        }
        return String.join(separator, present);
    }

    /**
     * Starts an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Letter}; each {@link #build()} returns a new, independent value. */
    public static final class Builder {
        private Sender sender;
        private Recipient recipient;
        private LocalDate date;
        private String subject;
        private String salutation;
        private final List<Block> blocks = new ArrayList<>();
        private String closing;
        private Signature signature;
        private String template;
        private Locale locale;

        private Builder() {}

        /**
         * Sets the letterhead.
         *
         * @param value the letterhead
         * @return this builder
         */
        public Builder sender(Sender value) {
            sender = value;
            return this;
        }

        /**
         * Sets the addressee.
         *
         * @param value the addressee
         * @return this builder
         */
        public Builder recipient(Recipient value) {
            recipient = value;
            return this;
        }

        /**
         * Sets the letter's date.
         *
         * @param value the letter's date
         * @return this builder
         */
        public Builder date(LocalDate value) {
            date = value;
            return this;
        }

        /**
         * Sets the subject line.
         *
         * @param value the subject line
         * @return this builder
         */
        public Builder subject(String value) {
            subject = value;
            return this;
        }

        /**
         * Sets the salutation.
         *
         * @param value the salutation
         * @return this builder
         */
        public Builder salutation(String value) {
            salutation = value;
            return this;
        }

        /**
         * Appends a body block.
         *
         * @param value a body block to append
         * @return this builder
         */
        public Builder block(Block value) {
            blocks.add(Objects.requireNonNull(value, "block"));
            return this;
        }

        /**
         * Appends body blocks.
         *
         * @param values body blocks to append
         * @return this builder
         */
        public Builder blocks(List<? extends Block> values) {
            values.forEach(this::block);
            return this;
        }

        /**
         * Sets the closing.
         *
         * @param value the closing
         * @return this builder
         */
        public Builder closing(String value) {
            closing = value;
            return this;
        }

        /**
         * Sets the signature.
         *
         * @param value the signature
         * @return this builder
         */
        public Builder signature(Signature value) {
            signature = value;
            return this;
        }

        /**
         * Records the template that composed the letter.
         *
         * @param value the template's name, or null
         * @return this builder
         */
        public Builder template(String value) {
            template = value;
            return this;
        }

        /**
         * Sets the letter's language, which its plain text writes the date in.
         *
         * @param value the language, or null for US English
         * @return this builder
         */
        public Builder locale(Locale value) {
            locale = value;
            return this;
        }

        /**
         * Builds the letter.
         *
         * @return the validated letter
         */
        public Letter build() {
            return new Letter(
                    sender, recipient, date, subject, salutation, blocks, closing, signature, template, locale);
        }
    }
}
