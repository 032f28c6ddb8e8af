package dev.letterpress.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports what each operation costs the machine rather than how long it took:
 * the fork's CPU time per operation (all its threads: the benchmark's, the JIT's and the garbage
 * collector's) and its peak resident set size. On a machine shared with other work, wall time
 * swings with the load while CPU time per operation stays put, so ratios of CPU time are the
 * steadier comparison. Use it as {@code -prof dev.letterpress.benchmarks.CostProfiler}.
 */
public final class CostProfiler implements InternalProfiler {
    /** The CPU time per operation, in milliseconds. */
    public static final String CPU = "cpu.ms.per.op";
    /** The peak resident set size of the fork, in MB (the maximum over iterations). */
    public static final String PEAK_RSS = "peak.rss";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuAtStart;

    /** JMH makes profilers through a public no-argument constructor. */
    public CostProfiler() {}

    @Override
    public String getDescription() {
        return "CPU time per operation (whole process) and peak resident set size (VmHWM)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result<?>> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        List<Result<?>> results = new ArrayList<>();
        long ops = result.getMetadata().getAllOps();
        long cpu = os.getProcessCpuTime() - cpuAtStart;
        if (ops > 0 && cpuAtStart >= 0) {
            results.add(new ScalarResult(CPU, cpu / 1e6 / ops, "ms/op", AggregationPolicy.AVG));
        }
        long rss = Memory.peakRss();
        if (rss >= 0) {
            results.add(new ScalarResult(PEAK_RSS, rss / (1024.0 * 1024.0), "MB", AggregationPolicy.MAX));
        }
        return results;
    }
}
