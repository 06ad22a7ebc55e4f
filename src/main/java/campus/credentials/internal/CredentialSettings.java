package campus.credentials.internal;

import static org.campus.db.Tables.CREDENTIAL_SETTINGS;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Which credential each activity awards, where staff chose one ("none" switches credentials off). */
@Repository
class CredentialSettings {

    private final DSLContext db;

    CredentialSettings(DSLContext db) {
        this.db = db;
    }

    /** Empty when the activity has no setting; an empty kind inside when staff chose "none". */
    Optional<Optional<CredentialKind>> kind(long activityId) {
        return db.select(CREDENTIAL_SETTINGS.KIND).from(CREDENTIAL_SETTINGS).where(CREDENTIAL_SETTINGS.ACTIVITY_ID.eq(activityId))
                .fetchOptional(CREDENTIAL_SETTINGS.KIND).map(CredentialKind::ofCode);
    }

    void save(long activityId, String kindOrNone) {
        db.insertInto(CREDENTIAL_SETTINGS).set(CREDENTIAL_SETTINGS.ACTIVITY_ID, activityId)
                .set(CREDENTIAL_SETTINGS.KIND, kindOrNone).onConflict(CREDENTIAL_SETTINGS.ACTIVITY_ID).doUpdate()
                .set(CREDENTIAL_SETTINGS.KIND, kindOrNone).execute();
    }
}
