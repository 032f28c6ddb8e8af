package dev.letterpress.model;

import java.util.Locale;

/**
 * A colour as red, green and blue components, written {@code #RRGGBB} in brand files.
 *
 * @param red   0–255
 * @param green 0–255
 * @param blue  0–255
 */
public record RgbColor(int red, int green, int blue) {
    /**
     * Validates the components.
     *
     * @param red   0–255
     * @param green 0–255
     * @param blue  0–255
     * @throws IllegalArgumentException when a component is outside 0–255
     */
    public RgbColor {
        for (int c : new int[] {red, green, blue}) {
            if (c < 0 || c > 255) {
                throw new IllegalArgumentException("RgbColor components must be 0-255 (was " + c + ")");
            }
        }
    }

    /**
     * Parses {@code #RRGGBB} (either case).
     *
     * @param hex the text
     * @return the colour
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static RgbColor parse(String hex) {
        String problem = Checks.colorProblem(hex == null ? "" : hex.strip());
        if (hex == null || problem != null) {
            throw new IllegalArgumentException(
                    "RgbColor: " + Checks.colorProblem("") + " (was " + Checks.quote(hex) + ")");
        }
        int rgb = Integer.parseInt(hex.strip().substring(1), 16);
        return new RgbColor((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /**
     * The colour as six upper-case hex digits without {@code #}, as OOXML writes it.
     *
     * @return e.g. {@code "1F3A5F"}
     */
    public String hex() {
        return String.format(Locale.ROOT, "%02X%02X%02X", red, green, blue);
    }

    @Override
    public String toString() {
        return "#" + hex();
    }
}
