package dev.letterpress.pdf;

import java.security.SecureRandom;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Makes the six-letter tags of embedded font subsets ({@code ABCDEF+LiberationSans}) repeatable.
 * OpenPDF draws them from a {@link SecureRandom}, so the same letter would give different bytes
 * on every run. Every font this module creates uses {@link #INSTANCE}, whose
 * {@link #nextDouble()} comes from a generator seeded, for the duration of one
 * {@link #during(long, Supplier)} call on the current thread, by the document's content. Fonts are
 * written in the order the document first used them, so the tags are the same for the same
 * letter and differ between letters, as ISO 32000 asks of different subsets. The generator is
 * removed from the thread when the call ends, however it ends.
 */
final class SubsetTags extends SecureRandom {
    private static final long serialVersionUID = 1L;

    /** The generator every font of this module uses. */
    static final SubsetTags INSTANCE = new SubsetTags();

    private static final ThreadLocal<Random> CURRENT = new ThreadLocal<>();

    private SubsetTags() {}

    /**
     * Runs {@code work} with tags drawn from a generator seeded with {@code seed}.
     *
     * @param seed the document's seed
     * @param work what writes the document
     * @param <T>  what it returns
     * @return what {@code work} returned
     */
    static <T> T during(long seed, Supplier<T> work) {
        Random previous = CURRENT.get();
        CURRENT.set(new Random(seed));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /**
     * Whether a render is under way on this thread.
     *
     * @return true inside {@link #during(long, Supplier)}
     */
    static boolean active() {
        return CURRENT.get() != null;
    }

    @Override
    public double nextDouble() {
        Random current = CURRENT.get();
        // a font written outside a render (never by this module): still no randomness, and nothing
        // left behind on the thread (a pooled thread would keep it for its life)
        return current == null ? new Random(0).nextDouble() : current.nextDouble();
    }
}
