package dev.letterpress.pdf;

import dev.letterpress.model.Block;
import dev.letterpress.model.Inline;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Links;
import dev.letterpress.model.Recipient;
import dev.letterpress.model.Sender;
import dev.letterpress.model.Signature;
import java.time.LocalDate;
import java.util.List;

/** Letters for the tests: every node kind, names in several scripts, a letter of two pages. */
public final class Letters {
    static final LocalDate DATE = LocalDate.of(2026, 11, 29);
    static final String NAME = "Zoë Łukasiewicz-Núñez";
    static final String EMAIL = "zoe@example.com";
    static final String GITHUB = "https://github.com/zoe-ln";

    private Letters() {}

    static Sender sender(String name) {
        return new Sender(
                name,
                "Python backend specialist (6 years)",
                EMAIL,
                "+44 20 7946 0000",
                "London, UK",
                new Links(GITHUB, "https://www.linkedin.com/in/zoe-ln", null));
    }

    static Letter.Builder base(String name) {
        return Letter.builder()
                .sender(sender(name))
                .recipient(new Recipient(
                        "Αλέξανδρος Παπαδόπουλος",
                        "Acme Cloud",
                        "Senior Backend Engineer",
                        "Berlin, Germany",
                        "BE-2026-17"))
                .date(DATE)
                .subject("Senior Backend Engineer | Python + AWS | Microservices at Scale")
                .salutation("Dear Αλέξανδρος Παπαδόπουλος,")
                .closing("Kind regards,")
                .signature(new Signature(name, EMAIL, "+44 20 7946 0000", GITHUB));
    }

    /** One page holding every kind of node: paragraphs with plain, bold, italic and link runs, a heading, a list. */
    public static Letter typical() {
        return typical(NAME);
    }

    static Letter typical(String name) {
        return base(name)
                .block(Block.Paragraph.of(
                        Inline.text("I am writing to apply for the "),
                        Inline.bold("Senior Backend Engineer"),
                        Inline.text(" role at Acme Cloud. For six years I have built "),
                        Inline.italic("event-driven"),
                        Inline.text(" Python services on AWS, most recently with Иван Петров's platform team.")))
                .block(new Block.Heading("Tech stack"))
                .block(new Block.BulletList(List.of(
                        Block.ListItem.of(
                                Inline.bold("Python"),
                                Inline.text(
                                        " (6 years): Django and FastAPI services "
                                                + "handling 10 million requests/day, with a p95 latency cut from 320 ms to 45 ms.")),
                        Block.ListItem.of(
                                Inline.bold("PostgreSQL"),
                                Inline.text(" (5 years): tuned a 4 TB orders "
                                        + "cluster with partial indexes and read replicas.")),
                        Block.ListItem.of(
                                Inline.bold("AWS"),
                                Inline.text(" (4 years): ECS, Lambda, SQS and RDS, "
                                        + "deployed through GitHub Actions with Terraform.")))))
                .block(new Block.Heading("Selected work"))
                .block(Block.Paragraph.of(
                        Inline.text("My open-source ledger service is on "),
                        Inline.link("GitHub", GITHUB + "/ledgerline"),
                        Inline.text("; I would be glad to walk you through its design. You can reach me at "),
                        Inline.link(EMAIL, "mailto:" + EMAIL),
                        Inline.text(".")))
                .block(Block.Paragraph.of(Inline.text("Thank you for your time and consideration.")))
                .template("experienced-backend")
                .build();
    }

    /** A letter too long for one page. */
    static Letter twoPages() {
        Letter.Builder b = base(NAME);
        for (int i = 1; i <= 5; i++) {
            b.block(new Block.Heading("Section " + i));
            b.block(Block.Paragraph.of(Inline.text("Paragraph " + i + " begins here. " + "Rebuilt the order "
                    + "pipeline as event-driven services on Kafka, which cut the p95 latency from 320 ms to 45 ms "
                    + "and carried ten million requests a day at 99.97% uptime. ".repeat(3) + "Paragraph " + i
                    + " ends here.")));
            b.block(new Block.BulletList(List.of(
                    Block.ListItem.of(Inline.text("First point of section " + i)),
                    Block.ListItem.of(Inline.text("Second point of section " + i)))));
        }
        return b.build();
    }

    /** The typical letter with extra text in the body. */
    static Letter withBody(String text) {
        return base(NAME).block(Block.Paragraph.of(Inline.text(text))).build();
    }
}
