package dev.letterpress.benchmarks;

import dev.letterpress.compose.Composition;
import dev.letterpress.model.Letter;
import dev.letterpress.review.Review;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Letterpress's own stages through the public façade, one letter per call, each call a different
 * posting: compose; the fact check of a composed letter; compose with provenance and fact check;
 * render a composed letter as DOCX; as PDF; review it; and compose then render
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
     * Runs the fact check on one composed letter, as a batch does for every row.
     *
     * @param f the shared pipeline and inputs
     * @param t this thread's rotation
     * @return the findings (none)
     */
    @Benchmark
    public List<String> factCheck(Fixture f, Turn t) {
        int i = t.next();
        return f.letterpress.composer().factCheck(f.letters[i], f.candidate, f.jobs[i]);
    }

    /**
     * Composes one letter with its sentences' sources and its fact check, as {@code generate
     * --explain} and the library's {@code Composer.composition} do.
     *
     * @param f the shared pipeline and inputs
     * @param t this thread's rotation
     * @return the composition
     */
    @Benchmark
    public Composition composition(Fixture f, Turn t) {
        return f.letterpress.composer().composition(f.candidate, f.jobs[t.next()], null);
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
