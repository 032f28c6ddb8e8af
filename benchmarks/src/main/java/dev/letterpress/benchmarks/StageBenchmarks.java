package dev.letterpress.benchmarks;

import dev.letterpress.model.Letter;
import dev.letterpress.review.Review;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Letterpress's own stages through the public façade, one letter per call, each call a different
 * posting: compose; render a composed letter as DOCX; as PDF; review it; and compose then render
 * both, which is the work of one batch row without the review and the file writes.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StageBenchmarks {

    /**
     * Composes one letter.
     *
     * @param f the shared pipeline and inputs
     * @param t this thread's rotation
     * @return the letter
     */
    @Benchmark
    public Letter compose(Fixture f, Turn t) {
        return f.letterpress.compose(f.candidate, f.jobs[t.next()]);
    }

    /**
     * Renders one composed letter as DOCX into memory.
     *
     * @param f the shared pipeline and inputs
     * @param t this thread's rotation and buffer
     * @return the document's size
     * @throws IOException never: the buffer is in memory
     */
    @Benchmark
    public int renderDocx(Fixture f, Turn t) throws IOException {
        f.letterpress.render(f.letters[t.next()], "docx", t.sink());
        return t.size();
    }

    /**
     * Renders one composed letter as PDF into memory.
     *
     * @param f the shared pipeline and inputs
     * @param t this thread's rotation and buffer
     * @return the document's size
     * @throws IOException never: the buffer is in memory
     */
    @Benchmark
    public int renderPdf(Fixture f, Turn t) throws IOException {
        f.letterpress.render(f.letters[t.next()], "pdf", t.sink());
        return t.size();
    }

    /**
     * Reviews one composed letter against its posting, as the batch does for every row's manifest.
     *
     * @param f the shared pipeline and inputs
     * @param t this thread's rotation
     * @return the review
     */
    @Benchmark
    public Review review(Fixture f, Turn t) {
        int i = t.next();
        return f.letterpress.review(f.letters[i], f.jobs[i]);
    }

    /**
     * Composes one letter and renders it as DOCX and as PDF.
     *
     * @param f the shared pipeline and inputs
     * @param t this thread's rotation and buffer
     * @return the two documents' sizes
     * @throws IOException never: the buffer is in memory
     */
    @Benchmark
    public int composeAndRender(Fixture f, Turn t) throws IOException {
        Letter letter = f.letterpress.compose(f.candidate, f.jobs[t.next()]);
        f.letterpress.render(letter, "docx", t.sink());
        int size = t.size();
        f.letterpress.render(letter, "pdf", t.sink());
        return size + t.size();
    }
}
