package campus.evaluation.internal;

import static org.campus.db.Tables.EVALUATION_SETTINGS;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Per-activity evaluation settings; activities without a row use the defaults. */
@Repository
class SettingsStore {

    /** Six months: long enough to have had the chance to apply what was learned, short enough to remember the course. */
    static final int DEFAULT_FOLLOWUP_MONTHS = 6;

    private final DSLContext db;

    SettingsStore(DSLContext db) {
        this.db = db;
    }

    int followupMonths(long activityId) {
        Integer months = db.select(EVALUATION_SETTINGS.FOLLOWUP_MONTHS).from(EVALUATION_SETTINGS)
                .where(EVALUATION_SETTINGS.ACTIVITY_ID.eq(activityId)).fetchOne(EVALUATION_SETTINGS.FOLLOWUP_MONTHS);
        return months == null ? DEFAULT_FOLLOWUP_MONTHS : months;
    }

    void saveFollowupMonths(long activityId, int months) {
        db.insertInto(EVALUATION_SETTINGS)
                .set(EVALUATION_SETTINGS.ACTIVITY_ID, activityId)
                .set(EVALUATION_SETTINGS.FOLLOWUP_MONTHS, months)
                .onConflict(EVALUATION_SETTINGS.ACTIVITY_ID).doUpdate()
                .set(EVALUATION_SETTINGS.FOLLOWUP_MONTHS, months)
                .execute();
    }
}
