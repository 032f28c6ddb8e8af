package dev.letterpress.docx;

import dev.letterpress.model.Block;
import dev.letterpress.model.Brand;
import dev.letterpress.model.Inline;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Links;
import dev.letterpress.model.Recipient;
import dev.letterpress.model.Sender;
import dev.letterpress.model.Signature;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Letters and brands for the tests: a realistic letter that uses every node kind of the
 * {@link Letter} tree (heading, paragraph with plain, bold, italic and link runs, bullet list), a
 * minimal one, a hostile one (markup characters, emoji, CJK, Arabic, control characters) and a
 * long one that needs a second page.
 */
public final class SampleLetters {
    static final LocalDate DATE = LocalDate.of(2026, 11, 29);
    public static final String SUBJECT = "Senior Backend Developer | Python + AWS | Microservices at Scale";
    static final String GITHUB = "https://github.com/ada";
    static final String PROJECT = "https://github.com/ada/ledgerline";

    private SampleLetters() {}

    static Sender sender() {
        return new Sender(
                "Ada Lovelace",
                "Python backend specialist (6 years)",
                "ada@example.com",
                "+44 20 7946 0000",
                "London, UK",
                new Links(GITHUB, "https://www.linkedin.com/in/ada", null));
    }

    static Signature signature() {
        return new Signature("Ada Lovelace", "ada@example.com", "+44 20 7946 0000", GITHUB);
    }

    static Recipient recipient() {
        return new Recipient("Grace Hopper", "Acme Payments", "Senior Backend Developer", "Berlin, Germany", "BE-2291");
    }

    /** The brand with the Northwind logo from the test resources. */
    public static Brand brand() {
        return Brand.defaults().toBuilder()
                .name("Northwind Code Academy")
                .logo(resource("logo.png"))
                .footer("Northwind Code Academy \u00B7 Career Services \u00B7 careers@northwind.example")
                .build();
    }

    static Path resource(String name) {
        try {
            java.net.URL url = SampleLetters.class.getResource("/" + name);
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            // read from this module's test jar (the review module's tests): copy out to a file
            Path copy = java.nio.file.Files.createTempFile("letterpress-test-", "-" + name);
            copy.toFile().deleteOnExit();
            try (java.io.InputStream in = url.openStream()) {
                java.nio.file.Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        } catch (URISyntaxException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A complete letter using every node kind. */
    public static Letter standard() {
        return base().blocks(body()).build();
    }

    static List<Block> body() {
        return List.of(
                Block.Paragraph.of(
                        Inline.text(
                                "I am applying for the Senior Backend Developer role at Acme Payments. For six years I have built "),
                        Inline.bold("Python services on AWS"),
                        Inline.text(
                                " that move money reliably, and I would like to bring that experience to your platform team.")),
                new Block.Heading("Tech stack"),
                new Block.BulletList(List.of(
                        Block.ListItem.of(
                                Inline.bold("Python (6 years)"), Inline.text(": Django and FastAPI services")),
                        Block.ListItem.of(
                                Inline.bold("PostgreSQL (5 years)"), Inline.text(": tuned a 4 TB orders cluster")),
                        Block.ListItem.of(
                                Inline.bold("Kafka (3 years)"), Inline.text(": event-driven order pipeline")))),
                new Block.Heading("Impact"),
                Block.Paragraph.of(
                        Inline.text(
                                "At my current company I rebuilt the order pipeline as event-driven services on Kafka and "),
                        Inline.italic("cut p95 latency from 320 ms to 45 ms"),
                        Inline.text(" while handling 10,000,000 requests/day. My open-source ledger service "),
                        Inline.link("ledgerline", PROJECT),
                        Inline.text(" shows how I design gRPC APIs and test them.")),
                Block.Paragraph.of(Inline.text(
                        "I would welcome the chance to discuss how I can help Acme Payments scale its payment APIs.")));
    }

    static Letter.Builder base() {
        return Letter.builder()
                .sender(sender())
                .recipient(recipient())
                .date(DATE)
                .subject(SUBJECT)
                .salutation("Dear Grace Hopper,")
                .closing("Kind regards,")
                .signature(signature());
    }

    /** Only what a letter must have: no links, no headline, no addressee. */
    public static Letter minimal() {
        return Letter.builder()
                .sender(new Sender("Lin Chen", null, null, null, null, Links.NONE))
                .recipient(new Recipient(null, "Globex", "Backend Engineer", null, null))
                .date(DATE)
                .subject("Backend Engineer")
                .salutation("Dear Hiring Manager,")
                .block(Block.Paragraph.of(Inline.text("I would like to join Globex as a backend engineer.")))
                .closing("Best regards,")
                .signature(new Signature("Lin Chen", null, null, null))
                .build();
    }

    /** Text that breaks naive XML writers: markup, quotes, emoji, CJK, Arabic, control characters. */
    static final String MARKUP = "Tags <b>&amp;</b> \"quoted\" 'single' & <![CDATA[x]]>";

    static final String EMOJI = "Shipped it \uD83D\uDE00 on time";
    static final String CJK = "\u674E\u5C0F\u9F8D";
    static final String ARABIC = "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645";
    static final String HEBREW = "\u05E9\u05DC\u05D5\u05DD";

    static Letter hostile() {
        return base().subject("Backend <Engineer> & \"Friends\"")
                .block(Block.Paragraph.of(Inline.text(MARKUP)))
                .block(Block.Paragraph.of(Inline.text(EMOJI)))
                .block(Block.Paragraph.of(Inline.text("Name: " + CJK + ", greeting: " + ARABIC + ", " + HEBREW + ".")))
                .block(Block.Paragraph.of(Inline.text("bell\u0001here\u000Bvertical tab")))
                .block(new Block.BulletList(
                        List.of(Block.ListItem.of(Inline.link("a <link> & more", "https://example.com/?a=1&b=2")))))
                .build();
    }

    /** Twelve paragraphs, two headings and two lists: more than one page. */
    static Letter longLetter() {
        Letter.Builder b = base();
        for (int i = 1; i <= 12; i++) {
            if (i == 4 || i == 9) {
                b.block(new Block.Heading(i == 4 ? "System design" : "Reliability"));
                b.block(new Block.BulletList(List.of(
                        Block.ListItem.of(Inline.text("Designed REST and gRPC APIs for " + i + " teams")),
                        Block.ListItem.of(Inline.text("Cached hot reads in Redis, cutting database load by 60%")),
                        Block.ListItem.of(Inline.text("Partitioned Kafka topics for 40,000 events per second")))));
            }
            b.block(Block.Paragraph.of(
                    Inline.text(
                            "Paragraph " + i + ". I led the migration of a monolith to services with clear ownership, "
                                    + "wrote integration tests for every API, ran the services on Kubernetes with CI/CD, and kept "),
                    Inline.bold("99.95% uptime"),
                    Inline.text(" while traffic grew threefold. The work taught me to measure before optimising and to "
                            + "document decisions for the next engineer.")));
        }
        return b.build();
    }
}
