package campus.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campus.db.Tables.PERSON;

import campus.CampusTest;
import campus.Fixtures;
import campus.partners.PartnerFixtures;
import campus.partners.PartnersApi;
import campus.shared.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * A partner's administrator brands the space, creates a self-guided course with the Centre's authoring pages
 * and invites members from a CSV; an invited member signs in (which accepts the invitation), enrols, completes
 * the course and receives a credential naming the partner; the partner's results show the enrolment.
 */
@CampusTest
class PartnerSpaceBrowserTest extends BrowserJourney {

    private static final String PASSWORD = "partner-journey-1";

    @Autowired Fixtures fixtures;
    @Autowired PartnerFixtures partners;
    @Autowired PartnersApi partnersApi;
    @Autowired DSLContext db;

    @Override
    Duration patience() {
        return Duration.ofSeconds(20); // the credential and the results follow completion through listeners
    }

    @Test
    void aPartnerBrandsItsSpaceRunsACourseAndItsMemberIsCertified() throws Exception {
        var space = partners.space("Dockworkers' Union of the Gulf");
        String admin = password(space.administrator());
        long memberId = fixtures.person(Role.LEARNER);
        String member = password(memberId);

        signIn(admin);
        // branding: colours, welcome text and a logo
        page.open("/p/" + space.slug() + "/admin/branding?lang=en");
        page.heading(msg("partners.branding.title"));
        page.type("primaryColour", "#0b3d2e");
        page.type("accentColour", "#ffd166");
        page.type("welcomeEn", "Learn with the Dockworkers' Union.");
        submit("main form.stack button[type=submit]");
        assertThat(text("p.notice")).isEqualTo(msg("form.saved"));
        Path logo = Files.createTempFile("logo", ".png");
        Files.write(logo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        wait.until(d -> d.findElement(By.id("logo"))).sendKeys(logo.toString());
        page.click(By.xpath("//button[normalize-space()='" + msg("partners.logo.upload") + "']"));
        wait.until(d -> d.findElement(By.cssSelector("p.notice")).getText().equals(msg("form.saved")));

        // a self-guided course, with the same pages the Centre's staff use
        page.open("/p/" + space.slug() + "/admin?lang=en");
        page.click(By.id("new-activity"));
        page.heading(msg("staff.activities.new"));
        page.type("code", Fixtures.unique("DOCK"));
        browser.executeScript("document.getElementById('startDate').value = arguments[0]", LocalDate.now().minusDays(1).toString());
        page.type("titleEn", "Safety on the docks");
        page.type("descriptionEn", "A short course for the members of the union.");
        submit("main form.stack button[type=submit]");
        wait.until(d -> d.getCurrentUrl().contains("/edit"));
        long activityId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/staff/activities/(\\d+)/edit.*", "$1"));
        page.click(By.linkText(msg("author.course.title")));
        page.type("new-titleEn", "Basics");
        page.click(By.xpath("//button[normalize-space()='" + msg("author.module.add") + "']"));
        page.click(By.linkText(msg("author.lesson.add")));
        page.type("titleEn", "Lifting safely");
        page.type("markdownEn", "Bend your knees and keep the load **close**.");
        page.click(By.xpath("//button[normalize-space()='" + msg("form.save") + "']"));
        wait.until(d -> d.getCurrentUrl().contains("/course/lessons/"));
        page.open("/staff/activities/" + activityId + "/edit?lang=en");
        page.click(By.xpath("//button[normalize-space()='" + msg("staff.status.to.published") + "']"));
        wait.until(d -> d.findElement(By.tagName("main")).getText().contains(msg("status.published")));

        // members invited from a CSV: the good row is invited, the bad one reported by its line
        page.open("/p/" + space.slug() + "/admin/members?lang=en");
        page.type("csv", "name,email,language\nMara Docker," + member + ",en\nNo Address,not-an-address,en\n");
        page.click(By.xpath("//button[normalize-space()='" + msg("partners.invite.submit") + "']"));
        wait.until(d -> d.findElement(By.id("invitation-report")).isDisplayed());
        assertThat(text("#invitation-report p.notice")).isEqualTo(messages.getMessage("partners.invite.invited", new Object[] {1}, en));
        assertThat(text("#invitation-report li")).contains("3").contains("email");
        signOut();

        // the member signs in with the invited address, which accepts the invitation
        signIn(member);
        page.open("/p/" + space.slug() + "?lang=en");
        assertThat(text(".welcome p")).isEqualTo("Learn with the Dockworkers' Union.");
        assertThat(text("p.badge")).isEqualTo(msg("partners.space.member"));
        assertThat(browser.findElement(By.cssSelector(".space-banner img")).getAttribute("src")).endsWith("/p/" + space.slug() + "/logo");
        page.click(By.linkText("Safety on the docks"));
        page.click(By.xpath("//main//button[normalize-space()='" + msg("activity.enrol") + "']"));
        page.heading(msg("mylearning.title"));
        page.click(By.linkText(msg("mylearning.open")));
        page.click(By.linkText(msg("course.start")));
        page.heading("Lifting safely");
        page.click(By.xpath("//button[normalize-space()='" + msg("course.done.last") + "']"));
        wait.until(d -> d.findElement(By.tagName("main")).getText().contains(msg("course.next.completed")));

        // the credential, issued by the Centre, names the partner
        WebElement certificate = wait.until(d -> {
            d.get("http://localhost:" + port + "/my-learning?lang=en");
            return d.findElements(By.cssSelector("main a[href*='/credentials/']")).stream().findFirst().orElse(null);
        });
        // the link is absolute, to the configured public address; this server listens on a random port
        page.open(certificate.getAttribute("href").replaceAll("^https?://[^/]+", "") + "?lang=en");
        wait.until(d -> d.findElements(By.id("partner")).size() == 1);
        assertThat(text("#partner")).isEqualTo("Dockworkers' Union of the Gulf");
        signOut();

        // the partner's results count the enrolment
        signIn(admin);
        int year = LocalDate.now().getYear();
        String enrolments = wait.until(d -> {
            d.get("http://localhost:" + port + "/p/" + space.slug() + "/admin/results?lang=en&year=" + year);
            String shown = d.findElement(By.cssSelector(".headline dd strong")).getText();
            return shown.equals("1") ? shown : null;
        });
        assertThat(enrolments).isEqualTo("1");
        assertThat(partnersApi.isMember(memberId, space.id())).isTrue();
    }

    private String password(long personId) {
        db.update(PERSON).set(PERSON.PASSWORD_HASH, "{noop}" + PASSWORD).where(PERSON.ID.eq(personId)).execute();
        return db.select(PERSON.EMAIL).from(PERSON).where(PERSON.ID.eq(personId)).fetchOne(PERSON.EMAIL);
    }

    private void signIn(String email) {
        page.open("/login?lang=en");
        page.type("username", email);
        page.type("password", PASSWORD);
        page.click(By.cssSelector("main form button[type=submit]"));
        page.heading(msg("mylearning.title"));
    }

    private void signOut() {
        page.click(By.xpath("//button[normalize-space()='" + msg("nav.logout") + "']"));
        wait.until(d -> d.getCurrentUrl().contains("signedOut"));
    }

    private void submit(String css) {
        page.click(By.cssSelector(css));
    }

    private String text(String css) {
        return wait.until(d -> d.findElement(By.cssSelector(css))).getText();
    }
}
