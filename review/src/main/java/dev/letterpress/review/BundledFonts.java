package dev.letterpress.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * A PDFBox font mapper that never looks at the machine's fonts: every font a PDF names without
 * embedding it is read with the Liberation Sans that PDFBox bundles. Reading text needs the
 * characters, not the glyphs' shapes; this keeps a review from scanning the system's fonts (seconds)
 * and from writing PDFBox's font cache ({@code ~/.pdfbox.cache}), and makes it the same on every
 * machine.
 */
final class BundledFonts implements FontMapper {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String PDFBOX_DEFAULT = "org.apache.pdfbox.pdmodel.font.FontMapperImpl";

    private final TrueTypeFont font;

    private BundledFonts() {
        try (InputStream in = FontMapper.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox no longer bundles " + FONT);
            }
            font = new TTFParser().parse(new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PDFBox's bundled font " + FONT, e);
        }
    }

    /**
     * Installs the mapper unless the application has set its own with {@link FontMappers#set}: an
     * application that chose how PDFBox finds fonts keeps its choice.
     */
    static synchronized void install() {
        if (FontMappers.instance().getClass().getName().equals(PDFBOX_DEFAULT)) {
            FontMappers.set(new BundledFonts());
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font, false);
    }
}
