package campus.keys;

/**
 * A private Ed25519 key ready to sign. Safe to share between threads; it never reveals the private
 * key itself.
 */
public interface SigningKey {

    /** The key's id, stable for ever (also in {@link KeysApi#find}). */
    String keyId();

    KeyPurpose purpose();

    /** The raw 32-byte Ed25519 public key (RFC 8032 encoding). */
    byte[] publicKey();

    /** The 64-byte Ed25519 signature of the message (RFC 8032, pure Ed25519). */
    byte[] sign(byte[] message);

    /** The public key as a Multikey {@code publicKeyMultibase}: 'z' + base58btc(0xed 0x01 + key). */
    default String publicKeyMultibase() {
        return Multikey.encode(publicKey());
    }
}
