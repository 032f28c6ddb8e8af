package dev.letterpress.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ReproducibleTest {
    private static final String RANDOM = "0123456789abcdef0123456789abcdef";
    private static final String ZEROS = "0".repeat(32);

    @Test
    void writesTheDigestOfTheFileWithAZeroIdIntoBothHalvesOfTheTrailersId() throws Exception {
        String body = "%PDF-1.7\n1 0 obj\n(text that says /ID but is no id)\nendobj\n";
        String trailer = "trailer\n<</Size 2/ID [<" + RANDOM + "><" + RANDOM + ">]>>\n%%EOF\n";
        byte[] pdf = (body + trailer).getBytes(StandardCharsets.US_ASCII);

        Reproducible.fixDocumentId(pdf);

        byte[] zeroed = (body + trailer.replace(RANDOM, ZEROS)).getBytes(StandardCharsets.US_ASCII);
        String digest =
                HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(zeroed));
        assertThat(new String(pdf, StandardCharsets.US_ASCII))
                .isEqualTo(body + "trailer\n<</Size 2/ID [<" + digest + "><" + digest + ">]>>\n%%EOF\n");
    }

    @Test
    void takesTheLastIdOfAnUpdatedFile() {
        String first = "trailer\n<</ID [<" + RANDOM + "><" + RANDOM + ">]>>\n";
        String last = "trailer\n<</ID [<" + RANDOM.toUpperCase() + "><" + RANDOM.toUpperCase() + ">]>>\n%%EOF\n";
        byte[] pdf = ("%PDF-1.7\n" + first + last).getBytes(StandardCharsets.US_ASCII);

        Reproducible.fixDocumentId(pdf);

        String fixed = new String(pdf, StandardCharsets.US_ASCII);
        assertThat(fixed).contains(first).doesNotContain(RANDOM.toUpperCase());
    }

    @Test
    void rejectsAFileWithoutATrailerId() {
        byte[] pdf = "%PDF-1.7\n/ID (not a pair)\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> Reproducible.fixDocumentId(pdf))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("OpenPDF wrote no /ID [<32 hex><32 hex>] entry in the trailer");
    }
}
