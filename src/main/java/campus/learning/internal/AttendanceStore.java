package campus.learning.internal;

import static org.campus.db.Tables.ATTENDANCE;
import static org.campus.db.Tables.SESSION_DAY;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The session_day and attendance tables. */
@Repository
public class AttendanceStore {

    private final DSLContext db;

    AttendanceStore(DSLContext db) {
        this.db = db;
    }

    /**
     * Share (0..1) of the activity's sessions the learner was marked present at; empty when the
     * activity has no sessions. Sessions not yet marked count as absent: completion by attendance
     * is decided on the whole programme.
     */
    public OptionalDouble presentShare(long activityId, long enrolmentId) {
        int sessions = db.fetchCount(SESSION_DAY, SESSION_DAY.ACTIVITY_ID.eq(activityId));
        if (sessions == 0) {
            return OptionalDouble.empty();
        }
        int present = db.fetchCount(db.select().from(ATTENDANCE).join(SESSION_DAY).on(SESSION_DAY.ID.eq(ATTENDANCE.SESSION_ID))
                .where(SESSION_DAY.ACTIVITY_ID.eq(activityId)).and(ATTENDANCE.ENROLMENT_ID.eq(enrolmentId))
                .and(ATTENDANCE.PRESENT.isTrue()));
        return OptionalDouble.of((double) present / sessions);
    }

    /** Sessions each of the given learners was present at, for a whole attendance sheet in one query. */
    public Map<Long, Integer> presentCounts(long activityId, Collection<Long> enrolmentIds) {
        return db.select(ATTENDANCE.ENROLMENT_ID, DSL.count()).from(ATTENDANCE)
                .join(SESSION_DAY).on(SESSION_DAY.ID.eq(ATTENDANCE.SESSION_ID))
                .where(SESSION_DAY.ACTIVITY_ID.eq(activityId)).and(ATTENDANCE.ENROLMENT_ID.in(enrolmentIds))
                .and(ATTENDANCE.PRESENT.isTrue()).groupBy(ATTENDANCE.ENROLMENT_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    public List<SessionDay> sessions(long activityId) {
        return db.selectFrom(SESSION_DAY).where(SESSION_DAY.ACTIVITY_ID.eq(activityId)).orderBy(SESSION_DAY.HELD_ON)
                .fetch(r -> new SessionDay(r.getId(), r.getActivityId(), r.getHeldOn(), r.getTopic()));
    }

    public Optional<SessionDay> session(long sessionId) {
        return db.selectFrom(SESSION_DAY).where(SESSION_DAY.ID.eq(sessionId))
                .fetchOptional(r -> new SessionDay(r.getId(), r.getActivityId(), r.getHeldOn(), r.getTopic()));
    }

    public boolean hasSessionOn(long activityId, LocalDate day) {
        return db.fetchExists(SESSION_DAY, SESSION_DAY.ACTIVITY_ID.eq(activityId).and(SESSION_DAY.HELD_ON.eq(day)));
    }

    public long addSession(long activityId, LocalDate day, String topic) {
        return db.insertInto(SESSION_DAY).set(SESSION_DAY.ACTIVITY_ID, activityId).set(SESSION_DAY.HELD_ON, day)
                .set(SESSION_DAY.TOPIC, topic).returningResult(SESSION_DAY.ID).fetchOne(SESSION_DAY.ID);
    }

    /** Removes a session day and the attendance taken on it. */
    public void deleteSession(long sessionId) {
        db.deleteFrom(SESSION_DAY).where(SESSION_DAY.ID.eq(sessionId)).execute();
    }

    /** Who was marked present (true) or absent (false) at the session; learners not yet marked are missing. */
    public Map<Long, Boolean> marks(long sessionId) {
        return db.select(ATTENDANCE.ENROLMENT_ID, ATTENDANCE.PRESENT).from(ATTENDANCE)
                .where(ATTENDANCE.SESSION_ID.eq(sessionId)).fetchMap(ATTENDANCE.ENROLMENT_ID, ATTENDANCE.PRESENT);
    }

    /** Marks a learner present or absent; marking again replaces the earlier mark. */
    public void mark(long sessionId, long enrolmentId, boolean present, long markedBy, OffsetDateTime now) {
        if (remark(sessionId, enrolmentId, present, markedBy, now) == 0
                && db.insertInto(ATTENDANCE).set(ATTENDANCE.SESSION_ID, sessionId).set(ATTENDANCE.ENROLMENT_ID, enrolmentId)
                        .set(ATTENDANCE.PRESENT, present).set(ATTENDANCE.MARKED_BY, markedBy).set(ATTENDANCE.MARKED_AT, now)
                        .onConflictDoNothing().execute() == 0) {
            // a second tutor saved the same sheet at the same moment: the later save wins, as it would a moment later
            remark(sessionId, enrolmentId, present, markedBy, now);
        }
    }

    private int remark(long sessionId, long enrolmentId, boolean present, long markedBy, OffsetDateTime now) {
        return db.update(ATTENDANCE).set(ATTENDANCE.PRESENT, present).set(ATTENDANCE.MARKED_BY, markedBy)
                .set(ATTENDANCE.MARKED_AT, now)
                .where(ATTENDANCE.SESSION_ID.eq(sessionId)).and(ATTENDANCE.ENROLMENT_ID.eq(enrolmentId)).execute();
    }
}
