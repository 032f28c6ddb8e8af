package dev.letterpress.typeset;

/**
 * Conversions from the design's units (millimetres, points) to the units the formats measure in:
 * PDF points, OOXML twips, half-points and English Metric Units.
 */
public final class Units {
    /** English Metric Units per millimetre (DrawingML). */
    public static final long EMU_PER_MM = 36_000;

    private Units() {}

    /**
     * PDF points (1/72 inch).
     *
     * @param mm millimetres
     * @return points
     */
    public static float points(double mm) {
        return (float) (mm * 72 / 25.4);
    }

    /**
     * Twentieths of a point, the unit of page sizes, margins and indents.
     *
     * @param mm millimetres
     * @return twips, rounded
     */
    public static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    /**
     * Twentieths of a point, the unit of paragraph spacing.
     *
     * @param points points
     * @return twips, rounded
     */
    public static int pointTwips(double points) {
        return (int) Math.round(points * 20);
    }

    /**
     * Half-points, the unit of font sizes.
     *
     * @param points points
     * @return half-points, rounded
     */
    public static int halfPoints(double points) {
        return (int) Math.round(points * 2);
    }

    /**
     * Eighths of a point, the unit of border widths.
     *
     * @param points points
     * @return eighth-points, rounded
     */
    public static int eighthPoints(double points) {
        return (int) Math.round(points * 8);
    }

    /**
     * English Metric Units, the unit of drawing sizes.
     *
     * @param mm millimetres
     * @return EMUs, rounded
     */
    public static long emu(double mm) {
        return Math.round(mm * EMU_PER_MM);
    }

    /**
     * Converts EMUs to twips.
     *
     * @param emu English Metric Units
     * @return twips, rounded
     */
    public static int emuToTwips(long emu) {
        return (int) Math.round(emu / 635.0);
    }
}
