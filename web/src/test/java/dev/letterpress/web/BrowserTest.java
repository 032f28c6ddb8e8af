package dev.letterpress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in a real browser: Selenium driving Debian's headless Chromium. Skipped with a
 * message when chromium or chromedriver is missing (CI installs both). Writes the README's
 * screenshot to target/web.png (and to docs/web.png with -Dletterpress.updateScreenshot=true).
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("letterpress.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("letterpress.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SAMPLES =
            Path.of("..", "samples").toAbsolutePath().normalize();

    private static WebApp app;
    private static ChromeDriver browser;
    private static Path data;
    private static Path profile;
    private static Path downloads;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: install chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                        + ") to run them");
        data = Files.createTempDirectory("letterpress-web-browser-");
        profile = Files.createTempDirectory("letterpress-chromium-");
        downloads = Files.createTempDirectory("letterpress-downloads-");
        app = WebApp.builder()
                .port(0)
                .dataDirectory(data)
                .date(LocalDate.of(2026, 11, 29))
                .threads(2)
                .start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--window-size=1440,1000");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1440, 1000));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
        for (Path dir : new Path[] {data, profile, downloads}) {
            if (dir != null) {
                Jobs.deleteTree(dir);
            }
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    private WebDriverWait await(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    @Test
    void writesALetterAndShowsItsPreviewAndScore() throws IOException {
        browser.get(url("/"));
        new Select(browser.findElement(By.id("candidate"))).selectByValue("priya-raman");
        new Select(browser.findElement(By.id("brand"))).selectByValue("cohort");
        browser.findElement(By.id("company")).sendKeys("Harbourline Bank");
        browser.findElement(By.id("title")).sendKeys("Senior Backend Engineer");
        browser.findElement(By.id("requiredSkills")).sendKeys("Java; Spring Boot; Kafka; PostgreSQL");
        browser.findElement(By.id("hiringManager")).sendKeys("Dana Whitlock");

        WebElement preview = await(60).until(d -> {
            List<WebElement> images = d.findElements(By.cssSelector("#result img#preview"));
            if (images.isEmpty()) {
                return null;
            }
            Object width = ((JavascriptExecutor) d)
                    .executeScript("var i = document.getElementById('preview');"
                            + " return i.complete && i.src.indexOf('Dana') < 0 ? i.naturalWidth : 0;");
            boolean typed =
                    d.findElement(By.cssSelector("#result h2")).getText().contains("Harbourline Bank")
                            && ((Number) width).intValue() > 0;
            return typed ? images.get(0) : null;
        });
        await(60)
                .until(d ->
                        !d.findElement(By.id("result")).getDomAttribute("class").contains("updating"));
        assertThat(preview.isDisplayed()).isTrue();
        String score =
                browser.findElement(By.cssSelector("#result .score .number")).getText();
        assertThat(Integer.parseInt(score)).isBetween(0, 100);
        assertThat(browser.findElement(By.cssSelector("#result .band")).getText())
                .matches("GOOD|FAIR|POOR");
        assertThat(browser.findElement(By.cssSelector("#result h2")).getText())
                .isEqualTo("Senior Backend Engineer at Harbourline Bank");
        assertThat(browser.findElements(By.cssSelector("#result .downloads a")))
                .extracting(WebElement::getText)
                .containsExactly("DOCX", "PDF");

        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target", "web.png");
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        if (Boolean.getBoolean("letterpress.updateScreenshot")) {
            Files.copy(shot, Path.of("..", "docs", "web.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void runsTheSampleCohortAndDownloadsEveryLetterOfTheManifest() throws Exception {
        browser.get(url("/batch"));
        browser.findElement(By.id("applications"))
                .sendKeys(SAMPLES.resolve("cohort/applications.csv").toString());
        List<String> people = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES.resolve("cohort/candidates"))) {
            files.sorted().forEach(p -> people.add(p.toString()));
        }
        browser.findElement(By.id("candidates")).sendKeys(String.join("\n", people));
        browser.findElement(By.id("brandFiles"))
                .sendKeys(SAMPLES.resolve("cohort/brand.yaml") + "\n" + SAMPLES.resolve("cohort/logo.png"));
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        await(120).until(d -> d.findElements(By.id("run")).size() == 1);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Validation report");
        String jobUrl = browser.getCurrentUrl();
        browser.findElement(By.id("run")).click();
        await(600).until(d -> d.findElements(By.id("download-zip")).size() == 1);
        assertThat(browser.getCurrentUrl()).isEqualTo(jobUrl);
        int rows = browser.findElements(By.cssSelector("#rows tbody tr")).size();
        assertThat(rows).isEqualTo(lines(SAMPLES.resolve("cohort/applications.csv")) - 1);

        browser.findElement(By.linkText("manifest.csv")).click();
        Path manifest = downloaded("manifest.csv");
        browser.findElement(By.id("download-zip")).click();
        Path zip = downloaded("letters.zip");
        List<String> letters = new ArrayList<>();
        Matcher m = Pattern.compile("[a-z0-9-]+/[a-z0-9-]+\\.(?:docx|pdf)")
                .matcher(Files.readString(manifest, StandardCharsets.UTF_8));
        while (m.find()) {
            letters.add(m.group());
        }
        assertThat(letters).hasSizeGreaterThanOrEqualTo(rows);
        assertThat(WebPagesTest.zipNames(Files.readAllBytes(zip))).containsAll(letters);
    }

    @Test
    void showsTheLineNumberOfABadRowBeforeRunning() throws IOException {
        Path csv = Files.createTempFile(data, "cohort-", ".csv");
        Files.writeString(
                csv,
                "candidate,company,title\n"
                        + "zoe-lukasiewicz,Larkspur Learning,Backend Developer\n"
                        + "zoe-lukasiewicz,Copperleaf Energy,\n",
                StandardCharsets.UTF_8);
        browser.get(url("/batch"));
        browser.findElement(By.id("applications")).sendKeys(csv.toString());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement table = await(60)
                .until(d -> d.findElements(By.id("invalid-rows")).stream()
                        .findFirst()
                        .orElse(null));
        assertThat(table.getText()).contains("line 3, column \"title\": must not be empty");
        assertThat(table.findElement(By.cssSelector("tbody td.num")).getText()).isEqualTo("3");
    }

    @Test
    void reviewsADocx() {
        browser.get(url("/review"));
        browser.findElement(By.id("letter"))
                .sendKeys(SAMPLES.resolve("letters/zoe-first-draft.docx").toString());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement result = await(60)
                .until(d -> d.findElements(By.cssSelector("#result .score .number")).stream()
                        .findFirst()
                        .orElse(null));
        assertThat(Integer.parseInt(result.getText())).isBetween(0, 100);
        assertThat(browser.findElement(By.cssSelector("#result h2")).getText()).isEqualTo("zoe-first-draft.docx");
        assertThat(browser.findElements(By.cssSelector("#result .suggestion"))).isNotEmpty();
    }

    private Path downloaded(String name) {
        Path file = downloads.resolve(name);
        await(60).until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    private static long lines(Path csv) throws IOException {
        try (Stream<String> lines = Files.lines(csv)) {
            return lines.filter(l -> !l.isBlank()).count();
        }
    }
}
