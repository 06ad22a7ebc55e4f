package campus.learning.internal;

import static org.campus.db.Tables.ATTENDANCE;
import static org.campus.db.Tables.SESSION_DAY;

import java.util.OptionalDouble;
import org.jooq.DSLContext;
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
}
