package dev.letterpress.model;

/**
 * Page margins in millimetres.
 *
 * @param top    0–100 mm
 * @param right  0–100 mm
 * @param bottom 0–100 mm
 * @param left   0–100 mm
 */
public record Margins(double top, double right, double bottom, double left) {
    /** The largest margin accepted, in millimetres. */
    public static final double MAX_MM = 100;

    /**
     * Validates the margins.
     *
     * @param top    0–100 mm
     * @param right  0–100 mm
     * @param bottom 0–100 mm
     * @param left   0–100 mm
     * @throws IllegalArgumentException naming every margin that is negative, above
     *                                  {@value #MAX_MM} mm or not a finite number
     */
    public Margins {
        Validation v = new Validation("Margins");
        check(v, "top", top);
        check(v, "right", right);
        check(v, "bottom", bottom);
        check(v, "left", left);
        v.check();
    }

    /**
     * The same margin on every side.
     *
     * @param mm the margin in millimetres
     * @return the margins
     */
    public static Margins all(double mm) {
        return new Margins(mm, mm, mm, mm);
    }

    static String problem(double mm) {
        return Double.isFinite(mm) && mm >= 0 && mm <= MAX_MM ? null : "must be between 0 and " + (int) MAX_MM + " mm";
    }

    private static void check(Validation v, String side, double mm) {
        String problem = problem(mm);
        if (problem != null) {
            v.add(side, " ", problem, Double.toString(mm));
        }
    }
}
