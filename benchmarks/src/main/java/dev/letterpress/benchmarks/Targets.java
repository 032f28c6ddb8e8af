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
    private Targets() {
    }

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
            Double ours = score(results, "renderDocx", threads);
            Double poiTl = score(results, "poiTlDocx", threads);
            Double poi = score(results, "poiDocx", threads);
            Double pdf = score(results, "renderPdf", threads);
            Double openPdf = score(results, "openPdf", threads);
            String at = " (" + threads + " thread" + (threads == 1 ? "" : "s") + ")";
            if (ours != null && poiTl != null) {
                add(targets, "DOCX time vs poi-tl" + at, "≤ 0.5×", poiTl / ours, poiTl / ours <= 0.5);
            }
            if (ours != null && poi != null) {
                add(targets, "DOCX time vs hand-built POI" + at, "≤ 1.0×", poi / ours, poi / ours <= 1.0);
            }
            if (pdf != null && openPdf != null) {
                add(targets, "PDF time vs hand-built OpenPDF" + at, "≤ 1.1×", openPdf / pdf, openPdf / pdf <= 1.1);
            }
        }
        Double pdf = score(results, "renderPdf", 1);
        Double libreOffice = score(results, "libreOfficeDocxToPdf", 1);
        if (pdf != null && libreOffice != null) {
            add(targets, "PDF speed-up over LibreOffice's conversion (1 thread)", "≥ 8×", pdf / libreOffice,
                    pdf / libreOffice >= 8);
        }
        Double ourBytes = facts.get("ourPdfBytes");
        Double theirBytes = facts.get("libreOfficePdfBytes");
        if (ourBytes != null && theirBytes != null) {
            add(targets, "PDF size vs LibreOffice's PDF of the same letter", "≤ 1.0×", ourBytes / theirBytes,
                    ourBytes <= theirBytes);
        }
        Double compose = score(results, "compose", 1);
        if (compose != null) {
            add(targets, "compose time per letter, ms (1 thread)", "< 0.5", 1000 / compose, 1000 / compose < 0.5);
        }
        Map<String, Object> small = batch(results, 5000, 2);
        if (small == null) {
            small = batch(results, 500, 2);
        }
        if (small != null) {
            double rate = ((Number) small.get("score")).doubleValue();
            add(targets, "batch of " + small.get("rows") + " rows, DOCX + PDF, 2 threads, rows/s", "≥ 150", rate, rate >= 150);
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
            add(targets, "peak RSS of " + large.get("rows") + " rows vs " + base.get("rows") + " rows in -Xmx256m", "≤ 1.15×",
                    ratio, all && ratio <= 1.15);
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

    static Double score(List<Map<String, Object>> results, String name, int threads) {
        for (Map<String, Object> r : results) {
            if (name.equals(r.get("name")) && Integer.valueOf(threads).equals(r.get("threads"))) {
                return ((Number) r.get("score")).doubleValue();
            }
        }
        return null;
    }

    private static Map<String, Object> batch(List<Map<String, Object>> results, int rows, int threads) {
        for (Map<String, Object> r : results) {
            if (("batch" + rows).equals(r.get("name")) && Integer.valueOf(threads).equals(r.get("threads"))) {
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
