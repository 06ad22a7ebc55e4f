package campus.keys.internal;

import campus.keys.KeyPurpose;
import campus.keys.PublicKeyRecord;
import java.time.OffsetDateTime;

/** A signing_key row: the public key in the clear, the private key sealed. */
record StoredKey(String id, KeyPurpose purpose, byte[] publicKey, byte[] privateKeyEncrypted, OffsetDateTime createdAt,
                 OffsetDateTime retiredAt) {

    PublicKeyRecord publicRecord() {
        return new PublicKeyRecord(id, purpose, publicKey, createdAt.toInstant(), retiredAt == null ? null : retiredAt.toInstant());
    }
}
