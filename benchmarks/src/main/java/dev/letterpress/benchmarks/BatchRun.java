package dev.letterpress.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.letterpress.Letterpress;
import dev.letterpress.batch.BatchResult;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole-batch benchmark's child process: runs the real batch pipeline (CSV → compose → DOCX +
 * PDF → review → files and manifest) once and prints one JSON line with its throughput and peak
 * memory; its CPU time per row counts the whole process (JVM start and JIT included). {@link Suite} starts it in a fresh JVM with {@code -Xmx256m}, so the peak resident set
 * size is this run's alone.
 *
 * <pre>
 * java -Xmx256m -cp CLASSPATH dev.letterpress.benchmarks.BatchRun APPLICATIONS.csv OUT THREADS
 * </pre>
 */
public final class BatchRun {
    private BatchRun() {}

    /** The number of threads, the third of the three arguments a child takes; exits 2 on a wrong count. */
    static int threads(String[] args, String name) {
        if (args.length != 3) {
            System.err.println("usage: " + name + " APPLICATIONS.csv OUT THREADS");
            System.exit(2);
        }
        return Integer.parseInt(args[2]);
    }

    /**
     * A child's measured line: rows, throughput, CPU per row (the whole process's CPU time) and
     * peak memory, from the run's start and its heap sampler.
     */
    static Map<String, Object> measured(
            long started, Memory.HeapSampler heap, long rows, long ok, long failed, int threads, long files) {
        double seconds = (System.nanoTime() - started) / 1e9;
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long peakHeap = heap.stop();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("rows", rows);
        line.put("ok", ok);
        line.put("failed", failed);
        line.put("threads", threads);
        line.put("seconds", seconds);
        line.put("lettersPerSecond", ok / seconds);
        line.put("cpuMsPerRow", rows == 0 ? 0 : cpu / 1e6 / rows);
        line.put("files", files);
        line.put("peakHeapMb", peakHeap / 1048576.0);
        line.put(
                "maxHeapMb",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1048576.0);
        line.put("peakRssMb", Memory.peakRss() / 1048576.0);
        return line;
    }

    /**
     * Runs one batch.
     *
     * @param args the applications CSV, the output folder and the number of threads
     * @throws Exception when the batch cannot run
     */
    public static void main(String[] args) throws Exception {
        int threads = threads(args, "BatchRun");
        Samples samples = Samples.find();
        Memory.HeapSampler heap = Memory.sampleHeap();
        long started = System.nanoTime();
        BatchResult result = Letterpress.builder()
                .brand(samples.brandFile())
                .date(Samples.DATE)
                .build()
                .batch()
                .applications(Path.of(args[0]))
                .candidates(samples.candidatesFolder())
                .out(Path.of(args[1]))
                .threads(threads)
                .build()
                .run();
        Map<String, Object> line =
                measured(started, heap, result.rows(), result.ok(), result.failed(), threads, result.files());
        line.put("bytes", result.bytes());
        line.put("mbWrittenPerSecond", result.bytes() / 1e6 / ((Number) line.get("seconds")).doubleValue());
        System.out.println(new ObjectMapper().writeValueAsString(line));
    }
}
