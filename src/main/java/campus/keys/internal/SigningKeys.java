package campus.keys.internal;

import static org.campus.db.Tables.SIGNING_KEY;
import static org.campus.db.Tables.SIGNING_KEY_PURPOSE;

import campus.keys.KeyPurpose;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.campus.db.tables.records.SigningKeyRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The signing_key and signing_key_purpose tables. */
@Repository
class SigningKeys {

    private final DSLContext db;

    SigningKeys(DSLContext db) {
        this.db = db;
    }

    Optional<String> currentId(KeyPurpose purpose) {
        return db.select(SIGNING_KEY_PURPOSE.CURRENT_KEY_ID).from(SIGNING_KEY_PURPOSE)
                .where(SIGNING_KEY_PURPOSE.PURPOSE.eq(purpose.name())).fetchOptional(SIGNING_KEY_PURPOSE.CURRENT_KEY_ID);
    }

    /**
     * Locks the purpose's row until the transaction ends and returns its current key id: whoever holds
     * the lock alone decides the first key or a rotation, whatever the instance.
     */
    Optional<String> lockPurpose(KeyPurpose purpose) {
        return db.select(SIGNING_KEY_PURPOSE.CURRENT_KEY_ID).from(SIGNING_KEY_PURPOSE)
                .where(SIGNING_KEY_PURPOSE.PURPOSE.eq(purpose.name())).forUpdate()
                .fetchOptional(SIGNING_KEY_PURPOSE.CURRENT_KEY_ID);
    }

    void insert(StoredKey key) {
        db.insertInto(SIGNING_KEY).set(SIGNING_KEY.ID, key.id()).set(SIGNING_KEY.PURPOSE, key.purpose().name())
                .set(SIGNING_KEY.PUBLIC_KEY, key.publicKey()).set(SIGNING_KEY.PRIVATE_KEY_ENCRYPTED, key.privateKeyEncrypted())
                .set(SIGNING_KEY.CREATED_AT, key.createdAt()).execute();
    }

    /** Retires the purpose's current key (if any) and makes this one current. */
    void makeCurrent(KeyPurpose purpose, String keyId, OffsetDateTime now) {
        db.update(SIGNING_KEY).set(SIGNING_KEY.RETIRED_AT, now).where(SIGNING_KEY.PURPOSE.eq(purpose.name()))
                .and(SIGNING_KEY.RETIRED_AT.isNull()).and(SIGNING_KEY.ID.ne(keyId)).execute();
        db.update(SIGNING_KEY_PURPOSE).set(SIGNING_KEY_PURPOSE.CURRENT_KEY_ID, keyId)
                .where(SIGNING_KEY_PURPOSE.PURPOSE.eq(purpose.name())).execute();
    }

    Optional<StoredKey> find(String keyId) {
        return db.selectFrom(SIGNING_KEY).where(SIGNING_KEY.ID.eq(keyId)).fetchOptional(SigningKeys::stored);
    }

    List<StoredKey> ofPurpose(KeyPurpose purpose) {
        return db.selectFrom(SIGNING_KEY).where(SIGNING_KEY.PURPOSE.eq(purpose.name()))
                .orderBy(SIGNING_KEY.CREATED_AT, SIGNING_KEY.ID).fetch(SigningKeys::stored);
    }

    List<StoredKey> all() {
        return db.selectFrom(SIGNING_KEY).orderBy(SIGNING_KEY.CREATED_AT, SIGNING_KEY.ID).fetch(SigningKeys::stored);
    }

    boolean any() {
        return db.fetchExists(SIGNING_KEY);
    }

    private static StoredKey stored(SigningKeyRecord row) {
        return new StoredKey(row.getId(), KeyPurpose.valueOf(row.getPurpose()), row.getPublicKey(),
                row.getPrivateKeyEncrypted(), row.getCreatedAt(), row.getRetiredAt());
    }
}
