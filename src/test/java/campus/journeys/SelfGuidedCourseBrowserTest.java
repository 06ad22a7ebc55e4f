package campus.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campus.db.Tables.PERSON;

import campus.CampusTest;
import campus.Fixtures;
import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentStatus;
import campus.learning.CourseFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * A learner takes a self-guided course in a real browser: the pre-test, the lessons, a final test
 * under the pass mark (the course stays open, with feedback), then one at the mark, which completes it.
 */
@CampusTest
class SelfGuidedCourseBrowserTest extends BrowserJourney {

    /** The question prompts of CourseFixtures and their right answers' labels. */
    static final List<String> RIGHT = List.of("Governments, employers and workers", "C87", "C98", "Turin");

    @Autowired Fixtures fixtures;
    @Autowired CourseFixtures courses;
    @Autowired EnrolmentApi enrolments;
    @Autowired DSLContext db;

    @Test
    void preTestLessonsFailedThenPassedFinalTestCompletesTheCourse() {
        CourseFixtures.Course course = courses.selfGuided(75, 3);
        long learner = fixtures.person();
        String email = db.select(PERSON.EMAIL).from(PERSON).where(PERSON.ID.eq(learner)).fetchOne(PERSON.EMAIL);
        db.update(PERSON).set(PERSON.PASSWORD_HASH, "{noop}course-journey-1").where(PERSON.ID.eq(learner)).execute();
        long enrolment = enrolments.apply(course.activityId(), learner).id();

        page.open("/login");
        page.type("username", email);
        page.type("password", "course-journey-1");
        page.click(By.cssSelector("main form button[type=submit]"));
        page.heading(msg("mylearning.title"));

        // My learning leads to the pre-test first
        page.click(By.linkText(msg("course.pre.take")));
        page.heading(msg("course.pre"));
        answer(0); // all wrong: the pre-test measures what the learner knew on entry
        page.heading(msg("course.pre"));
        assertThat(text(".notice")).isEqualTo(messages.getMessage("test.scored", new Object[] {0}, en));
        assertThat(browser.findElements(By.cssSelector(".question"))).as("no answers shown after the pre-test").isEmpty();
        page.click(By.linkText(msg("test.back")));

        // the lessons, one after the other, marking each done
        page.click(By.linkText(msg("course.start")));
        page.heading("What social dialogue is");
        assertThat(browser.findElement(By.cssSelector(".lesson-body strong")).getText()).isEqualTo("together");
        page.click(By.xpath("//button[normalize-space()='" + msg("course.done.next") + "']"));
        page.heading("Collective bargaining");
        page.click(By.xpath("//button[normalize-space()='" + msg("course.done.next") + "']"));
        page.heading("Further reading");
        page.click(By.cssSelector("p.meta a"));

        // a final test under the pass mark: feedback, and the course stays open
        page.click(By.linkText(msg("course.post.take")));
        answer(2);
        assertThat(text(".notice")).isEqualTo(messages.getMessage("test.scored", new Object[] {50}, en));
        assertThat(text("p.problem")).isEqualTo(messages.getMessage("test.failed.again", new Object[] {75, 2}, en));
        assertThat(browser.findElements(By.cssSelector(".question .right, .question .wrong"))).hasSize(4);
        assertThat(enrolments.find(enrolment).orElseThrow().status()).isEqualTo(EnrolmentStatus.ENROLLED);

        // again, at the pass mark: completed
        page.click(By.linkText(msg("test.back")));
        page.click(By.linkText(msg("course.post.take")));
        answer(3);
        wait.until(d -> d.findElement(By.tagName("main")).getText().contains(msg("course.completed")));
        assertThat(enrolments.find(enrolment).orElseThrow().status()).isEqualTo(EnrolmentStatus.COMPLETED);
        page.click(By.linkText(msg("test.back")));
        assertThat(browser.findElement(By.id("progress")).getAttribute("value")).isEqualTo("100");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(msg("course.next.completed"));
    }

    /**
     * Answers the first {@code right} questions on the page right and the rest wrong, then submits.
     * Options are shuffled per attempt, so answers are found by their labels.
     */
    private void answer(int right) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("fieldset.question")));
        List<WebElement> questions = browser.findElements(By.cssSelector("fieldset.question"));
        for (int i = 0; i < questions.size(); i++) {
            WebElement q = questions.get(i);
            boolean wantRight = i < right;
            List<WebElement> options = q.findElements(By.cssSelector("label"));
            for (WebElement option : options) {
                String label = option.getText().trim();
                boolean isRight = RIGHT.contains(label) || label.equals(msg("test.true"));
                if ((wantRight && isRight) || (!wantRight && !isRight && noneChosen(q))) {
                    option.findElement(By.tagName("input")).click();
                }
            }
        }
        page.click(By.xpath("//button[normalize-space()='" + msg("test.submit") + "']"));
        wait.until(d -> d.getCurrentUrl().contains("/result"));
    }

    private static boolean noneChosen(WebElement question) {
        return question.findElements(By.cssSelector("input:checked")).isEmpty();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }
}
