package campus.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import campus.CampusTest;
import campus.Fixtures;
import campus.catalogue.ActivityDraft;
import campus.catalogue.ActivityStatus;
import campus.catalogue.ActivityText;
import campus.catalogue.CatalogueApi;
import campus.shared.ActivityKind;
import campus.shared.Modality;
import campus.shared.TechnicalArea;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;

/**
 * A learner's first visit in a real browser: register, confirm the email from the mail that
 * arrived over SMTP, filter the catalogue, enrol, find it under "My learning", withdraw; once in
 * English and once in French.
 */
@CampusTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "campus.mail.poll-interval=PT0.2S"})
class LearnerJourneyBrowserTest extends BrowserJourney {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired CatalogueApi catalogue;

    @Test
    void inEnglish() {
        journey("en");
    }

    @Test
    void inFrench() {
        journey("fr");
    }

    void journey(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String tag = Fixtures.unique("journey");
        long activity = selfGuidedCourse(tag);
        String email = tag + "@example.org";

        // the language switch in the footer, then registration
        page.open("/");
        page.click(By.cssSelector("footer a[hreflang='" + language + "']"));
        wait.until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        page.click(By.linkText(msg("nav.register", locale)));
        page.type("email", email);
        page.type("password", "correct-horse-battery");
        page.type("givenName", "Amina");
        page.type("familyName", "Diallo");
        new Select(browser.findElement(By.id("gender"))).selectByValue("female");
        page.type("birthYear", "1992");
        new Select(browser.findElement(By.id("country"))).selectByValue("SN");
        new Select(browser.findElement(By.id("constituent"))).selectByValue("workers");
        page.click(By.cssSelector("main form button[type=submit]"));
        page.heading(msg("registered.title", locale));

        // confirm the email with the link from the mail
        page.open(verifyPath(email));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains(msg("verified.ok", locale));

        // sign in
        page.open("/login");
        page.type("username", email);
        page.type("password", "correct-horse-battery");
        page.click(By.cssSelector("main form button[type=submit]"));
        page.heading(msg("mylearning.title", locale));

        // filter the catalogue (htmx swaps the results in place) and open the course
        page.click(By.linkText(msg("nav.catalogue", locale)));
        page.type("q", tag);
        new Select(browser.findElement(By.id("modality"))).selectByValue("self_guided");
        page.click(By.cssSelector("form.filters button[type=submit]"));
        // the unfiltered list may show the course too: wait until the filtered results replace it
        // (and htmx pushes the filters into the address, so the filtered list can be bookmarked)
        wait.until(d -> d.getCurrentUrl().contains("modality=self_guided")
                && d.findElements(By.cssSelector("#results .card")).size() == 1
                && d.findElement(By.cssSelector("#results .card")).getText().contains(tag));
        wait.until(d -> {
            d.findElement(By.partialLinkText(tag)).click();
            return true;
        });

        // enrol, and find it under My learning
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='" + msg("activity.enrol", locale) + "']")))
                .click();
        page.heading(msg("mylearning.title", locale));
        WebElement card = browser.findElement(By.cssSelector("section[aria-labelledby=current-heading] .card"));
        assertThat(card.getText()).contains(tag).contains(msg("enrolmentstatus.enrolled", locale));

        // withdraw: it moves to the past
        card.findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), msg("enrolment.withdrawn", locale)));
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=past-heading]")).getText())
                .contains(tag).contains(msg("enrolmentstatus.withdrawn", locale));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(activity).isPositive();
    }

    private long selfGuidedCourse(String tag) {
        long id = catalogue.create(new ActivityDraft(tag, Modality.SELF_GUIDED, ActivityKind.TRAINING,
                TechnicalArea.SKILLS_DEVELOPMENT, "en", LocalDate.now().minusDays(1), null, null, null, null, false, null,
                Map.of("en", new ActivityText("Skills course " + tag, "Learn at your pace."),
                        "fr", new ActivityText("Cours de compétences " + tag, "À votre rythme."))));
        catalogue.changeStatus(id, ActivityStatus.PUBLISHED);
        return id;
    }

    private String verifyPath(String email) {
        MimeMessage mail = await().atMost(Duration.ofSeconds(15)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst().orElse(null), m -> m != null);
        try {
            Matcher link = Pattern.compile("https?://[^/\\s]+(/verify\\?token=[A-Za-z0-9_-]+)").matcher((String) mail.getContent());
            assertThat(link.find()).isTrue();
            return link.group(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
