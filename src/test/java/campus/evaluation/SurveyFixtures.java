package campus.evaluation;

import static org.awaitility.Awaitility.await;
import static org.campus.db.Tables.PERSON;
import static org.campus.db.Tables.SURVEY_INVITATION;

import campus.Fixtures;
import campus.accounts.AccountsApi;
import campus.accounts.CampusUser;
import campus.accounts.PersonView;
import campus.enrolment.EnrolmentApi;
import campus.shared.Modality;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Learners who completed an activity, waiting for their surveys; and reading the mails they get. */
@Component
public class SurveyFixtures {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/surveys/([A-Za-z0-9_-]{43})\\S*");

    private final Fixtures fixtures;
    private final EnrolmentApi enrolments;
    private final AccountsApi accounts;
    private final DSLContext db;

    SurveyFixtures(Fixtures fixtures, EnrolmentApi enrolments, AccountsApi accounts, DSLContext db) {
        this.fixtures = fixtures;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.db = db;
    }

    /** A learner, their completed enrolment, and the activity. */
    public record Completed(long personId, long enrolmentId, long activityId, String email) {
    }

    public long selfGuidedActivity() {
        return fixtures.activity(Modality.SELF_GUIDED, null, false, "en", LocalDate.now().minusDays(30));
    }

    public Completed complete(long activityId, String language) {
        long person = fixtures.person();
        db.update(PERSON).set(PERSON.PREFERRED_LANGUAGE, language).where(PERSON.ID.eq(person)).execute();
        long enrolment = enrolments.apply(activityId, person).id();
        enrolments.complete(enrolment);
        // the surveys are planned by a listener after the completion commits
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchCount(SURVEY_INVITATION,
                SURVEY_INVITATION.ENROLMENT_ID.eq(enrolment)) == 2);
        return new Completed(person, enrolment, activityId, accounts.find(person).orElseThrow().email());
    }

    public CampusUser user(long personId) {
        PersonView p = accounts.find(personId).orElseThrow();
        return new CampusUser(p.id(), p.email(), null, p.fullName(), p.preferredLanguage(), p.roles(), true, false);
    }

    /** The personal token in a mail's link. */
    public static String token(MimeMessage mail) {
        Matcher m = LINK.matcher(text(mail));
        if (!m.find()) {
            throw new AssertionError("no survey link in: " + text(mail));
        }
        return m.group(1);
    }

    public static String text(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            if (content instanceof Multipart multipart) {
                return String.valueOf(multipart.getBodyPart(0).getContent());
            }
            return String.valueOf(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
