package dev.letterpress.docx;

import dev.letterpress.model.Brand;
import dev.letterpress.model.Margins;
import dev.letterpress.typeset.Density;
import dev.letterpress.typeset.Units;

/**
 * Everything of a letter's package that depends only on the brand, serialised once when the
 * renderer is created and shared, read-only, by every letter: styles, numbering, settings, font
 * table, first-page header, footers, the logo, content types, the package relationships and the
 * fixed part of the document's relationships, plus prepared fragments of document.xml (the
 * section properties and the logo). Immutable, so renderers can share it between threads.
 */
final class BrandParts {
    static final String CONTENT_TYPES = "[Content_Types].xml";
    static final String PACKAGE_RELS = "_rels/.rels";
    static final String CORE = "docProps/core.xml";
    static final String APP = "docProps/app.xml";
    static final String DOCUMENT = "word/document.xml";
    static final String DOCUMENT_RELS = "word/_rels/document.xml.rels";
    static final String STYLES = "word/styles.xml";
    static final String NUMBERING = "word/numbering.xml";
    static final String SETTINGS = "word/settings.xml";
    static final String FONT_TABLE = "word/fontTable.xml";
    static final String FIRST_HEADER = "word/header1.xml";
    static final String RUNNING_HEADER = "word/header2.xml";
    static final String FIRST_FOOTER = "word/footer1.xml";
    static final String RUNNING_FOOTER = "word/footer2.xml";

    /** Relationship id of the logo image in document.xml.rels. */
    static final String LOGO_REL = "rId9";
    /** Hyperlink relationships are numbered from here on. */
    static final int FIRST_LINK_REL = 10;

    /** The application named in the document properties. */
    static final String APPLICATION = "Letterpress";

    final Brand brand;
    final FontFace font;
    final Language language;
    final Logo logo;
    final byte[] contentTypes;
    final byte[] packageRels;
    final byte[] app;
    /** {@code styles.xml} for each {@link Density}, by ordinal. */
    private final byte[][] styles;

    final byte[] numbering;
    final byte[] settings;
    final byte[] fontTable;
    final byte[] firstHeader;
    final byte[] firstFooter;
    final byte[] runningFooter;
    /** The document's relationships that every letter has, as {@code <Relationship>} elements. */
    final String fixedRelationships;
    /** {@code <w:sectPr>}: page size, margins, header and footer references. */
    final String sectionProperties;
    /** The logo's paragraph for the letterhead, or null without a logo. */
    final String logoParagraph;
    /** Width of the text column, in twips. */
    final int textWidth;
    /** Width of the letterhead's logo column, in twips (0 without a logo). */
    final int logoColumn;
    /** Characters dropped from brand texts (footer, name) because XML cannot hold them. */
    final int dropped;
    /** The first of them, or -1. */
    final int firstDropped;

    /**
     * Prepares the parts for a brand.
     *
     * @param brand the brand
     * @param logo  its logo, already read, or null
     */
    BrandParts(Brand brand, Logo logo) {
        this.brand = brand;
        this.logo = logo;
        font = FontFace.of(brand.font());
        language = Language.of(brand.locale());
        Margins m = brand.margins();
        textWidth = Units.twips(brand.pageSize().widthMm()) - Units.twips(m.left()) - Units.twips(m.right());
        logoColumn = logo == null ? 0 : Math.min(textWidth / 2, Units.emuToTwips(logo.widthEmu()) + Units.twips(4));

        contentTypes = contentTypes(logo).toBytes();
        packageRels = packageRelationships().toBytes();
        app = app().toBytes();
        Density[] densities = Density.values();
        styles = new byte[densities.length][];
        for (Density d : densities) {
            styles[d.ordinal()] = Styles.write(brand, font, language, d).toBytes();
        }
        numbering = Numbering.write(font, brand.primaryColor().hex()).toBytes();
        settings = settings(language).toBytes();
        fontTable = fontTable(font).toBytes();
        firstHeader = emptyHeader().toBytes();
        XmlWriter footers = XmlWriter.fragment();
        String footerText = brand.footer() == null ? "" : footers.clean(brand.footer());
        firstFooter = footer(footerText, false, language.rtl()).toBytes();
        runningFooter = footer(footerText, true, language.rtl()).toBytes();
        fixedRelationships = fixedRelationships(logo);
        sectionProperties = sectionProperties(brand);
        XmlWriter logoWriter = XmlWriter.fragment();
        logoParagraph = logo == null ? null : logoParagraph(logo, brand.name(), logoWriter);
        dropped = footers.dropped() + logoWriter.dropped();
        firstDropped = footers.dropped() > 0 ? footers.firstDropped() : logoWriter.firstDropped();
    }

