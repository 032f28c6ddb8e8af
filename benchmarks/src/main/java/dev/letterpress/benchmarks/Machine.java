package dev.letterpress.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The facts of the machine a run was made on, recorded beside its numbers. */
final class Machine {
    private Machine() {}

    /** Cores, CPU, memory, JDK, OS, load average and the time of the run. */
    static Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("cores", Runtime.getRuntime().availableProcessors());
        facts.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        facts.put("memory", firstValue(Path.of("/proc/meminfo"), "MemTotal"));
        facts.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        facts.put(
                "os",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        facts.put("loadAverageAtStart", read(Path.of("/proc/loadavg")));
        facts.put("started", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return facts;
    }

    private static String firstValue(Path file, String key) {
        for (String line : lines(file)) {
            if (line.startsWith(key)) {
                return line.substring(line.indexOf(':') + 1).strip();
            }
        }
        return "unknown";
    }

    private static String read(Path file) {
        List<String> lines = lines(file);
        return lines.isEmpty() ? "unknown" : lines.get(0).strip();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.isReadable(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
