package dev.letterpress.cli;

import static dev.letterpress.cli.CliRun.run;
import static dev.letterpress.cli.CliRun.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 items 5, 15 and 16: a hostile brand is an input error, exit 2, with no stack trace. */
class HostileBrandTest {
    @TempDir
    Path dir;

    private CliRun generate(Path brand) {
        return run(
                "generate",
                "--candidate",
                sample("recruiter/candidate.yaml"),
                "--job",
                sample("jobs/brightwave-health-backend-engineer.yaml"),
                "--brand",
                brand.toString(),
                "--out",
                dir.resolve("out").toString(),
                "--date",
                "2026-11-29");
    }

    @Test
    void aLogoOf400MegapixelsIsAnInputErrorNamingTheBrandFileAndField() throws Exception {
        Path png = Files.copy(
                Path.of(HostileBrandTest.class
                        .getResource("/hostile/header-claims-400-megapixels.png")
                        .toURI()),
                dir.resolve("logo.png"));
        Path brand = Files.writeString(dir.resolve("brand.yaml"), "name: Acme\nlogo: logo.png\n");

        CliRun result = generate(brand);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err())
                .contains(brand + " 2:7 logo: the logo is 20000 × 20000 pixels (400.0 megapixels);"
                        + " the limit is 25 megapixels (a logo is shown 16 mm high: export it smaller): " + png)
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void aLogoLinkedToDevZeroIsNotARegularFile() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("logo.png"), Path.of("/dev/zero"));
        Path brand = Files.writeString(dir.resolve("brand.yaml"), "name: Acme\nlogo: logo.png\n");

        CliRun result = generate(brand);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err())
                .contains(brand + " 2:7 logo: not a regular file: " + link)
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void anUnknownFontFamilyIsAnInputErrorNamingTheFamiliesOnOffer() throws IOException {
        Path brand = Files.writeString(dir.resolve("brand.yaml"), "name: Acme\nfont: Comic Neue\n");

        CliRun result = generate(brand);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err())
                .contains(brand + " 2:7 font: unknown font family \"Comic Neue\"; the families on"
                        + " offer: Liberation Sans (or Arial, Helvetica, Arimo, sans-serif, sans), Liberation Serif")
                .doesNotContain("Exception", "\tat ");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
