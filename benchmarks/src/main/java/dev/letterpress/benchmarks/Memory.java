package dev.letterpress.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This JVM's memory as the operating system and the heap see it: the peak resident set size
 * (Linux's {@code VmHWM}) and the highest heap use seen by a background sampler.
 *
 * <pre>{@code
 * Memory.HeapSampler heap = Memory.sampleHeap();
 * ... work ...
 * long peakHeap = heap.stop();
 * long peakRss = Memory.peakRss();
 * }</pre>
 */
public final class Memory {
    private Memory() {}

    /**
     * The most memory this process has held resident so far.
     *
     * @return bytes, or -1 where {@code /proc/self/status} does not exist (not Linux)
     */
    public static long peakRss() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    String kb =
                            line.substring("VmHWM:".length()).replace("kB", "").strip();
                    return Long.parseLong(kb) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /**
     * Starts a daemon thread that reads the heap's use every 10 ms.
     *
     * @return the running sampler
     */
    public static HeapSampler sampleHeap() {
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    /** Samples heap use until stopped; see {@link Memory#sampleHeap()}. */
    public static final class HeapSampler {
        private final MemoryMXBean bean = ManagementFactory.getMemoryMXBean();
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peak;

        private HeapSampler() {
            thread = new Thread(this::loop, "heap-sampler");
            thread.setDaemon(true);
        }

        private void loop() {
            while (running) {
                peak = Math.max(peak, bean.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /**
         * Stops sampling.
         *
         * @return the highest heap use seen, in bytes
         */
        public long stop() {
            running = false;
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Math.max(peak, bean.getHeapMemoryUsage().getUsed());
        }
    }
}
