package vn.ocop.api.publicapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import vn.ocop.api.security.SecurityTestData;

/**
 * A real browser (Debian's chromium, driven headless by chromium-driver through Selenium) opens the verification
 * page on a phone-sized screen, as a buyer who scans the QR code would: valid, in grace, expired, revoked, superseded
 * and unknown certificates, in Vietnamese (the browser's language) and in English (the switch on the page). It
 * asserts the standing as the browser shows it and saves a screenshot of each page under
 * {@code target/screenshots/}. When the browser cannot start, the test fails; it never skips.
 */
@QuarkusTest
class VerificationPageBrowserTest {

    static final String CHROMIUM = System.getProperty("ocop.browser.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("ocop.browser.driver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static WebDriver browser;
    private static Path profile;

    @TestHTTPResource("/")
    URL server;

    @Inject
    StandingFixtures fixtures;

    @BeforeAll
    static void startBrowser() throws IOException {
        // No Assumptions here: a browser that does not start is a failure of the test run (issue 11).
        profile = Files.createTempDirectory("ocop-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--lang=vi-VN");
        // A phone: 390 × 844 CSS pixels (the size of a common phone), touch, a mobile user agent.
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", true),
                "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/131.0 Mobile Safari/537.36"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void everyStandingReadsRightOnAPhoneInVietnameseAndEnglish() throws IOException {
        StandingFixtures.Set set = fixtures.create();
        LocalDate graceUntil = set.grace().expiresOn.plusDays(180);
        String revokedOn = DMY.format(LocalDate.now(vn.ocop.api.common.time.ClockProducer.VIETNAM).minusDays(3));

        check("valid", set.valid().number, "Còn hiệu lực", "Valid", "4 sao", "4 stars");
        check("grace", set.grace().number, "Còn hiệu lực trong thời gian đánh giá lại, đến ngày " + DMY.format(graceUntil),
                "Valid during re-evaluation until " + DMY.format(graceUntil), "3 sao", "3 stars");
        check("expired", set.expired().number, "Đã hết hạn", "Expired", "3 sao", "3 stars");
        check("revoked", set.revoked().number, "Đã bị thu hồi", "Revoked", "4 sao", "4 stars");
        WebElement detail = browser.findElement(By.cssSelector(".standing .detail"));
        assertThat(detail.getText()).isEqualTo("Revoked on " + revokedOn + ". Ground: misuse of the OCOP mark");
        check("superseded", set.superseded().number, "Đã được thay thế", "Superseded", "4 sao", "4 stars");
        // The successor is a link on the page: following it shows the certificate in force.
        browser.findElement(By.linkText(set.successor().number)).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Valid");
        assertThat(browser.findElement(By.cssSelector(".stars")).getAttribute("aria-label")).isEqualTo("5 stars");

        String unknown = "OCOP-GIA-" + SecurityTestData.unique();
        check("unknown", unknown, "Không có giấy chứng nhận này", "No such certificate", null, null);
    }

    /** Opens the page in Vietnamese, then switches to English with the link on the page; a screenshot of each. */
    private void check(String name, String number, String vietnamese, String english, String starsVi, String starsEn)
            throws IOException {
        browser.get(server + "v/" + number);
        assertStanding(vietnamese, starsVi, "vi");
        screenshot(name + "-vi");
        browser.findElement(By.linkText("English")).click();
        assertStanding(english, starsEn, "en");
        screenshot(name + "-en");
    }

    private void assertStanding(String headline, String starsLabel, String lang) {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        WebElement h1 = browser.findElement(By.tagName("h1"));
        assertThat(h1.getText()).isEqualTo(headline);
        assertThat(h1.isDisplayed()).isTrue();
        // Large words: the headline's font is at least 28 CSS pixels, and the page fits the phone's width.
        assertThat(Double.parseDouble(h1.getCssValue("font-size").replace("px", ""))).isGreaterThanOrEqualTo(28);
        Dimension viewport = browser.manage().window().getSize();
        Object scrollWidth = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth");
        Object clientWidth = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.clientWidth");
        assertThat(((Number) scrollWidth).longValue()).as("no horizontal scrolling on %s", viewport)
                .isLessThanOrEqualTo(((Number) clientWidth).longValue());
        assertThat(((Number) clientWidth).longValue()).isEqualTo(390);
        List<WebElement> stars = browser.findElements(By.cssSelector(".stars"));
        if (starsLabel == null) {
            assertThat(stars).isEmpty();
        } else {
            assertThat(stars.get(0).getAttribute("aria-label")).isEqualTo(starsLabel);
            assertThat(stars.get(0).findElements(By.tagName("svg"))).hasSize(Integer.parseInt(starsLabel.substring(0, 1)));
        }
        assertThat(browser.manage().getCookies()).isEmpty();
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
