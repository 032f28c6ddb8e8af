package dev.letterpress.docx;

/** The XML namespaces and relationship types of a Word package. */
final class Ns {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    static final String CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    static final String EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** Prefix of the officeDocument relationship types. */
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    static final String REL_CORE =
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

    private Ns() {}
}
