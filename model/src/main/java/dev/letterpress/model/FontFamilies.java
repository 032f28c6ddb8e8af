package dev.letterpress.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The font families a brand may name: the two families bundled with Letterpress and the names
 * that stand for them (their metric twins and the generic names). Both renderers set text in
 * them; anything else is a font file ({@code font: fonts/Brand.ttf}). Loading a brand rejects
 * any other family name, naming these, instead of quietly setting the letter in Liberation Sans.
 *
 * <pre>{@code
 * FontFamilies.bundled("Arial");        // Optional[Liberation Sans]
 * FontFamilies.bundled("Comic Neue");   // Optional.empty
 * }</pre>
 */
public final class FontFamilies {
    /** The bundled sans-serif family. */
    public static final String SANS = "Liberation Sans";
    /** The bundled serif family. */
    public static final String SERIF = "Liberation Serif";

    private static final Map<String, List<String>> ALIASES = new LinkedHashMap<>();

    static {
        ALIASES.put(SANS, List.of("Arial", "Helvetica", "Arimo", "sans-serif", "sans"));
        ALIASES.put(SERIF, List.of("Times New Roman", "Times", "Tinos", "serif"));
    }

    private FontFamilies() {}

    /**
     * The bundled family a name stands for, ignoring case and surrounding space.
     *
     * @param name a family name, such as {@code "Times New Roman"}; null gives empty
     * @return {@link #SANS} or {@link #SERIF}, or empty for any other name
     */
    public static Optional<String> bundled(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<String>> family : ALIASES.entrySet()) {
            if (family.getKey().toLowerCase(Locale.ROOT).equals(key)
                    || family.getValue().stream()
                            .anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(key))) {
                return Optional.of(family.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * Every name a brand may give, bundled families first.
     *
     * @return the names, as written
     */
    public static List<String> names() {
        List<String> names = new ArrayList<>(ALIASES.keySet());
        ALIASES.values().forEach(names::addAll);
        return List.copyOf(names);
    }

    /**
     * The families on offer, for messages.
     *
     * @return {@code "Liberation Sans (or Arial, Helvetica, Arimo, sans-serif, sans), Liberation Serif (or …)"}
     */
    public static String offer() {
        List<String> parts = new ArrayList<>();
        ALIASES.forEach((family, aliases) -> parts.add(family + " (or " + String.join(", ", aliases) + ")"));
        return String.join(", ", parts);
    }
}
