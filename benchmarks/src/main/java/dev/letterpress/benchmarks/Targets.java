package dev.letterpress.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The performance targets of the benchmarks' issue, checked against one run's results. Each is a
 * ratio between numbers measured in the same run (or an absolute bound where the issue gives one).
 */
final class Targets {
    private Targets() {}

    /**
     * Checks every target whose numbers the run has.
     *
     * @param results the run's benchmark entries
     * @param facts   sizes and pages measured beside them
     * @return one entry per target: name, goal, value, met
     */
    static List<Map<String, Object>> evaluate(List<Map<String, Object>> results, Map<String, Double> facts) {
        List<Map<String, Object>> targets = new ArrayList<>();
        for (int threads : new int[] {1, 2}) {
            String at = " (" + threads + " thread" + (threads == 1 ? "" : "s") + ")";
            ratio(targets, results, "DOCX time vs poi-tl" + at, "≤ 0.5×", "renderDocx", "poiTlDocx", threads, 0.5);
            ratio(
                    targets,
                    results,
                    "DOCX time vs hand-built POI" + at,
                    "≤ 1.0×",
                    "renderDocx",
                    "poiDocx",
                    threads,
                    1.0);
            ratio(
                    targets,
                    results,
                    "PDF time vs hand-built OpenPDF" + at,
                    "≤ 1.1×",
                    "renderPdf",
                    "openPdf",
                    threads,
                    1.1);
        }
        Map<String, Object> pdf = entry(results, "renderPdf", 1);
        Map<String, Object> libreOffice = entry(results, "libreOfficeDocxToPdf", 1);
        if (pdf != null && libreOffice != null) {
            String basis = basis(pdf, libreOffice);
            double speedUp = cost(libreOffice, basis) / cost(pdf, basis);
            add(targets, "PDF speed-up over LibreOffice's conversion, " + label(basis), "≥ 8×", speedUp, speedUp >= 8);
        }
        Double ourBytes = facts.get("ourPdfBytes");
        Double theirBytes = facts.get("libreOfficePdfBytes");
        if (ourBytes != null && theirBytes != null) {
            add(
                    targets,
                    "PDF size vs LibreOffice's PDF of the same letter",
                    "≤ 1.0×",
                    ourBytes / theirBytes,
                    ourBytes <= theirBytes);
        }
        Map<String, Object> compose = entry(results, "compose", 1);
        if (compose != null) {
            String basis = compose.get("cpuMsPerLetter") instanceof Number ? "cpuMsPerLetter" : "msPerLetter";
            double ms = cost(compose, basis);
            add(targets, "compose, ms per letter, " + label(basis) + " (1 thread)", "< 0.5", ms, ms < 0.5);
        }
        Map<String, Object> small = batch(results, 5000, 2);
        if (small == null) {
            small = batch(results, 500, 2);
        }
        if (small != null) {
            double rate = ((Number) small.get("score")).doubleValue();
            add(
                    targets,
                    "batch of " + small.get("rows") + " rows, DOCX + PDF, 2 threads, rows/s (wall)",
                    "≥ 150",
                    rate,
                    rate >= 150);
            if (small.get("cpuMsPerRow") instanceof Number cpu) {
                double bound = 2 * 1000 / cpu.doubleValue();
                add(
                        targets,
                        "same batch, rows/s two free cores would give (2000 / CPU ms per row)",
                        "≥ 150",
                        bound,
                        bound >= 150);
            }
        }
        Map<String, Object> large = batch(results, 50000, 2);
        Map<String, Object> base = batch(results, 5000, 2);
        if (large == null) {
            large = batch(results, 500, 2);
            base = batch(results, 100, 2);
        }
        if (large != null && base != null) {
            double ratio = rss(large) / rss(base);
            boolean all = ((Number) large.get("ok")).intValue() == ((Number) large.get("rows")).intValue();
            add(
                    targets,
                    "peak RSS of " + large.get("rows") + " rows vs " + base.get("rows") + " rows in -Xmx256m",
                    "≤ 1.15×",
                    ratio,
                    all && ratio <= 1.15);
        }
        Map<String, Object> huge = batch(results, 100000, 2);
        Map<String, Object> tenK = batch(results, 10000, 2);
        if (huge != null && tenK != null) {
            double ratio = rss(huge) / rss(tenK);
            boolean all = ((Number) huge.get("ok")).intValue() == ((Number) huge.get("rows")).intValue();
            add(targets, "peak RSS of 100000 rows vs 10000 rows in -Xmx256m", "≤ 1.15×", ratio, all && ratio <= 1.15);
        }
        return targets;
    }

    private static double rss(Map<String, Object> batch) {
        return ((Number) batch.get("peakRssMb")).doubleValue();
    }

    /** Ours against a baseline at the same thread count: the ratio of their costs per letter. */
    private static void ratio(
            List<Map<String, Object>> targets,
            List<Map<String, Object>> results,
            String name,
            String goal,
            String ours,
            String baseline,
            int threads,
            double limit) {
        Map<String, Object> a = entry(results, ours, threads);
        Map<String, Object> b = entry(results, baseline, threads);
        if (a == null || b == null) {
            return;
        }
        String basis = basis(a, b);
        double ratio = cost(a, basis) / cost(b, basis);
        add(targets, name + ", " + label(basis), goal, ratio, ratio <= limit);
    }

    /** CPU time where both sides have it (steady on a shared machine), else wall time. */
    private static String basis(Map<String, Object> a, Map<String, Object> b) {
        return a.get("cpuMsPerLetter") instanceof Number && b.get("cpuMsPerLetter") instanceof Number
                ? "cpuMsPerLetter"
                : "msPerLetter";
    }

    private static String label(String basis) {
        return "cpuMsPerLetter".equals(basis) ? "CPU time" : "wall time";
    }

    private static double cost(Map<String, Object> entry, String basis) {
        return ((Number) entry.get(basis)).doubleValue();
    }

    private static Map<String, Object> entry(List<Map<String, Object>> results, String name, int threads) {
        for (Map<String, Object> r : results) {
            if (name.equals(r.get("name")) && Integer.valueOf(threads).equals(r.get("threads"))) {
                return r;
            }
        }
        return null;
    }

    private static Map<String, Object> batch(List<Map<String, Object>> results, int rows, int threads) {
        for (Map<String, Object> r : results) {
            if (("batch" + rows).equals(r.get("name"))
                    && Integer.valueOf(threads).equals(r.get("threads"))) {
                return r;
            }
        }
        return null;
    }

    private static void add(List<Map<String, Object>> targets, String name, String goal, double value, boolean met) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("target", name);
        t.put("goal", goal);
        t.put("value", Math.round(value * 1000) / 1000.0);
        t.put("met", met);
        targets.add(t);
    }
}
