package campus.keys;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * A signing key's public half and its time as the current key: created when it became current,
 * retired (null while current) when another key replaced it. Signatures made with it verify for ever.
 */
public record PublicKeyRecord(String keyId, KeyPurpose purpose, byte[] publicKey, Instant createdAt, Instant retiredAt) {

    public PublicKeyRecord {
        Objects.requireNonNull(keyId);
        Objects.requireNonNull(purpose);
        publicKey = publicKey.clone();
        if (publicKey.length != Ed25519PublicKeyParameters.KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + publicKey.length);
        }
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public boolean current() {
        return retiredAt == null;
    }

    /** The public key as a Multikey {@code publicKeyMultibase}. */
    public String publicKeyMultibase() {
        return Multikey.encode(publicKey);
    }

    /** Whether signature is this key's Ed25519 signature of message. */
    public boolean verifies(byte[] message, byte[] signature) {
        if (signature == null || signature.length != 64) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(publicKey));
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublicKeyRecord that && keyId.equals(that.keyId) && purpose == that.purpose
                && Arrays.equals(publicKey, that.publicKey) && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(retiredAt, that.retiredAt);
    }

    @Override
    public int hashCode() {
        return keyId.hashCode();
    }

    @Override
    public String toString() {
        return "PublicKeyRecord[" + keyId + ", " + purpose + ", " + publicKeyMultibase() + ", created " + createdAt
                + (retiredAt == null ? "" : ", retired " + retiredAt) + "]";
    }
}
