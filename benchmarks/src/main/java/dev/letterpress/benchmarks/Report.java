package dev.letterpress.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The readable form of a run: Markdown tables of the benchmarks, the batch, the sizes and the targets. */
final class Report {
    private Report() {}

    static String markdown(
            Map<String, Object> machine,
            List<Map<String, Object>> results,
            Map<String, Double> facts,
            List<Map<String, Object>> targets,
            boolean quick) {
        StringBuilder md = new StringBuilder();
        md.append("# Letterpress benchmarks (").append(quick ? "quick" : "full").append(" run)\n\n");
        md.append("Machine: ")
                .append(machine.get("cores"))
                .append(" cores (")
                .append(machine.get("cpu"))
                .append("), ")
                .append(machine.get("memory"))
                .append(", ")
                .append(machine.get("jdk"))
                .append(", ")
                .append(machine.get("os"))
                .append("; load average at start ")
                .append(machine.get("loadAverageAtStart"))
                .append("; started ")
                .append(machine.get("started"))
                .append(".\n\n");
        md.append("## One letter (JMH, throughput; ms/letter = threads × 1000 / ops/s;"
                + " CPU ms/letter = the fork's CPU time / operations)\n\n");
        md.append(
                "| benchmark | kind | threads | ops/s | ± | ms/letter | CPU ms/letter | bytes/letter | alloc/op | peak RSS MB |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, Object> r : results) {
            if ("batch".equals(r.get("kind"))) {
                continue;
            }
            md.append("| ")
                    .append(r.get("name"))
                    .append(" | ")
                    .append(r.get("kind"))
                    .append(" | ")
                    .append(r.get("threads"))
                    .append(" | ")
                    .append(number(r.get("score"), 1))
                    .append(" | ")
                    .append(number(r.get("scoreError"), 1))
                    .append(" | ")
                    .append(number(r.get("msPerLetter"), 3))
                    .append(" | ")
                    .append(number(r.get("cpuMsPerLetter"), 3))
                    .append(" | ")
                    .append(bytes(r.get("bytesPerLetter")))
                    .append(" | ")
                    .append(bytes(r.get("allocBytesPerOp")))
                    .append(" | ")
                    .append(number(r.get("peakMemoryMb"), 0))
                    .append(" |\n");
        }
        md.append("\n## Whole batch (child JVM, -Xmx256m, DOCX + PDF + review per row)\n\n");
        md.append(
                "| rows | threads | letters/s | CPU ms/row | MB written/s | seconds | ok | peak heap MB | peak RSS MB |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, Object> r : results) {
            if (!"batch".equals(r.get("kind"))) {
                continue;
            }
            md.append("| ")
                    .append(r.get("rows"))
                    .append(" | ")
                    .append(r.get("threads"))
                    .append(" | ")
                    .append(number(r.get("score"), 1))
                    .append(" | ")
                    .append(number(r.get("cpuMsPerRow"), 2))
                    .append(" | ")
                    .append(number(r.get("mbWrittenPerSecond"), 1))
                    .append(" | ")
                    .append(number(r.get("seconds"), 1))
                    .append(" | ")
                    .append(r.get("ok"))
                    .append(" | ")
                    .append(number(r.get("peakHeapMb"), 0))
                    .append(" | ")
                    .append(number(r.get("peakRssMb"), 0))
                    .append(" |\n");
        }
        md.append("\n## Sizes and pages of the sample letter (")
                .append(number(facts.get("letterWords"), 0))
                .append(" words)\n\n");
        for (Map.Entry<String, Double> e : facts.entrySet()) {
            md.append("- ")
                    .append(e.getKey())
                    .append(": ")
                    .append(number(e.getValue(), 0))
                    .append('\n');
        }
        md.append("\n## Targets\n\n| target | goal | measured | met |\n|---|---|---:|---|\n");
        for (Map<String, Object> t : targets) {
            md.append("| ")
                    .append(t.get("target"))
                    .append(" | ")
                    .append(t.get("goal"))
                    .append(" | ")
                    .append(number(t.get("value"), 3))
                    .append(" | ")
                    .append(Boolean.TRUE.equals(t.get("met")) ? "yes" : "**no**")
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String number(Object value, int decimals) {
        if (!(value instanceof Number n)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", n.doubleValue());
    }

    private static String bytes(Object value) {
        if (!(value instanceof Number n)) {
            return "–";
        }
        double b = n.doubleValue();
        return b >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", b / 1048576)
                : b >= 1024 ? String.format(Locale.ROOT, "%.1f KB", b / 1024) : String.format(Locale.ROOT, "%.0f B", b);
    }
}
