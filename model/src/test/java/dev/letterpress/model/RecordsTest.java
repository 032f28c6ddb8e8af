package dev.letterpress.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RecordsTest {

    @Test
    void rejectsBlankRequiredFieldsNamingTypeAndValue() {
        assertThatThrownBy(() -> new JobPosting(null, "Acme", "", null, null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JobPosting.title must not be blank (was '')");
        assertThatThrownBy(() -> Candidate.builder(" ", "Ada").build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Candidate id: must not be blank (was ' ')");
        assertThatThrownBy(() -> new Skill("Go", null, -1.0, null))
                .hasMessage("Skill.years must not be negative (was -1.0)");
    }

    @Test
    void validatesEmailAndUrlShape() {
        assertThatThrownBy(() -> Candidate.builder("a", "Ada").email("ada@").build())
                .hasMessage("Candidate email: expected an e-mail address like name@example.com (was 'ada@')");
        assertThatThrownBy(() -> new Links("javascript:alert(1)", null, null))
                .hasMessage(
                        "Links.github: expected a web address like https://github.com/ada (was 'javascript:alert(1)')");
        assertThat(new Links("github.com/ada", null, null).github()).isEqualTo("https://github.com/ada");
    }

    @Test
    void listsAreNeverNullAndUnmodifiable() {
        List<String> skills = new ArrayList<>(List.of("Go"));
        Achievement achievement = new Achievement("Shipped", skills, null);
        skills.add("Rust");

        assertThat(achievement.skills()).containsExactly("Go");
        assertThat(achievement.metrics()).isEmpty();
        assertThatThrownBy(() -> achievement.skills().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Candidate.builder("a", "Ada").build().skills()).isEmpty();
    }

    @Test
    void parsesColoursInEitherCase() {
        assertThat(RgbColor.parse("#1f3a5F")).isEqualTo(new RgbColor(0x1F, 0x3A, 0x5F));
        assertThat(RgbColor.parse("#1f3a5F").hex()).isEqualTo("1F3A5F");
        assertThatThrownBy(() -> RgbColor.parse("navy"))
                .hasMessage("RgbColor: expected a colour like #1F3A5F (was 'navy')");
    }

    @Test
    void brandDefaultsAreComplete() {
        Brand brand = Brand.defaults();

        assertThat(brand.font()).isEqualTo("Liberation Sans");
        assertThat(brand.pageSize()).isEqualTo(PageSize.A4);
        assertThat(brand.logo()).isNull();
        assertThat(brand.toBuilder().pageSize(PageSize.LETTER).build().pageSize())
                .isEqualTo(PageSize.LETTER);
        assertThat(brand.pageSize()).isEqualTo(PageSize.A4);
    }

    @Test
    void linksRejectScriptTargets() {
        assertThatThrownBy(() -> Inline.link("x", "javascript:alert(1)"))
                .hasMessage(
                        "Inline.Link.href: expected a web address like https://github.com/ada (was 'javascript:alert(1)')");
        assertThat(Inline.link("Mail", "mailto:ada@example.com"))
                .isEqualTo(new Inline.Link("Mail", "mailto:ada@example.com"));
    }

    @Test
    void letterSaysItselfAsPlainTextInReadingOrder() {
        Letter letter = Letter.builder()
                .sender(new Sender(
                        "Ada Lovelace",
                        "Python backend specialist (6 years)",
                        "ada@example.com",
                        null,
                        "London",
                        new Links("https://github.com/ada", null, null)))
                .recipient(new Recipient(null, "Acme", "Backend Engineer", "Berlin", null))
                .date(LocalDate.of(2026, 11, 29))
                .subject("Backend Engineer | Python + AWS")
                .salutation("Dear Hiring Manager,")
                .block(new Block.Heading("Tech stack"))
                .block(Block.Paragraph.of(Inline.text("I build "), Inline.bold("fast"), Inline.text(" APIs.")))
                .block(new Block.BulletList(List.of(
                        Block.ListItem.of(Inline.text("Python (6 years)")),
                        Block.ListItem.of(Inline.link("ledgerline", "https://github.com/ada/ledgerline")))))
                .closing("Kind regards,")
                .signature(new Signature("Ada Lovelace", "ada@example.com", null, "https://github.com/ada"))
                .build();

        assertThat(letter.toPlainText()).isEqualTo("""
                Ada Lovelace
                Python backend specialist (6 years)
                ada@example.com | London
                https://github.com/ada

                November 29, 2026

                Acme
                Berlin

                Backend Engineer | Python + AWS

                Dear Hiring Manager,

                Tech stack

                I build fast APIs.

                - Python (6 years)
                - ledgerline

                Kind regards,

                Ada Lovelace
                ada@example.com
                https://github.com/ada
                """);
        assertThat(letter.dateText(Locale.GERMANY)).isEqualTo("29. November 2026");
        assertThat(letter.dateText(Locale.UK)).isEqualTo("29 November 2026");
    }

    @Test
    void letterNeedsABody() {
        assertThatThrownBy(() -> Letter.builder()
                        .sender(new Sender("A", null, null, null, null, null))
                        .recipient(new Recipient(null, "Acme", "Dev", null, null))
                        .date(LocalDate.EPOCH)
                        .subject("s")
                        .salutation("Dear,")
                        .closing("Bye,")
                        .signature(new Signature("A", null, null, null))
                        .build())
                .hasMessage("Letter.blocks must not be empty");
    }
}
