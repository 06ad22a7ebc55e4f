package campus.credentials.internal;

import static org.campus.db.Tables.CREDENTIAL;
import static org.campus.db.Tables.CREDENTIAL_STATUS_CHANGE;
import static org.campus.db.Tables.CREDENTIAL_STATUS_LIST;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campus.db.Sequences;
import org.campus.db.tables.records.CredentialRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Issued credentials, their status history and the signed status lists. */
@Repository
class CredentialStore {

    private final DSLContext db;

    CredentialStore(DSLContext db) {
        this.db = db;
    }

    List<Long> nextStatusIndexes(int count) {
        return db.nextvals(Sequences.CREDENTIAL_STATUS_INDEX, count).stream().map(Number::longValue).toList();
    }

    /** Rows per INSERT: 11 parameters each stays under PostgreSQL's 32,767 and H2's 100,000 bind parameters. */
    private static final int INSERT_CHUNK = 1000;

    void insertAll(List<StoredCredential> credentials) {
        for (int from = 0; from < credentials.size(); from += INSERT_CHUNK) {
            var insert = db.insertInto(CREDENTIAL, CREDENTIAL.ID, CREDENTIAL.ENROLMENT_ID, CREDENTIAL.PERSON_ID,
                    CREDENTIAL.ACTIVITY_ID, CREDENTIAL.KIND, CREDENTIAL.LANGUAGE, CREDENTIAL.TITLE, CREDENTIAL.ISSUED_AT,
                    CREDENTIAL.DOCUMENT, CREDENTIAL.LOG_INDEX, CREDENTIAL.STATUS_INDEX);
            for (StoredCredential c : credentials.subList(from, Math.min(credentials.size(), from + INSERT_CHUNK))) {
                insert = insert.values(c.id(), c.enrolmentId(), c.personId(), c.activityId(), c.kind().code(),
                        c.language(), c.title(), c.issuedAt(), c.document(), c.logIndex(), c.statusIndex());
            }
            insert.execute();
        }
    }

    /** Serialises issuing for one activity until the transaction ends (see V13). */
    void lockIssuing(long activityId) {
        try {
            db.insertInto(org.campus.db.Tables.CREDENTIAL_ISSUE_LOCK)
                    .set(org.campus.db.Tables.CREDENTIAL_ISSUE_LOCK.ACTIVITY_ID, activityId).onConflictDoNothing().execute();
        } catch (org.springframework.dao.DataIntegrityViolationException | org.jooq.exception.IntegrityConstraintViolationException raced) {
            // H2 emulates ON CONFLICT with a MERGE that a concurrent first insert of the same row can still beat
            // (PostgreSQL's is atomic); the row exists either way, and H2 keeps the transaction usable
        }
        db.select(org.campus.db.Tables.CREDENTIAL_ISSUE_LOCK.ACTIVITY_ID).from(org.campus.db.Tables.CREDENTIAL_ISSUE_LOCK)
                .where(org.campus.db.Tables.CREDENTIAL_ISSUE_LOCK.ACTIVITY_ID.eq(activityId)).forUpdate().fetch();
    }

    Optional<StoredCredential> find(String id) {
        return db.selectFrom(CREDENTIAL).where(CREDENTIAL.ID.eq(id)).fetchOptional(CredentialStore::toCredential);
    }

    Optional<StoredCredential> lock(String id) {
        return db.selectFrom(CREDENTIAL).where(CREDENTIAL.ID.eq(id)).forUpdate().fetchOptional(CredentialStore::toCredential);
    }

    Optional<StoredCredential> ofEnrolment(long enrolmentId) {
        return db.selectFrom(CREDENTIAL).where(CREDENTIAL.ENROLMENT_ID.eq(enrolmentId))
                .fetchOptional(CredentialStore::toCredential);
    }

    Map<Long, String> idsOfEnrolments(Collection<Long> enrolmentIds) {
        return db.select(CREDENTIAL.ENROLMENT_ID, CREDENTIAL.ID).from(CREDENTIAL)
                .where(CREDENTIAL.ENROLMENT_ID.in(enrolmentIds)).fetchMap(CREDENTIAL.ENROLMENT_ID, CREDENTIAL.ID);
    }

    List<Long> enrolmentsWithCredential(Collection<Long> enrolmentIds) {
        return db.select(CREDENTIAL.ENROLMENT_ID).from(CREDENTIAL).where(CREDENTIAL.ENROLMENT_ID.in(enrolmentIds))
                .fetch(CREDENTIAL.ENROLMENT_ID);
    }

    List<StoredCredential> ofPerson(long personId) {
        return db.selectFrom(CREDENTIAL).where(CREDENTIAL.PERSON_ID.eq(personId)).orderBy(CREDENTIAL.ISSUED_AT.desc())
                .fetch(CredentialStore::toCredential);
    }

