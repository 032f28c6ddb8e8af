package dev.letterpress.typeset;

import java.util.Locale;

/**
 * The kind of a font family, from its name: what both renderers fall back to when they do not
 * have the family itself (the DOCX names the core font of the class, the PDF embeds the bundled
 * family of the class).
 *
 * <pre>{@code
 * FontClass.of("Georgia");          // SERIF
 * FontClass.of("JetBrains Mono");   // MONO
 * }</pre>
 */
public enum FontClass {
    /** Sans-serif: Liberation Sans, Arial, Helvetica. */
    SANS,
    /** Serif: Liberation Serif, Times New Roman. */
    SERIF,
    /** Monospaced: Liberation Mono, Courier New. */
    MONO;

    private static final String[] SERIF_NAMES = {
        "serif",
        "times",
        "georgia",
        "garamond",
        "cambria",
        "merriweather",
        "palatino",
        "baskerville",
        "caslon",
        "lora",
        "playfair",
        "crimson",
        "book antiqua",
        "minion",
        "tinos"
    };
    private static final String[] MONO_NAMES = {"mono", "courier", "consolas", "code", "menlo", "cousine"};

    /**
     * The class of a family name: monospaced when the name says so ("mono", "courier" …), sans
     * when it says "sans", serif for the serif names ("serif", "times", "georgia" …), else sans.
     *
     * @param family a font family name; null is sans
     * @return the class
     */
    public static FontClass of(String family) {
        String key = family == null ? "" : family.strip().toLowerCase(Locale.ROOT);
        for (String mono : MONO_NAMES) {
            if (key.contains(mono)) {
                return MONO;
            }
        }
        if (key.contains("sans")) {
            return SANS;
        }
        for (String serif : SERIF_NAMES) {
            if (key.contains(serif)) {
                return SERIF;
            }
        }
        return SANS;
    }
}
