package campus.journeys;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/** What every browser journey starts with: a headless Chromium for each test, a patient wait, English texts. */
abstract class BrowserJourney {

    @LocalServerPort int port;
    @Autowired MessageSource messages;

    ChromeDriver browser;
    Page page;
    WebDriverWait wait;
    final Locale en = Locale.ENGLISH;

    /** How long a step may take before the journey fails (pages and listeners on a shared machine). */
    Duration patience() {
        return Duration.ofSeconds(15);
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        wait = new WebDriverWait(browser, patience());
        page = new Page(browser, wait, port);
        // htmx replaces parts of a page while we read them and navigation detaches nodes: such failures mean
        // "not yet", so the wait tries again
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.JavascriptException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String msg(String key) {
        return messages.getMessage(key, null, en);
    }
}