    List<StoredCredential> ofActivity(long activityId) {
        return db.selectFrom(CREDENTIAL).where(CREDENTIAL.ACTIVITY_ID.eq(activityId)).orderBy(CREDENTIAL.ISSUED_AT)
                .fetch(CredentialStore::toCredential);
    }

    void changeStatus(String id, CredentialStatus status, String reason, OffsetDateTime at, long by) {
        db.update(CREDENTIAL).set(CREDENTIAL.STATUS, status.code())
                .set(CREDENTIAL.STATUS_REASON, status == CredentialStatus.VALID ? null : reason)
                .set(CREDENTIAL.STATUS_CHANGED_AT, at).where(CREDENTIAL.ID.eq(id)).execute();
        db.insertInto(CREDENTIAL_STATUS_CHANGE).set(CREDENTIAL_STATUS_CHANGE.CREDENTIAL_ID, id)
                .set(CREDENTIAL_STATUS_CHANGE.STATUS, status.code()).set(CREDENTIAL_STATUS_CHANGE.REASON, reason)
                .set(CREDENTIAL_STATUS_CHANGE.CHANGED_AT, at).set(CREDENTIAL_STATUS_CHANGE.CHANGED_BY, by).execute();
    }

    void share(String id, boolean shared) {
        db.update(CREDENTIAL).set(CREDENTIAL.SHARED, shared).where(CREDENTIAL.ID.eq(id)).execute();
    }

    /** The status list place of the newest credential, if any was issued. */
    Optional<Long> highestStatusIndex() {
        return Optional.ofNullable(db.select(org.jooq.impl.DSL.max(CREDENTIAL.STATUS_INDEX)).from(CREDENTIAL).fetchOne(0, Long.class));
    }

    /** Status index → status of every credential in the range that is not valid. */
    Map<Long, CredentialStatus> notValid(long fromIndex, long toIndexExclusive) {
        return db.select(CREDENTIAL.STATUS_INDEX, CREDENTIAL.STATUS).from(CREDENTIAL)
                .where(CREDENTIAL.STATUS_INDEX.ge(fromIndex)).and(CREDENTIAL.STATUS_INDEX.lt(toIndexExclusive))
                .and(CREDENTIAL.STATUS.ne(CredentialStatus.VALID.code()))
                .fetchMap(r -> r.value1(), r -> CredentialStatus.ofCode(r.value2()).orElseThrow());
    }

    Optional<String> statusList(long listNumber) {
        return db.select(CREDENTIAL_STATUS_LIST.DOCUMENT).from(CREDENTIAL_STATUS_LIST)
                .where(CREDENTIAL_STATUS_LIST.LIST_NUMBER.eq(listNumber)).fetchOptional(CREDENTIAL_STATUS_LIST.DOCUMENT);
    }

    void lockStatusList(long listNumber) {
        db.insertInto(CREDENTIAL_STATUS_LIST).set(CREDENTIAL_STATUS_LIST.LIST_NUMBER, listNumber)
                .set(CREDENTIAL_STATUS_LIST.DOCUMENT, "").set(CREDENTIAL_STATUS_LIST.SIGNED_AT, OffsetDateTime.now())
                .onConflictDoNothing().execute();
        db.select(CREDENTIAL_STATUS_LIST.LIST_NUMBER).from(CREDENTIAL_STATUS_LIST)
                .where(CREDENTIAL_STATUS_LIST.LIST_NUMBER.eq(listNumber)).forUpdate().fetch();
    }

    void saveStatusList(long listNumber, String document, OffsetDateTime at) {
        db.insertInto(CREDENTIAL_STATUS_LIST).set(CREDENTIAL_STATUS_LIST.LIST_NUMBER, listNumber)
                .set(CREDENTIAL_STATUS_LIST.DOCUMENT, document).set(CREDENTIAL_STATUS_LIST.SIGNED_AT, at)
                .onConflict(CREDENTIAL_STATUS_LIST.LIST_NUMBER).doUpdate()
                .set(CREDENTIAL_STATUS_LIST.DOCUMENT, document).set(CREDENTIAL_STATUS_LIST.SIGNED_AT, at).execute();
    }

    static StoredCredential toCredential(CredentialRecord r) {
        return new StoredCredential(r.getId(), r.getEnrolmentId(), r.getPersonId(), r.getActivityId(),
                CredentialKind.ofCode(r.getKind()).orElseThrow(), r.getLanguage(), r.getTitle(), r.getIssuedAt(),
                r.getDocument(), r.getLogIndex(), r.getStatusIndex(), CredentialStatus.ofCode(r.getStatus()).orElseThrow(),
                r.getStatusReason(), r.getStatusChangedAt(), r.getShared());
    }
}
