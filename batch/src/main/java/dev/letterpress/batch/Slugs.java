package dev.letterpress.batch;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes file-name slugs: lower-case ASCII, {@code [a-z0-9-]}, accents folded, at most
 * {@value #MAX_LENGTH} characters, never empty, never a Windows device name.
 *
 * <pre>{@code
 * Slugs.slug("Zoë Łukasiewicz-Núñez")   // "zoe-lukasiewicz-nunez"
 * Slugs.slug("../../etc/passwd")        // "etc-passwd"
 * Slugs.slug("CON")                     // "con-x"
 * }</pre>
 */
public final class Slugs {
    /** The longest slug. */
    public static final int MAX_LENGTH = 60;
    /** What an input without any letter or digit becomes. */
    public static final String EMPTY = "untitled";

    private static final Map<Character, String> UNDECOMPOSABLE = Map.ofEntries(
            Map.entry('ß', "ss"),
            Map.entry('ł', "l"),
            Map.entry('ø', "o"),
            Map.entry('æ', "ae"),
            Map.entry('œ', "oe"),
            Map.entry('đ', "d"),
            Map.entry('ð', "d"),
            Map.entry('þ', "th"),
            Map.entry('ı', "i"),
            Map.entry('ħ', "h"),
            Map.entry('ŀ', "l"),
            Map.entry('ŧ', "t"),
            Map.entry('&', "-and-"),
            Map.entry('+', "-plus-"));
    private static final Set<String> DEVICE_NAMES = Set.of(
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1",
            "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private Slugs() {}

    /**
     * The slug of a text.
     *
     * @param text any text, may be null
     * @return the slug; {@value #EMPTY} when the text has no letter or digit
     */
    public static String slug(String text) {
        if (text == null) {
            return EMPTY;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String replacement = UNDECOMPOSABLE.get(c);
            folded.append(replacement != null ? replacement : String.valueOf(c));
        }
        String ascii = Normalizer.normalize(folded, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder slug = new StringBuilder(Math.min(ascii.length(), MAX_LENGTH + 1));
        boolean dash = false;
        for (int i = 0; i < ascii.length() && slug.length() <= MAX_LENGTH; i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        String result = slug.length() > MAX_LENGTH ? cut(slug.toString()) : slug.toString();
        if (result.isEmpty()) {
            return EMPTY;
        }
        return DEVICE_NAMES.contains(result) ? result + "-x" : result;
    }

    /** Cuts to the limit, at a dash when one is near, without a trailing dash. */
    private static String cut(String slug) {
        String cut = slug.substring(0, MAX_LENGTH);
        int dash = cut.lastIndexOf('-');
        if (dash >= MAX_LENGTH - 15) {
            cut = cut.substring(0, dash);
        }
        while (cut.endsWith("-")) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut;
    }
}
