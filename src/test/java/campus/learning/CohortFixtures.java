package campus.learning;

import static org.awaitility.Awaitility.await;
import static org.campus.db.Tables.MAIL_OUTBOX;
import static org.campus.db.Tables.PERSON;

import campus.Fixtures;
import campus.accounts.AccountsApi;
import campus.accounts.CampusUser;
import campus.accounts.PersonView;
import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentStatus;
import campus.learning.internal.CohortService;
import campus.learning.internal.CohortStore;
import campus.shared.Role;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.campus.db.tables.records.MailOutboxRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Cohorts with tutors and enrolled learners, the signed-in users to act as, and the mail they were sent. */
@Component
public class CohortFixtures {

    private final DSLContext db;
    private final Fixtures fixtures;
    private final EnrolmentApi enrolments;
    private final AccountsApi accounts;
    private final CohortService cohortService;
    private final CohortStore cohorts;

    CohortFixtures(DSLContext db, Fixtures fixtures, EnrolmentApi enrolments, AccountsApi accounts,
                   CohortService cohortService, CohortStore cohorts) {
        this.db = db;
        this.fixtures = fixtures;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.cohortService = cohortService;
        this.cohorts = cohorts;
    }

    /** A cohort running from {@code fromToday} to {@code toToday} days from today (negative: in the past). */
    public long cohort(long activityId, String name, int fromToday, int toToday) {
        LocalDate today = LocalDate.now();
        return cohortService.create(activityId, name, today.plusDays(fromToday), today.plusDays(toToday));
    }

    /** A person with the tutor role, made tutor of the cohort. */
    public long tutor(long cohortId) {
        long tutor = fixtures.person(Role.TUTOR);
        cohortService.addTutor(cohortId, email(tutor));
        return tutor;
    }

    /** A learner who prefers the given language, with a name that can be told apart on a page. */
    public long learner(String language, String givenName) {
        long id = fixtures.person(Role.LEARNER);
        db.update(PERSON).set(PERSON.PREFERRED_LANGUAGE, language).set(PERSON.GIVEN_NAME, givenName)
                .where(PERSON.ID.eq(id)).execute();
        return id;
    }

    /** Enrols the person; the activity must admit at once. */
    public long enrol(long activityId, long personId) {
        var enrolment = enrolments.apply(activityId, personId);
        if (enrolment.status() != EnrolmentStatus.ENROLLED) {
            throw new IllegalStateException("not enrolled: " + enrolment.status());
        }
        return enrolment.id();
    }

    /** Waits for the listener to place the enrolment, which it does after the enrolment commits. */
    public long placedCohort(long enrolmentId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> cohorts.cohortOf(enrolmentId).orElse(null), c -> c != null);
    }

    /** Enrols the person and waits until they are in the cohort the listener chose; returns the enrolment. */
    public long member(long activityId, long personId) {
        long enrolment = enrol(activityId, personId);
        placedCohort(enrolment);
        return enrolment;
    }

    public CampusUser user(long personId) {
        PersonView p = accounts.find(personId).orElseThrow();
        return new CampusUser(p.id(), p.email(), null, p.fullName(), p.preferredLanguage(), p.roles(), true, false);
    }

    public String email(long personId) {
        return accounts.find(personId).orElseThrow().email();
    }

    public List<MailOutboxRecord> mailsTo(long personId) {
        return db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(email(personId))).orderBy(MAIL_OUTBOX.ID).fetch();
    }
}
