package dev.letterpress.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Brand;
import dev.letterpress.model.Letter;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;

/**
 * Word refuses documents whose elements break the WordprocessingML schema (for instance
 * paragraph properties in the wrong order), so the parts are validated against the schema
 * types that Apache POI ships.
 */
class WordSchemaTest {

    @Test
    void writesDocumentHeadersAndFootersThatMatchTheWordSchema() throws Exception {
        DocxRenderer branded = DocxRenderer.create(SampleLetters.brand());
        for (Letter letter : List.of(SampleLetters.standard(), SampleLetters.hostile(), SampleLetters.longLetter())) {
            DocxParts docx = DocxParts.of(branded, letter);
            assertThat(errors(DocumentDocument.Factory.parse(in(docx, BrandParts.DOCUMENT))))
                    .isEmpty();
            assertThat(errors(HdrDocument.Factory.parse(in(docx, BrandParts.FIRST_HEADER))))
                    .isEmpty();
            assertThat(errors(HdrDocument.Factory.parse(in(docx, BrandParts.RUNNING_HEADER))))
                    .isEmpty();
            assertThat(errors(FtrDocument.Factory.parse(in(docx, BrandParts.FIRST_FOOTER))))
                    .isEmpty();
            assertThat(errors(FtrDocument.Factory.parse(in(docx, BrandParts.RUNNING_FOOTER))))
                    .isEmpty();
        }
        DocxParts plain = DocxParts.of(DocxRenderer.create(Brand.defaults()), SampleLetters.minimal());
        assertThat(errors(DocumentDocument.Factory.parse(in(plain, BrandParts.DOCUMENT))))
                .isEmpty();
        assertThat(errors(FtrDocument.Factory.parse(in(plain, BrandParts.RUNNING_FOOTER))))
                .isEmpty();
    }

    private static ByteArrayInputStream in(DocxParts docx, String part) {
        return new ByteArrayInputStream(docx.part(part));
    }

    private static List<String> errors(XmlObject xml) {
        List<XmlError> errors = new ArrayList<>();
        xml.validate(new XmlOptions().setErrorListener(errors));
        List<String> messages = new ArrayList<>();
        for (XmlError e : errors) {
            messages.add(e.getMessage());
        }
        return messages;
    }
}
