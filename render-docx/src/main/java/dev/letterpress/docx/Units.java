package dev.letterpress.docx;

/** Conversions from millimetres to the units OOXML measures in. */
final class Units {
    /** English Metric Units per millimetre (DrawingML). */
    static final long EMU_PER_MM = 36_000;

    private Units() {
    }

    /**
     * Twentieths of a point, the unit of page sizes, margins and indents.
     *
     * @param mm millimetres
     * @return twips, rounded
     */
    static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    /**
     * Twentieths of a point, the unit of paragraph spacing.
     *
     * @param points points
     * @return twips, rounded
     */
    static int pointTwips(double points) {
        return (int) Math.round(points * 20);
    }

    /**
     * Half-points, the unit of font sizes.
     *
     * @param points points
     * @return half-points, rounded
     */
    static int halfPoints(double points) {
        return (int) Math.round(points * 2);
    }

    /**
     * English Metric Units, the unit of drawing sizes.
     *
     * @param mm millimetres
     * @return EMUs, rounded
     */
    static long emu(double mm) {
        return Math.round(mm * EMU_PER_MM);
    }

    /**
     * Converts EMUs to twips.
     *
     * @param emu English Metric Units
     * @return twips, rounded
     */
    static int emuToTwips(long emu) {
        return (int) Math.round(emu / 635.0);
    }
}
