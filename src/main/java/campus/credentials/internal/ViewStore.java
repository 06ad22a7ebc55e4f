package campus.credentials.internal;

import static org.campus.db.Tables.CREDENTIAL_VIEW;

import campus.credentials.CredentialsViewed;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Views of public credential pages: the credential, when, and the viewer's pseudonym — nothing else. */
@Repository
class ViewStore {

    /** Rows per INSERT statement, so a backlog after a stall does not make one giant statement. */
    private static final int ROWS_PER_INSERT = 500;

    private final DSLContext db;

    ViewStore(DSLContext db) {
        this.db = db;
    }

    void insertAll(List<CredentialsViewed.View> views) {
        for (int from = 0; from < views.size(); from += ROWS_PER_INSERT) {
            var insert = db.insertInto(CREDENTIAL_VIEW, CREDENTIAL_VIEW.CREDENTIAL_ID, CREDENTIAL_VIEW.VIEWED_AT,
                    CREDENTIAL_VIEW.VIEWER);
            for (CredentialsViewed.View v : views.subList(from, Math.min(views.size(), from + ROWS_PER_INSERT))) {
                insert = insert.values(v.credentialId(), v.viewedAt().atOffset(ZoneOffset.UTC), v.viewer());
            }
            insert.execute();
        }
    }
}
