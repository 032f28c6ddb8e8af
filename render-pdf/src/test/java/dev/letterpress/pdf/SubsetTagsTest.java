package dev.letterpress.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.model.Brand;
import org.junit.jupiter.api.Test;

/** Issue 12: the subset-tag generator never stays on a thread after a render. */
class SubsetTagsTest {
    @Test
    void leavesNothingOnTheThreadAfterARender() {
        Pdfs.render(PdfRenderer.create(Brand.defaults()), Letters.typical());

        assertThat(SubsetTags.active()).isFalse();
    }

    @Test
    void leavesNothingOnTheThreadWhenTheWorkFails() {
        assertThatThrownBy(() -> SubsetTags.during(1, () -> {
                    throw new IllegalStateException("layout failed");
                }))
                .hasMessage("layout failed");

        assertThat(SubsetTags.active()).isFalse();
    }

    @Test
    void aTagDrawnOutsideARenderLeavesNothingOnTheThread() {
        double first = SubsetTags.INSTANCE.nextDouble();

        assertThat(SubsetTags.active()).isFalse();
        assertThat(SubsetTags.INSTANCE.nextDouble()).isEqualTo(first);
    }

    @Test
    void restoresTheOuterGeneratorAfterANestedRender() {
        double[] inner = new double[1];
        double outer = SubsetTags.during(7, () -> {
            SubsetTags.during(8, () -> inner[0] = SubsetTags.INSTANCE.nextDouble());
            return SubsetTags.INSTANCE.nextDouble();
        });

        assertThat(outer).isEqualTo(new java.util.Random(7).nextDouble());
        assertThat(inner[0]).isEqualTo(new java.util.Random(8).nextDouble());
        assertThat(SubsetTags.active()).isFalse();
    }
}
