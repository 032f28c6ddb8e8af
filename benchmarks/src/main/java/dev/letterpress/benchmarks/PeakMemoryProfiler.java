package dev.letterpress.benchmarks;

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
 * A JMH profiler that reports the benchmark fork's peak resident set size after each iteration
 * (the maximum over iterations is kept). Every benchmark runs in its own fork, so this is the peak
 * memory of that benchmark's JVM: {@code -prof dev.letterpress.benchmarks.PeakMemoryProfiler}.
 */
public final class PeakMemoryProfiler implements InternalProfiler {
    /** The secondary result's name. */
    public static final String PEAK_RSS = "peak.rss";

    /** JMH makes profilers through a public no-argument constructor. */
    public PeakMemoryProfiler() {
    }

    @Override
    public String getDescription() {
        return "peak resident set size of the fork (VmHWM)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        // nothing: the peak is read after each iteration
    }

    @Override
    public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long rss = Memory.peakRss();
        return rss < 0 ? List.of() : List.of(new ScalarResult(PEAK_RSS, rss / (1024.0 * 1024.0), "MB", AggregationPolicy.MAX));
    }
}
