package campus.enrolment.internal;

import static org.campus.db.Tables.ENROLMENT;
import static org.campus.db.Tables.SEAT_REGISTER;

import org.campus.db.tables.records.EnrolmentRecord;
import campus.enrolment.EnrolmentStatus;
import campus.enrolment.EnrolmentView;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** The enrolment and seat_register tables. */
@Repository
class EnrolmentStore {

    private final DSLContext db;

    EnrolmentStore(DSLContext db) {
        this.db = db;
    }

    /**
     * Locks the activity's seat register row (creating it on first use) and hands out the next
     * arrival number. Every seat decision for the activity runs after this lock, one at a time,
     * whatever the app instance, which is what keeps the capacity rule.
     */
    long lockAndNumberArrival(long activityId) {
        try {
            db.insertInto(SEAT_REGISTER).set(SEAT_REGISTER.ACTIVITY_ID, activityId).set(SEAT_REGISTER.LAST_ARRIVAL, 0L)
                    .onConflictDoNothing().execute();
        } catch (DuplicateKeyException raced) {
            // H2 emulates ON CONFLICT with a MERGE that two first applicants can race; the row exists
            // now either way, and H2 keeps the transaction usable after a failed statement
        }
        long last = db.select(SEAT_REGISTER.LAST_ARRIVAL).from(SEAT_REGISTER)
                .where(SEAT_REGISTER.ACTIVITY_ID.eq(activityId)).forUpdate().fetchOne(SEAT_REGISTER.LAST_ARRIVAL);
        db.update(SEAT_REGISTER).set(SEAT_REGISTER.LAST_ARRIVAL, last + 1)
                .where(SEAT_REGISTER.ACTIVITY_ID.eq(activityId)).execute();
        return last + 1;
    }

    int seatsTaken(long activityId) {
        return db.fetchCount(ENROLMENT, ENROLMENT.ACTIVITY_ID.eq(activityId)
                .and(ENROLMENT.STATUS.in(EnrolmentStatus.ENROLLED.code(), EnrolmentStatus.COMPLETED.code())));
    }

    Optional<EnrolmentRecord> of(long activityId, long personId) {
        return db.selectFrom(ENROLMENT).where(ENROLMENT.ACTIVITY_ID.eq(activityId)).and(ENROLMENT.PERSON_ID.eq(personId))
                .fetchOptional();
    }

    Optional<EnrolmentRecord> byId(long id) {
        return db.selectFrom(ENROLMENT).where(ENROLMENT.ID.eq(id)).fetchOptional();
    }

    long insert(long activityId, long personId, EnrolmentStatus status, long arrival, OffsetDateTime now) {
        return db.insertInto(ENROLMENT).set(ENROLMENT.ACTIVITY_ID, activityId).set(ENROLMENT.PERSON_ID, personId)
                .set(ENROLMENT.STATUS, status.code()).set(ENROLMENT.APPLIED_AT, now).set(ENROLMENT.ARRIVAL, arrival)
                .set(ENROLMENT.ENROLLED_ON, status.holdsSeat() ? now.toLocalDate() : null)
                .set(ENROLMENT.UPDATED_AT, now)
                .returningResult(ENROLMENT.ID).fetchOne(ENROLMENT.ID);
    }

    /** A withdrawn or rejected applicant applies again: a new place in the order of arrival. */
    void reapply(long id, EnrolmentStatus status, long arrival, OffsetDateTime now) {
        db.update(ENROLMENT).set(ENROLMENT.STATUS, status.code()).set(ENROLMENT.APPLIED_AT, now)
                .set(ENROLMENT.ARRIVAL, arrival).set(ENROLMENT.ENROLLED_ON, status.holdsSeat() ? now.toLocalDate() : null)
                .set(ENROLMENT.COMPLETED_ON, (LocalDate) null).set(ENROLMENT.WITHDRAWN_ON, (LocalDate) null)
                .set(ENROLMENT.UPDATED_AT, now).where(ENROLMENT.ID.eq(id)).execute();
    }

    void setStatus(long id, EnrolmentStatus status, OffsetDateTime now) {
        var update = db.update(ENROLMENT).set(ENROLMENT.STATUS, status.code()).set(ENROLMENT.UPDATED_AT, now);
        LocalDate today = now.toLocalDate();
        switch (status) {
            case ENROLLED -> update = update.set(ENROLMENT.ENROLLED_ON, today).set(ENROLMENT.COMPLETED_ON, (LocalDate) null);
            case COMPLETED -> update = update.set(ENROLMENT.COMPLETED_ON, today);
            case WITHDRAWN -> update = update.set(ENROLMENT.WITHDRAWN_ON, today);
            default -> { }
        }
        update.where(ENROLMENT.ID.eq(id)).execute();
    }

    /** The first on the waitlist: lowest arrival number. */
    Optional<EnrolmentRecord> firstWaitlisted(long activityId) {
        return db.selectFrom(ENROLMENT).where(ENROLMENT.ACTIVITY_ID.eq(activityId))
                .and(ENROLMENT.STATUS.eq(EnrolmentStatus.WAITLISTED.code()))
                .orderBy(ENROLMENT.ARRIVAL).limit(1).fetchOptional();
    }

    List<EnrolmentView> ofActivity(long activityId) {
        return views(db.selectFrom(ENROLMENT).where(ENROLMENT.ACTIVITY_ID.eq(activityId)).orderBy(ENROLMENT.ARRIVAL).fetch());
    }

    List<EnrolmentView> ofPerson(long personId) {
        return views(db.selectFrom(ENROLMENT).where(ENROLMENT.PERSON_ID.eq(personId))
                .orderBy(ENROLMENT.APPLIED_AT.desc(), ENROLMENT.ID.desc()).fetch());
    }

    EnrolmentView view(long id) {
        EnrolmentRecord r = byId(id).orElseThrow();
        Integer position = null;
        if (EnrolmentStatus.of(r.getStatus()) == EnrolmentStatus.WAITLISTED) {
            position = 1 + db.fetchCount(ENROLMENT, ENROLMENT.ACTIVITY_ID.eq(r.getActivityId())
                    .and(ENROLMENT.STATUS.eq(EnrolmentStatus.WAITLISTED.code())).and(ENROLMENT.ARRIVAL.lt(r.getArrival())));
        }
        return toView(r, position);
    }

    private List<EnrolmentView> views(List<EnrolmentRecord> rows) {
        return rows.stream().map(r -> EnrolmentStatus.of(r.getStatus()) == EnrolmentStatus.WAITLISTED
                ? view(r.getId()) : toView(r, null)).toList();
    }

    private static EnrolmentView toView(EnrolmentRecord r, Integer position) {
        return new EnrolmentView(r.getId(), r.getActivityId(), r.getPersonId(), EnrolmentStatus.of(r.getStatus()),
                r.getAppliedAt(), r.getArrival(), r.getEnrolledOn(), r.getCompletedOn(), r.getWithdrawnOn(), position);
    }
}
