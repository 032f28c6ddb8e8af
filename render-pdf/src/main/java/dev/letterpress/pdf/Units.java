package dev.letterpress.pdf;

/** Converts lengths to PDF points (1/72 inch). */
final class Units {
    private Units() {
    }

    /**
     * @param mm millimetres
     * @return points
     */
    static float mm(double mm) {
        return (float) (mm * 72 / 25.4);
    }
}