    /**
     * The styles of a letter set at a density.
     *
     * @param density the density
     * @return the bytes of {@code styles.xml}; shared, not to be changed
     */
    byte[] styles(Density density) {
        return styles[density.ordinal()];
    }

    private static XmlWriter contentTypes(Logo logo) {
        XmlWriter w = XmlWriter.document(2048);
        w.start("Types").attr("xmlns", Ns.CONTENT_TYPES);
        w.start("Default")
                .attr("Extension", "rels")
                .attr("ContentType", "application/vnd.openxmlformats-package.relationships+xml")
                .end();
        w.start("Default")
                .attr("Extension", "xml")
                .attr("ContentType", "application/xml")
                .end();
        if (logo != null) {
            w.start("Default")
                    .attr("Extension", logo.extension())
                    .attr("ContentType", logo.contentType())
                    .end();
        }
        String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        override(w, DOCUMENT, wml + "document.main+xml");
        override(w, STYLES, wml + "styles+xml");
        override(w, NUMBERING, wml + "numbering+xml");
        override(w, SETTINGS, wml + "settings+xml");
        override(w, FONT_TABLE, wml + "fontTable+xml");
        override(w, FIRST_HEADER, wml + "header+xml");
        override(w, RUNNING_HEADER, wml + "header+xml");
        override(w, FIRST_FOOTER, wml + "footer+xml");
        override(w, RUNNING_FOOTER, wml + "footer+xml");
        override(w, CORE, "application/vnd.openxmlformats-package.core-properties+xml");
        override(w, APP, "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        w.end();
        return w;
    }

    private static void override(XmlWriter w, String part, String type) {
        w.start("Override")
                .attr("PartName", "/" + part)
                .attr("ContentType", type)
                .end();
    }

    private static XmlWriter packageRelationships() {
        XmlWriter w = XmlWriter.document(1024);
        w.start("Relationships").attr("xmlns", Ns.PACKAGE_RELS);
        relationship(w, "rId1", Ns.REL + "officeDocument", DOCUMENT);
        relationship(w, "rId2", Ns.REL_CORE, CORE);
        relationship(w, "rId3", Ns.REL + "extended-properties", APP);
        w.end();
        return w;
    }

    private static String fixedRelationships(Logo logo) {
        XmlWriter w = XmlWriter.fragment();
        relationship(w, "rId1", Ns.REL + "styles", "styles.xml");
        relationship(w, "rId2", Ns.REL + "numbering", "numbering.xml");
        relationship(w, "rId3", Ns.REL + "settings", "settings.xml");
        relationship(w, "rId4", Ns.REL + "fontTable", "fontTable.xml");
        relationship(w, "rId5", Ns.REL + "header", "header1.xml");
        relationship(w, "rId6", Ns.REL + "header", "header2.xml");
        relationship(w, "rId7", Ns.REL + "footer", "footer1.xml");
        relationship(w, "rId8", Ns.REL + "footer", "footer2.xml");
        if (logo != null) {
            relationship(w, LOGO_REL, Ns.REL + "image", logo.partName());
        }
        return w.toString();
    }

    private static void relationship(XmlWriter w, String id, String type, String target) {
        w.start("Relationship")
                .attr("Id", id)
                .attr("Type", type)
                .attr("Target", target)
                .end();
    }

    private static XmlWriter app() {
        XmlWriter w = XmlWriter.document(512);
        w.start("Properties").attr("xmlns", Ns.EXTENDED);
        w.element("Application", APPLICATION);
        w.element("DocSecurity", "0");
        w.element("ScaleCrop", "false");
        w.element("LinksUpToDate", "false");
        w.element("SharedDoc", "false");
        w.element("HyperlinksChanged", "false");
        w.end();
        return w;
    }

    private static XmlWriter settings(Language language) {
        XmlWriter w = XmlWriter.document(1024);
        w.start("w:settings").attr("xmlns:w", Ns.W);
        w.empty("w:zoom", "w:percent", "100");
        w.empty("w:defaultTabStop", "w:val", "709");
        w.empty("w:characterSpacingControl", "w:val", "doNotCompress");
        w.start("w:compat");
        w.start("w:compatSetting")
                .attr("w:name", "compatibilityMode")
                .attr("w:uri", "http://schemas.microsoft.com/office/word")
                .attr("w:val", "15")
                .end();
        w.end();
        w.start("w:themeFontLang").attr("w:val", language.tag()).end();
        w.empty("w:decimalSymbol", "w:val", ".");
        w.empty("w:listSeparator", "w:val", ",");
        w.end();
        return w;
    }

    private static XmlWriter fontTable(FontFace font) {
        XmlWriter w = XmlWriter.document(1024);
        w.start("w:fonts").attr("xmlns:w", Ns.W);
        writeFont(w, font);
        if (!font.isCore()) {
            writeFont(w, font.fallback());
        }
        w.end();
        return w;
    }

    private static void writeFont(XmlWriter w, FontFace font) {
        w.start("w:font").attr("w:name", font.name());
        w.empty("w:altName", "w:val", font.altName());
        if (font.panose() != null) {
            w.empty("w:panose1", "w:val", font.panose());
        }
        w.empty("w:charset", "w:val", "00");
        w.empty("w:family", "w:val", font.family());
        w.empty("w:pitch", "w:val", font.fixed() ? "fixed" : "variable");
        w.end();
    }

    private static XmlWriter emptyHeader() {
        XmlWriter w = XmlWriter.document(512);
        w.start("w:hdr").attr("xmlns:w", Ns.W).attr("xmlns:r", Ns.R);
        w.start("w:p")
                .start("w:pPr")
                .empty("w:pStyle", "w:val", Styles.HEADER)
                .end()
                .end();
        w.end();
        return w;
    }

    /**
     * A footer: the brand's footer text, and on pages after the first "Page N of M".
     *
     * @param text    the footer text, cleaned; empty for none
     * @param numbers whether to add page numbers
     * @param rtl     whether the document runs right to left
     */
    private static XmlWriter footer(String text, boolean numbers, boolean rtl) {
        XmlWriter w = XmlWriter.document(1024);
        w.start("w:ftr").attr("xmlns:w", Ns.W).attr("xmlns:r", Ns.R);
        if (!text.isEmpty() || !numbers) {
            w.start("w:p")
                    .start("w:pPr")
                    .empty("w:pStyle", "w:val", Styles.FOOTER)
                    .end();
            if (!text.isEmpty()) {
                Runs.write(w, text, null, false, false, rtl);
            }
            w.end();
        }
        if (numbers) {
            w.start("w:p")
                    .start("w:pPr")
                    .empty("w:pStyle", "w:val", Styles.FOOTER)
                    .end();
            Runs.write(w, "Page ", null, false, false, false);
            field(w, "PAGE", "2");
            Runs.write(w, " of ", null, false, false, false);
            field(w, "NUMPAGES", "2");
            w.end();
        }
        w.end();
        return w;
    }

    /** A field Word and LibreOffice compute when laying out the page, such as the page number. */
    private static void field(XmlWriter w, String instruction, String shown) {
        w.start("w:r").empty("w:fldChar", "w:fldCharType", "begin").end();
        w.start("w:r")
                .start("w:instrText")
                .attr("xml:space", "preserve")
                .text(" " + instruction + " ")
                .end()
                .end();
        w.start("w:r").empty("w:fldChar", "w:fldCharType", "separate").end();
        w.start("w:r").element("w:t", shown).end();
        w.start("w:r").empty("w:fldChar", "w:fldCharType", "end").end();
    }

    private static String sectionProperties(Brand brand) {
        Margins m = brand.margins();
        XmlWriter w = XmlWriter.fragment();
        w.start("w:sectPr");
        w.start("w:headerReference")
                .attr("w:type", "default")
                .attr("r:id", "rId6")
                .end();
        w.start("w:headerReference")
                .attr("w:type", "first")
                .attr("r:id", "rId5")
                .end();
        w.start("w:footerReference")
                .attr("w:type", "default")
                .attr("r:id", "rId8")
                .end();
        w.start("w:footerReference")
                .attr("w:type", "first")
                .attr("r:id", "rId7")
                .end();
        w.start("w:pgSz")
                .attr("w:w", Units.twips(brand.pageSize().widthMm()))
                .attr("w:h", Units.twips(brand.pageSize().heightMm()))
                .end();
        w.start("w:pgMar")
                .attr("w:top", Units.twips(m.top()))
                .attr("w:right", Units.twips(m.right()))
                .attr("w:bottom", Units.twips(m.bottom()))
                .attr("w:left", Units.twips(m.left()))
                .attr("w:header", Units.twips(edgeDistance(m.top())))
                .attr("w:footer", Units.twips(edgeDistance(m.bottom())))
                .attr("w:gutter", 0)
                .end();
        w.empty("w:cols", "w:space", "720");
        w.empty("w:titlePg");
        w.empty("w:docGrid", "w:linePitch", "360");
        w.end();
        return w.toString();
    }

    /** How far the header (footer) sits from the page edge: half the margin, at most 12.7 mm. */
    private static double edgeDistance(double marginMm) {
        return Math.min(12.7, marginMm / 2);
    }

    private static String logoParagraph(Logo logo, String brandName, XmlWriter w) {
        String name = "logo." + logo.extension();
        w.start("w:p")
                .start("w:pPr")
                .empty("w:pStyle", "w:val", Styles.LETTERHEAD_LOGO)
                .end();
        w.start("w:r").start("w:drawing");
        w.start("wp:inline").attr("distT", 0).attr("distB", 0).attr("distL", 0).attr("distR", 0);
        w.start("wp:extent")
                .attr("cx", logo.widthEmu())
                .attr("cy", logo.heightEmu())
                .end();
        w.start("wp:effectExtent")
                .attr("l", 0)
                .attr("t", 0)
                .attr("r", 0)
                .attr("b", 0)
                .end();
        w.start("wp:docPr")
                .attr("id", 1)
                .attr("name", "Logo")
                .attr("descr", w.clean(brandName) + " logo")
                .end();
        w.start("wp:cNvGraphicFramePr")
                .start("a:graphicFrameLocks")
                .attr("noChangeAspect", 1)
                .end()
                .end();
        w.start("a:graphic").start("a:graphicData").attr("uri", Ns.PIC);
        w.start("pic:pic");
        w.start("pic:nvPicPr");
        w.start("pic:cNvPr").attr("id", 0).attr("name", name).end();
        w.empty("pic:cNvPicPr");
        w.end();
        w.start("pic:blipFill");
        w.start("a:blip").attr("r:embed", LOGO_REL).end();
        w.start("a:stretch").empty("a:fillRect").end();
        w.end();
        w.start("pic:spPr");
        w.start("a:xfrm");
        w.start("a:off").attr("x", 0).attr("y", 0).end();
        w.start("a:ext")
                .attr("cx", logo.widthEmu())
                .attr("cy", logo.heightEmu())
                .end();
        w.end();
        w.start("a:prstGeom").attr("prst", "rect").empty("a:avLst").end();
        w.end();
        w.end();
        w.end().end();
        w.end();
        w.end().end();
        w.end();
        return w.toString();
    }
}
