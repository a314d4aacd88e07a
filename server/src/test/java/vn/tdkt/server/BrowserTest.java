package vn.tdkt.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tdkt.engine.Packs;
import vn.tdkt.finding.Report;
import vn.tdkt.importer.PlanImporter;
import vn.tdkt.model.Plan;

/**
 * The page in a real browser: Debian's Chromium, headless, through its chromedriver, both named explicitly so that
 * nothing is downloaded. An official uploads the OCR text of Đại Sơn and a Word document, reads the verdict and the
 * findings, and follows a finding to its line, with the keyboard. {@code -Dtdkt.browser.skip=true} skips it (the
 * build fails, rather than skipping silently, when Chromium is missing).
 *
 * <p>Screenshots of the result and of a finding's line go to {@code target/server-page.png} and
 * {@code target/server-page-line.png}; with {@code -Dtdkt.screenshot.write=true} also to {@code docs/}.
 */
@ServerTest
class BrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path profile;

    private static ChromeDriverService service;
    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        assumeFalse(Boolean.getBoolean("tdkt.browser.skip"), "skipped: -Dtdkt.browser.skip=true, or no /usr/bin/chromedriver "
                + "(apt-get install chromium chromium-driver)");
        Path chromium = Path.of(System.getProperty("tdkt.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("tdkt.chromedriver", "/usr/bin/chromedriver"));
        assertThat(chromium).as("Chromium (apt-get install chromium chromium-driver; or -Dtdkt.browser.skip=true)")
                .isExecutable();
        assertThat(chromedriver).as("chromedriver (apt-get install chromium-driver; or -Dtdkt.browser.skip=true)")
                .isExecutable();
        service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1366,768", "--lang=vi");
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void upload(Path file) {
        driver.get(url("/"));
        driver.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form.check button[type=submit]")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
    }

    /** The element's place against the window, and whether it is the page's :target. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> place(String id) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); const r = e.getBoundingClientRect();"
                        + "return {top: r.top, bottom: r.bottom, height: window.innerHeight, target: e.matches(':target')};",
                id);
    }

    private void assertInView(String id) {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(place(id).get("target")));
        Map<String, Object> place = place(id);
        assertThat(((Number) place.get("top")).doubleValue()).as(id + " top").isGreaterThanOrEqualTo(0);
        assertThat(((Number) place.get("bottom")).doubleValue()).as(id + " bottom")
                .isLessThanOrEqualTo(((Number) place.get("height")).doubleValue());
    }

    /** The window as it is, to target/ (and to docs/ with -Dtdkt.screenshot.write=true). */
    private static void screenshot(String name) throws java.io.IOException {
        Path shot = Path.of("target", name);
        Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
        if (Boolean.getBoolean("tdkt.screenshot.write")) {
            Files.copy(shot, Path.of("../docs", name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    @DisplayName("the OCR text of Đại Sơn: the verdict, the findings, and a finding's line scrolled into view and back")
    void ocrText() throws Exception {
        upload(Fixtures.DAI_SON_OCR);
        assertThat(driver.findElement(By.id("verdict")).getText()).isEqualTo("Không đạt: có vi phạm");
        List<String> rules = new ArrayList<>();
        driver.findElements(By.cssSelector(".finding .rule")).forEach(e -> rules.add(e.getText()));
        assertThat(rules).containsExactly("HP-02", "HP-09", "HP-12", "HP-06", "HP-11");

        screenshot("server-page.png");

        WebElement finding = driver.findElement(By.cssSelector(".finding:has(.rule) "));
        assertThat(finding.findElement(By.cssSelector(".rule")).getText()).isEqualTo("HP-02");
        WebElement link = finding.findElement(By.cssSelector("a.line-link"));
        assertThat(link.getText()).isEqualTo("dòng 43");
        link.sendKeys(Keys.ENTER); // the keyboard follows the link as a click would
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("#line-43"));
        assertInView("line-43");
        screenshot("server-page-line.png");
        WebElement line = driver.findElement(By.id("line-43"));
        assertThat(line.getAttribute("class")).contains("sev-violation");
        assertThat(line.getText()).contains("01 ngdy");

        String findingId = finding.getAttribute("id");
        line.findElement(By.cssSelector(".refs a")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("#" + findingId));
        assertInView(findingId);

        assertThat(driver.findElements(By.cssSelector(".not-stated"))).extracting(WebElement::getText)
                .contains("không nêu");
    }

    @Test
    @DisplayName("a Word document made from the Kẻ Sặt seed: the verdict and the findings the library gives")
    void wordDocument() throws Exception {
        Path docx = profile.resolve("ke-sat.docx");
        Files.write(docx, Fixtures.docx(Fixtures.KE_SAT_TEXT));
        Plan plan = PlanImporter.importBytes(Files.readAllBytes(docx), "ke-sat.docx").plan();
        Packs packs = Packs.onClassPath();
        Report report = packs.engine(packs.choose(plan).packId()).evaluate(plan);

        upload(docx);
        String verdict = switch (report.verdict()) {
            case REJECT -> "Không đạt: có vi phạm";
            case REVIEW -> "Cần xem xét: có cảnh báo";
            case ACCEPT -> "Đạt";
        };
        assertThat(driver.findElement(By.id("verdict")).getText()).isEqualTo(verdict);
        List<String> shown = new ArrayList<>();
        driver.findElements(By.cssSelector(".finding .rule")).forEach(e -> shown.add(e.getText()));
        assertThat(shown).containsExactlyInAnyOrderElementsOf(report.findings().stream().map(f -> f.ruleId()).toList());
        WebElement link = driver.findElement(By.cssSelector("a.line-link"));
        String target = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
        link.click();
        assertInView(target);
    }

    @Test
    @DisplayName("several files at once: a row per file and the province table of the batch's report, shown in its frame")
    void severalFiles() throws Exception {
        Path json = Fixtures.EXAMPLES.resolve("plans/lang-son/kien-moc.json");
        driver.get(url("/"));
        driver.findElement(By.id("files")).sendKeys(Fixtures.DAI_SON_OCR.toAbsolutePath() + "\n" + json.toAbsolutePath());
        driver.findElement(By.cssSelector("form.check button[type=submit]")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.files")));
        List<String> files = new ArrayList<>();
        driver.findElements(By.cssSelector("table.files tbody th")).forEach(e -> files.add(e.getText()));
        assertThat(files).containsExactly("002-dai-son-ocr.txt", "kien-moc.json");
        driver.switchTo().frame(driver.findElement(By.cssSelector("iframe.report")));
        try {
            new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.tagName("body")).getText().contains("Kiên Mộc"));
            assertThat(driver.findElement(By.tagName("body")).getText()).contains("Dai Son").contains("HP-02");
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    @Test
    @DisplayName("the form works from the keyboard: the skip link first, then the fields in order, each focus visible")
    void keyboard() {
        driver.get(url("/"));
        List<String> order = new ArrayList<>();
        Actions keys = new Actions(driver);
        keys.sendKeys(Keys.TAB).perform();
        for (int i = 0; i < 6; i++) {
            WebElement focused = driver.switchTo().activeElement();
            String name = focused.getAttribute("id");
            order.add(name == null || name.isEmpty() ? focused.getTagName() + "." + focused.getAttribute("class") : name);
            if (i == 0) {
                assertThat(focused.getRect().getX()).as("the skip link shows when focused").isGreaterThanOrEqualTo(0);
                assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
            }
            keys.sendKeys(Keys.TAB).perform(); // to the focused element, as a person's key press goes
        }
        assertThat(order).containsSubsequence("a.skip", "files", "pack", "button.");
    }
}
