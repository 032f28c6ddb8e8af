package dev.letterpress.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * One thread's place in the rotation of inputs, so that consecutive calls make different letters,
 * and its reusable output buffer (the batch also renders into memory before writing a file).
 */
@State(Scope.Thread)
public class Turn {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(128 * 1024);
    private int next;

    /** @return the index of the next input, cycling through {@value Samples#VARIANTS} */
    int next() {
        int i = next;
        next = (i + 1) % Samples.VARIANTS;
        return i;
    }

    /** @return the emptied buffer */
    OutputStream sink() {
        buffer.reset();
        return buffer;
    }

    /** @return how many bytes the buffer holds */
    int size() {
        return buffer.size();
    }
}
