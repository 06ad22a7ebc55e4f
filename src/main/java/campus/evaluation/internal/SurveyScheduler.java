package campus.evaluation.internal;

import campus.accounts.AccountsApi;
import campus.accounts.PersonView;
import campus.catalogue.CatalogueApi;
import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentView;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends survey invitations when they fall due and reminders for unanswered follow-ups. Everything
 * it needs is in the database (due dates, what was sent when), so a restart simply catches up; a
 * database lease keeps it to one instance at a time and a row lock on each invitation makes every
 * mail go out once even if two runs overlapped.
 */
@Component
public class SurveyScheduler {

    static final String LEASE = "survey-invitations";
    private static final Logger log = LoggerFactory.getLogger(SurveyScheduler.class);
    private static final int BATCH = 200;

    private final JobLease lease;
    private final InvitationStore invitations;
    private final InvitationMail mail;
    private final EnrolmentApi enrolments;
    private final AccountsApi accounts;
    private final CatalogueApi catalogue;
    private final SettingsStore settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Period linkValidity;
    private final Period reminderInterval;
    private final int maxReminders;

    SurveyScheduler(JobLease lease, InvitationStore invitations, InvitationMail mail, EnrolmentApi enrolments,
                    AccountsApi accounts, CatalogueApi catalogue, SettingsStore settings, TransactionTemplate transactions,
                    Clock clock,
                    @Value("${campus.evaluation.link-validity:P60D}") Period linkValidity,
                    @Value("${campus.evaluation.reminder-interval:P14D}") Period reminderInterval,
                    @Value("${campus.evaluation.max-reminders:2}") int maxReminders) {
        this.lease = lease;
        this.invitations = invitations;
        this.mail = mail;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
        this.linkValidity = linkValidity;
        this.reminderInterval = reminderInterval;
        this.maxReminders = maxReminders;
    }

    @Scheduled(fixedDelayString = "${campus.evaluation.poll-interval:PT1M}",
            initialDelayString = "${campus.evaluation.initial-delay:PT10S}")
    void onSchedule() {
        run(OffsetDateTime.now(clock));
    }

    /** One run as of the given time (tests pass their own); returns the number of mails queued, or -1 when another run holds the lease. */
    public int run(OffsetDateTime now) {
        OffsetDateTime utc = now.withOffsetSameInstant(ZoneOffset.UTC);
        if (!lease.take(LEASE, utc, Duration.ofMinutes(10))) {
            return -1;
        }
        try {
            int sent = 0;
            for (long id : invitations.dueInvitations(utc.toLocalDate(), BATCH)) {
                sent += once(() -> invite(id, utc));
            }
            // only the follow-up is reminded: the satisfaction survey is also offered on the learner's pages
            for (long id : invitations.dueReminders(Survey.FOLLOWUP, utc.minus(reminderInterval), utc, maxReminders, BATCH)) {
                sent += once(() -> remind(id, utc));
            }
            return sent;
        } finally {
            lease.giveBack(LEASE);
        }
    }

    /** One invitation's mail in its own transaction, so one bad address does not hold back the rest. */
    private int once(java.util.function.BooleanSupplier step) {
        try {
            return Boolean.TRUE.equals(transactions.execute(tx -> step.getAsBoolean())) ? 1 : 0;
        } catch (RuntimeException e) {
            log.warn("Survey mail not queued: {}", e.toString());
            return 0;
        }
    }

    private boolean invite(long id, OffsetDateTime now) {
        Invitation invitation = invitations.lock(id).orElse(null);
        if (invitation == null || invitation.invitedAt() != null || invitation.answeredAt() != null) {
            return false; // another run got there first, or the learner answered on the platform
        }
        OffsetDateTime expires = now.plus(linkValidity);
        mailFor(invitation, "invitation", now, expires);
        invitations.markInvited(id, now, expires);
        return true;
    }

    private boolean remind(long id, OffsetDateTime now) {
        Invitation invitation = invitations.lock(id).orElse(null);
        if (invitation == null || invitation.answeredAt() != null || invitation.remindersSent() >= maxReminders
                || invitation.lastMailAt().isAfter(now.minus(reminderInterval)) || invitation.expiredAt(now)) {
            return false;
        }
        mailFor(invitation, "reminder", now, invitation.expiresAt());
        invitations.markReminded(id, now);
        return true;
    }

    private void mailFor(Invitation invitation, String kind, OffsetDateTime now, OffsetDateTime expires) {
        EnrolmentView enrolment = enrolments.find(invitation.enrolmentId()).orElseThrow();
        PersonView person = accounts.find(enrolment.personId()).orElseThrow();
        String language = person.preferredLanguage() == null ? "en" : person.preferredLanguage();
        String title = catalogue.find(invitation.activityId(), language).map(a -> a.title()).orElse("");
        String token = SurveyLinks.newToken();
        invitations.addToken(SurveyLinks.hash(token).orElseThrow(), invitation.id(), now);
        mail.send(person, invitation.survey(), kind, title, token, expires, settings.followupMonths(invitation.activityId()));
    }
}
