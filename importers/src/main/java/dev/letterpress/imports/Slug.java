package dev.letterpress.imports;

import java.text.Normalizer;
import java.util.Locale;

/** An id made from a name: lower-case ASCII letters, digits and hyphens. */
final class Slug {
    private Slug() {}

    static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug =
                folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "candidate" : slug;
    }
}
