package dev.letterpress.docx;

import java.util.Locale;
import java.util.Set;

/**
 * The document language of a brand: its tag for {@code w:lang} and the document properties, and
 * whether paragraphs run right to left.
 *
 * @param tag BCP 47 tag such as {@code en-US}
 * @param rtl whether the language is written right to left (Arabic, Hebrew, Persian, Urdu, …)
 * @param cjk whether the language is Chinese, Japanese or Korean
 */
record Language(String tag, boolean rtl, boolean cjk) {
    private static final Set<String> RTL =
            Set.of("ar", "he", "iw", "fa", "ur", "yi", "ji", "ps", "dv", "ug", "ckb", "sd");
    private static final Set<String> CJK = Set.of("zh", "ja", "ko");

    /**
     * The language of a locale.
     *
     * @param locale the brand's locale
     * @return the language
     */
    static Language of(Locale locale) {
        String language = locale.getLanguage();
        String tag = locale.toLanguageTag();
        return new Language("und".equals(tag) ? "en-US" : tag, RTL.contains(language), CJK.contains(language));
    }

    /**
     * Writes {@code <w:lang>}, naming the language in the slot Word reads for its script.
     *
     * @param w the writer, inside a {@code w:rPr}
     */
    void writeLang(XmlWriter w) {
        w.start("w:lang").attr("w:val", rtl || cjk ? "en-US" : tag);
        if (cjk) {
            w.attr("w:eastAsia", tag);
        }
        if (rtl) {
            w.attr("w:bidi", tag);
        }
        w.end();
    }
}
