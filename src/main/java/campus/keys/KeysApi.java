package campus.keys;

import java.util.List;
import java.util.Optional;

/** What other modules may ask of the keys: sign with the current key, find any key ever used. */
public interface KeysApi {

    /**
     * The current key of the purpose, generated on first use if there is none (once, whichever app
     * instance asks first). Cached: a rotation made by another instance is seen within
     * campus.keys.refresh (10 s by default); signatures made meanwhile still verify with the key they name.
     */
    SigningKey current(KeyPurpose purpose);

    /** Any key ever used, current or retired. */
    Optional<PublicKeyRecord> find(String keyId);

    /** Every key ever used for the purpose, oldest first, so that old signatures still verify. */
    List<PublicKeyRecord> all(KeyPurpose purpose);

    /** Makes a new key current for the purpose; the previous one is retired but stays listed. */
    PublicKeyRecord rotate(KeyPurpose purpose);

    /**
     * Whether signature is the Ed25519 signature of message by the key with this id (false for an
     * unknown key). Keeps the decoded public keys, so it suits verifying many signatures.
     */
    boolean verify(String keyId, byte[] message, byte[] signature);
}
