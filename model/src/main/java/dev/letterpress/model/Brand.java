package dev.letterpress.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The look of a letter: logo, colours, font, paper, margins, footer and language. Load one with
 * {@link Profiles#readBrand(Path)} (relative paths resolve against the brand file) or start from
 * {@link #defaults()} and change it with {@link #toBuilder()}.
 *
 * @param name          the brand's name (the bootcamp, the agency); never blank
 * @param logo          absolute path of a PNG or JPEG logo, or null for none
 * @param primaryColor  colour of the sender's name and headings; never null
 * @param accentColor   colour of the rule under the letterhead; never null
 * @param font          font family name (a bundled family such as {@value #DEFAULT_FONT}, or one
 *                      installed where the DOCX is opened); never blank
 * @param fontFile      absolute path of a TrueType file to embed in PDFs instead of the bundled
 *                      family, or null
 * @param pageSize      paper size; never null
 * @param margins       page margins; never null
 * @param footer        footer text, or null for none
 * @param locale        language of the document and of its date; never null
 * @param fallbackFonts TrueType files for characters the main font lacks, tried in order
 * @param logoImage     the logo given as bytes ({@link Builder#logo(byte[])}), or null; at most one of
 *                      {@code logo} and {@code logoImage} is set
 */
public record Brand(
        String name,
        Path logo,
        RgbColor primaryColor,
        RgbColor accentColor,
        String font,
        Path fontFile,
        PageSize pageSize,
        Margins margins,
        String footer,
        Locale locale,
        List<Path> fallbackFonts,
        LogoImage logoImage) {

    /** The font family used when a brand names none. */
    public static final String DEFAULT_FONT = "Liberation Sans";
    /** The default primary colour, a dark navy. */
    public static final RgbColor DEFAULT_PRIMARY = RgbColor.parse("#1F3A5F");
    /** The default accent colour, a calm blue. */
    public static final RgbColor DEFAULT_ACCENT = RgbColor.parse("#2E86AB");
    /** The default margins, 20 mm on every side. */
    public static final Margins DEFAULT_MARGINS = Margins.all(20);

    private static final Brand DEFAULTS = new Brand(
            "Letterpress",
            null,
            DEFAULT_PRIMARY,
            DEFAULT_ACCENT,
            DEFAULT_FONT,
            null,
            PageSize.A4,
            DEFAULT_MARGINS,
            null,
            Locale.US,
            List.of(),
            null);

    /**
     * Validates the brand.
     *
     * @param name          the brand's name (the bootcamp, the agency); never blank
     * @param logo          absolute path of a PNG or JPEG logo, or null for none
     * @param primaryColor  colour of the sender's name and headings; never null
     * @param accentColor   colour of the rule under the letterhead; never null
     * @param font          font family name (a bundled family such as {@value #DEFAULT_FONT}, or one
     *                      installed where the DOCX is opened); never blank
     * @param fontFile      absolute path of a TrueType file to embed in PDFs instead of the bundled
     *                      family, or null
     * @param pageSize      paper size; never null
     * @param margins       page margins; never null
     * @param footer        footer text, or null for none
     * @param locale        language of the document and of its date; never null
     * @param fallbackFonts TrueType files for characters the main font lacks, tried in order
     * @param logoImage     the logo given as bytes, or null
     * @throws IllegalArgumentException naming every required value that is blank or null, or when
     *                                  both a logo file and logo bytes are given
     * @throws NullPointerException     when a required object is null
     */
    public Brand {
        Validation v = new Validation("Brand");
        if (logo != null && logoImage != null) {
            throw new IllegalArgumentException(
                    "Brand.logo and Brand.logoImage: give the logo as a file or as bytes, not both");
        }
        name = v.required("name", name);
        logo = logo == null ? null : logo.toAbsolutePath().normalize();
        v.nonNull("primaryColor", primaryColor);
        v.nonNull("accentColor", accentColor);
        font = v.required("font", font);
        fontFile = fontFile == null ? null : fontFile.toAbsolutePath().normalize();
        v.nonNull("pageSize", pageSize);
        v.nonNull("margins", margins);
        footer = Checks.optional(footer);
        v.nonNull("locale", locale);
        fallbackFonts = Checks.list(fallbackFonts).stream()
                .map(p -> p.toAbsolutePath().normalize())
                .toList();
        v.check();
    }

    /**
     * A brand whose logo, if any, is a file.
     *
     * @param name          the brand's name; never blank
     * @param logo          absolute path of a PNG or JPEG logo, or null for none
     * @param primaryColor  colour of the sender's name and headings; never null
     * @param accentColor   colour of the rule under the letterhead; never null
     * @param font          font family name; never blank
     * @param fontFile      absolute path of a TrueType file to embed in PDFs, or null
     * @param pageSize      paper size; never null
     * @param margins       page margins; never null
     * @param footer        footer text, or null for none
     * @param locale        language of the document and of its date; never null
     * @param fallbackFonts TrueType files for characters the main font lacks, tried in order
     * @throws IllegalArgumentException when a required value is missing
     * @throws NullPointerException     when a required object is null
     */
    public Brand(
            String name,
            Path logo,
            RgbColor primaryColor,
            RgbColor accentColor,
            String font,
            Path fontFile,
            PageSize pageSize,
            Margins margins,
            String footer,
            Locale locale,
            List<Path> fallbackFonts) {
        this(
                name,
                logo,
                primaryColor,
                accentColor,
                font,
                fontFile,
                pageSize,
                margins,
                footer,
                locale,
                fallbackFonts,
                null);
    }

    /**
     * A plain brand: no logo, navy and blue, {@value #DEFAULT_FONT}, A4, 20 mm margins, US English.
     *
     * @return the default brand
     */
    public static Brand defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a builder from {@link #defaults()} with another name.
     *
     * <pre>{@code
     * Brand brand = Brand.builder("Northwind Bootcamp").primaryColor(RgbColor.parse("#0B6E4F"))
     *         .locale(Locale.UK).build();
     * }</pre>
     *
     * @param name the brand's name
     * @return a new builder
     */
    public static Builder builder(String name) {
        return new Builder(DEFAULTS).name(name);
    }

    /**
     * A builder holding this brand's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * This brand without the paths of its files (logo, font file, fallback fonts): its values
     * alone (a logo given as bytes is a value: it stays, and shows as its digest). Fingerprints of
     * what a letter depends on start from it and add the files' contents, so that the same brand
     * copied to another folder keeps its fingerprint.
     *
     * @return a copy with no logo, no font file and no fallback fonts
     */
    public Brand withoutFiles() {
        return new Brand(
                name,
                null,
                primaryColor,
                accentColor,
                font,
                null,
                pageSize,
                margins,
                footer,
                locale,
                List.of(),
                logoImage);
    }

    /** Builds a {@link Brand}; each {@link #build()} returns a new, independent value. */
    public static final class Builder {
        private String name;
        private Path logo;
        private RgbColor primaryColor;
        private RgbColor accentColor;
        private String font;
        private Path fontFile;
        private PageSize pageSize;
        private Margins margins;
        private String footer;
        private Locale locale;
        private List<Path> fallbackFonts;
        private LogoImage logoImage;

        private Builder(Brand b) {
            name = b.name;
            logo = b.logo;
            primaryColor = b.primaryColor;
            accentColor = b.accentColor;
            font = b.font;
            fontFile = b.fontFile;
            pageSize = b.pageSize;
            margins = b.margins;
            footer = b.footer;
            locale = b.locale;
            fallbackFonts = b.fallbackFonts;
            logoImage = b.logoImage;
        }

        /**
         * Sets the brand name.
         *
         * @param value the brand name
         * @return this builder
         */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /**
         * Sets the logo file.
         *
         * @param value the logo file (PNG or JPEG), or null; replaces logo bytes set before
         * @return this builder
         */
        public Builder logo(Path value) {
            logoImage = null;
            logo = value;
            return this;
        }

        /**
         * Sets the logo from bytes, for an application that keeps it in memory or a database. The
         * bytes are checked at once, as a logo file is (PNG or JPEG, size, pixels).
         *
         * @param value the PNG or JPEG content, or null for no logo; replaces a logo file set before
         * @return this builder
         * @throws InvalidInputException when the bytes are no usable logo
         */
        public Builder logo(byte[] value) {
            logo = null;
            logoImage = value == null ? null : LogoImage.of(value, "Brand.logo(byte[])");
            return this;
        }

        /**
         * Sets the primary colour.
         *
         * @param value the primary colour
         * @return this builder
         */
        public Builder primaryColor(RgbColor value) {
            primaryColor = value;
            return this;
        }

        /**
         * Sets the accent colour.
         *
         * @param value the accent colour
         * @return this builder
         */
        public Builder accentColor(RgbColor value) {
            accentColor = value;
            return this;
        }

        /**
         * Sets the font family.
         *
         * @param value the font family name
         * @return this builder
         */
        public Builder font(String value) {
            font = value;
            return this;
        }

        /**
         * Sets a TrueType file to embed.
         *
         * @param value a TrueType file to embed, or null
         * @return this builder
         */
        public Builder fontFile(Path value) {
            fontFile = value;
            return this;
        }

        /**
         * Sets the page size.
         *
         * @param value the page size
         * @return this builder
         */
        public Builder pageSize(PageSize value) {
            pageSize = value;
            return this;
        }

        /**
         * Sets the margins.
         *
         * @param value the margins
         * @return this builder
         */
        public Builder margins(Margins value) {
            margins = value;
            return this;
        }

        /**
         * Sets the footer text.
         *
         * @param value the footer text, or null
         * @return this builder
         */
        public Builder footer(String value) {
            footer = value;
            return this;
        }

        /**
         * Sets the document language and date format.
         *
         * @param value the document locale
         * @return this builder
         */
        public Builder locale(Locale value) {
            locale = value;
            return this;
        }

        /**
         * Sets the fallback TrueType files.
         *
         * @param value fallback TrueType files
         * @return this builder
         */
        public Builder fallbackFonts(List<Path> value) {
            fallbackFonts = value;
            return this;
        }

        /**
         * Builds the brand.
         *
         * @return the validated brand
         * @throws InvalidInputException listing every value that is blank or missing
         */
        public Brand build() {
            return Validation.build(() -> new Brand(
                    name,
                    logo,
                    primaryColor,
                    accentColor,
                    font,
                    fontFile,
                    pageSize,
                    margins,
                    footer,
                    locale,
                    fallbackFonts,
                    logoImage));
        }
    }
}
