package dev.letterpress.benchmarks;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.data.Numberings;
import com.deepoove.poi.data.ParagraphRenderData;
import com.deepoove.poi.data.Paragraphs;
import com.deepoove.poi.data.Texts;
import com.deepoove.poi.data.style.Style;
import com.deepoove.poi.policy.ParagraphRenderPolicy;
import dev.letterpress.model.Brand;
import dev.letterpress.model.Inline;
import dev.letterpress.model.Letter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark letter the way poi-tl users make it: a DOCX template with a tag per paragraph and
 * per list, compiled and rendered with the letter's data for every letter. The template and the
 * configuration are made once ({@link #PoiTlLetter}); {@link #write} is the per-letter cost.
 */
final class PoiTlLetter {
    private final byte[] template;
    private final Configure config;
    private final Brand brand;
    private final String shape;

    /**
     * Builds the template for letters shaped like {@code sample} and binds its paragraph tags.
     *
     * @param sample a letter of the shape every letter will have
     * @param brand  the brand
     * @param logo   the logo's PNG bytes, placed in the template
     */
    PoiTlLetter(Letter sample, Brand brand, byte[] logo) {
        this.template = PoiLetter.template(sample, brand, logo);
        this.brand = brand;
        this.shape = Slots.shape(sample);
        ConfigureBuilder builder = Configure.builder();
        ParagraphRenderPolicy paragraphs = new ParagraphRenderPolicy();
        for (Slots.Slot slot : slots(sample)) {
            if (!slot.list() && !slot.fixed()) {
                builder.bind(slot.key(), paragraphs);
            }
        }
        this.config = builder.build();
    }

    /** @return the template's size in bytes */
    int templateSize() {
        return template.length;
    }

    /**
     * Compiles the template, renders the letter into it and writes the DOCX.
     *
     * @param letter a letter of the template's shape
     * @param out    where the document goes; not closed
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when the letter's shape differs from the template's
     */
    void write(Letter letter, OutputStream out) throws IOException {
        XWPFTemplate filled =
                XWPFTemplate.compile(new ByteArrayInputStream(template), config).render(data(letter));
        filled.write(out);
        filled.close();
    }

    /** Checks that a letter fits the template, once in setup rather than per letter. */
    void check(Letter letter) {
        if (!Slots.shape(letter).equals(shape)) {
            throw new IllegalArgumentException(
                    "the letter for " + letter.recipient().company() + " has another shape than the template: "
                            + Slots.shape(letter) + " vs " + shape);
        }
    }

    private List<Slots.Slot> slots(Letter letter) {
        List<Slots.Slot> slots = new ArrayList<>(Slots.letterhead(letter));
        slots.addAll(Slots.body(letter, brand.locale()));
        return slots;
    }

    private Map<String, Object> data(Letter letter) {
        Map<String, Object> data = new HashMap<>();
        for (Slots.Slot slot : slots(letter)) {
            if (slot.fixed()) {
                continue;
            }
            Style style = style(slot.look());
            if (slot.list()) {
                Numberings.NumberingBuilder list = Numberings.ofBullet();
                for (List<Inline> item : slot.items()) {
                    list.addItem(paragraph(item, style));
                }
                data.put(slot.key(), list.create());
            } else {
                data.put(slot.key(), paragraph(slot.runs(), style));
            }
        }
        return data;
    }

    private ParagraphRenderData paragraph(List<Inline> runs, Style style) {
        Paragraphs.ParagraphBuilder p = Paragraphs.of().defaultTextStyle(style);
        for (Inline inline : runs) {
            if (inline instanceof Inline.Link link) {
                p.addText(Texts.of(link.text()).link(link.href()).create());
            } else {
                Inline.Text text = (Inline.Text) inline;
                Texts.TextBuilder t = Texts.of(text.text());
                if (text.bold()) {
                    t.bold();
                }
                if (text.italic()) {
                    t.italic();
                }
                p.addText(t.create());
            }
        }
        return p.create();
    }

    private Style style(Slots.Look look) {
        int rgb = Slots.rgb(look, brand);
        Style.StyleBuilder s = Style.builder()
                .buildFontFamily("Liberation Sans")
                .buildFontSize(look.size)
                .buildColor(String.format(Locale.ROOT, "%06X", rgb));
        if (look.bold) {
            s.buildBold();
        }
        return s.build();
    }
}
