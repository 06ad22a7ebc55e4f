package campus.evaluation.internal;

import static org.campus.db.Tables.SURVEY_INVITATION;
import static org.campus.db.Tables.SURVEY_TOKEN;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.campus.db.tables.records.SurveyInvitationRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Invitations to answer a survey, and the hashed tokens of the links mailed for them. */
@Repository
class InvitationStore {

    private final DSLContext db;

    InvitationStore(DSLContext db) {
        this.db = db;
    }

    /** Plans an invitation; planning the same one twice (a replayed event) changes nothing. */
    void plan(long enrolmentId, long activityId, Survey survey, LocalDate dueOn) {
        db.insertInto(SURVEY_INVITATION)
                .set(SURVEY_INVITATION.ENROLMENT_ID, enrolmentId)
                .set(SURVEY_INVITATION.ACTIVITY_ID, activityId)
                .set(SURVEY_INVITATION.SURVEY, survey.code())
                .set(SURVEY_INVITATION.DUE_ON, dueOn)
                .onConflictDoNothing()
                .execute();
    }

    void replanUnsentFollowups(long activityId, int monthsBefore, int monthsNow) {
        var unsent = db.select(SURVEY_INVITATION.ID, SURVEY_INVITATION.DUE_ON).from(SURVEY_INVITATION)
                .where(SURVEY_INVITATION.ACTIVITY_ID.eq(activityId)).and(SURVEY_INVITATION.SURVEY.eq(Survey.FOLLOWUP.code()))
                .and(SURVEY_INVITATION.INVITED_AT.isNull()).fetch();
        for (var row : unsent) {
            db.update(SURVEY_INVITATION)
                    .set(SURVEY_INVITATION.DUE_ON, row.value2().minusMonths(monthsBefore).plusMonths(monthsNow))
                    .where(SURVEY_INVITATION.ID.eq(row.value1())).execute();
        }
    }

    Optional<Invitation> find(long enrolmentId, Survey survey) {
        return db.selectFrom(SURVEY_INVITATION).where(SURVEY_INVITATION.ENROLMENT_ID.eq(enrolmentId))
                .and(SURVEY_INVITATION.SURVEY.eq(survey.code())).fetchOptional(InvitationStore::toInvitation);
    }

    Optional<Invitation> get(long id) {
        return db.selectFrom(SURVEY_INVITATION).where(SURVEY_INVITATION.ID.eq(id)).fetchOptional(InvitationStore::toInvitation);
    }

    /** Locks the invitation so that one sender or one answer at a time acts on it. */
    Optional<Invitation> lock(long id) {
        return db.selectFrom(SURVEY_INVITATION).where(SURVEY_INVITATION.ID.eq(id)).forUpdate()
                .fetchOptional(InvitationStore::toInvitation);
    }

    /** Invitations due and never sent, oldest first. */
    List<Long> dueInvitations(LocalDate today, int limit) {
        return db.select(SURVEY_INVITATION.ID).from(SURVEY_INVITATION)
                .where(SURVEY_INVITATION.INVITED_AT.isNull()).and(SURVEY_INVITATION.ANSWERED_AT.isNull())
                .and(SURVEY_INVITATION.DUE_ON.le(today))
                .orderBy(SURVEY_INVITATION.DUE_ON, SURVEY_INVITATION.ID).limit(limit).fetch(SURVEY_INVITATION.ID);
    }

    /** Sent, unanswered, unexpired invitations of a survey whose last mail is older than the given time. */
    List<Long> dueReminders(Survey survey, OffsetDateTime lastMailBefore, OffsetDateTime now, int maxReminders, int limit) {
        return db.select(SURVEY_INVITATION.ID).from(SURVEY_INVITATION)
                .where(SURVEY_INVITATION.SURVEY.eq(survey.code()))
                .and(SURVEY_INVITATION.INVITED_AT.isNotNull()).and(SURVEY_INVITATION.ANSWERED_AT.isNull())
                .and(SURVEY_INVITATION.REMINDERS_SENT.lt(maxReminders))
                .and(SURVEY_INVITATION.LAST_MAIL_AT.le(lastMailBefore))
                .and(SURVEY_INVITATION.EXPIRES_AT.gt(now))
                .orderBy(SURVEY_INVITATION.ID).limit(limit).fetch(SURVEY_INVITATION.ID);
    }

    void markInvited(long id, OffsetDateTime at, OffsetDateTime expiresAt) {
        db.update(SURVEY_INVITATION).set(SURVEY_INVITATION.INVITED_AT, at).set(SURVEY_INVITATION.LAST_MAIL_AT, at)
                .set(SURVEY_INVITATION.EXPIRES_AT, expiresAt).where(SURVEY_INVITATION.ID.eq(id)).execute();
    }

    void markReminded(long id, OffsetDateTime at) {
        db.update(SURVEY_INVITATION).set(SURVEY_INVITATION.REMINDERS_SENT, SURVEY_INVITATION.REMINDERS_SENT.plus(1))
                .set(SURVEY_INVITATION.LAST_MAIL_AT, at).where(SURVEY_INVITATION.ID.eq(id)).execute();
    }

    void markAnswered(long enrolmentId, Survey survey, OffsetDateTime at) {
        db.update(SURVEY_INVITATION).set(SURVEY_INVITATION.ANSWERED_AT, at)
                .where(SURVEY_INVITATION.ENROLMENT_ID.eq(enrolmentId)).and(SURVEY_INVITATION.SURVEY.eq(survey.code()))
                .and(SURVEY_INVITATION.ANSWERED_AT.isNull()).execute();
    }

    void addToken(String hash, long invitationId, OffsetDateTime at) {
        db.insertInto(SURVEY_TOKEN).set(SURVEY_TOKEN.TOKEN_HASH, hash).set(SURVEY_TOKEN.INVITATION_ID, invitationId)
                .set(SURVEY_TOKEN.CREATED_AT, at).execute();
    }

    Optional<Long> invitationOfToken(String hash) {
        return db.select(SURVEY_TOKEN.INVITATION_ID).from(SURVEY_TOKEN).where(SURVEY_TOKEN.TOKEN_HASH.eq(hash))
                .fetchOptional(SURVEY_TOKEN.INVITATION_ID);
    }

    private static Invitation toInvitation(SurveyInvitationRecord r) {
        return new Invitation(r.getId(), r.getEnrolmentId(), r.getActivityId(), Survey.ofCode(r.getSurvey()).orElseThrow(),
                r.getDueOn(), r.getInvitedAt(), r.getRemindersSent(), r.getLastMailAt(), r.getExpiresAt(),
                r.getAnsweredAt());
    }
}
