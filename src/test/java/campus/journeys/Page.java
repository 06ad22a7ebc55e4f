package campus.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every browser journey does with a page: open an address, wait for its heading, click, type into a field. */
record Page(ChromeDriver browser, WebDriverWait waiting, int port) {

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Waits for the page heading; on failure says what the page showed instead (its errors, if any). */
    void heading(String expected) {
        try {
            waiting.until(d -> {
                try {
                    return d.findElement(By.tagName("h1")).getText().contains(expected);
                } catch (org.openqa.selenium.WebDriverException detachedDuringNavigation) {
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("expected heading '" + expected + "' at " + browser.getCurrentUrl() + " but the page says:\n"
                    + browser.findElement(By.tagName("main")).getText(), e);
        }
    }

    /** Clicks what the page shows once it is there and clickable: right after a navigation it may not be yet. */
    void click(By target) {
        waiting.until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    void type(String id, String text) {
        WebElement input = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }
}
