package dev.letterpress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Zoë Łukasiewicz-Núñez     | zoe-lukasiewicz-nunez
            Søren Ågård               | soren-agard
            Straße & Co. KG           | strasse-and-co-kg
            ../../etc/passwd          | etc-passwd
            /etc/passwd               | etc-passwd
            C:\\Windows\\System32     | c-windows-system32
            CON                       | con-x
            lpt1                      | lpt1-x
            李小龍                     | untitled
            '   '                     | untitled
            Senior Backend Engineer (Python/AWS) | senior-backend-engineer-python-aws
            AT&T                      | at-and-t
            C++ Developer             | c-plus-plus-developer
            """)
    void makesSafeLowerCaseAsciiSlugs(String text, String slug) {
        assertThat(Slugs.slug(text)).isEqualTo(slug);
    }

    @Test
    void cutsLongTextAtAWordBoundaryWithinTheLimit() {
        String slug = Slugs.slug(
                "Principal Distributed Systems Engineer for Payments Infrastructure and Reliability Platform");

        assertThat(slug).isEqualTo("principal-distributed-systems-engineer-for-payments");
        assertThat(Slugs.slug("x".repeat(500))).hasSize(Slugs.MAX_LENGTH);
    }

    @Test
    void neverEndsWithDashOrExceedsLimit() {
        for (int n = 1; n < 200; n++) {
            String slug = Slugs.slug("ab ".repeat(n));
            assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
        }
    }
}
