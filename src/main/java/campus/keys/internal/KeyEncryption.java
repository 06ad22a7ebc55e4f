package campus.keys.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals private keys with AES-256-GCM under the key-encryption key. The key's id is the associated
 * data, so a sealed key copied onto another row does not open; a wrong key-encryption key fails the
 * GCM tag check instead of yielding different keys. Sealed form: version byte 1, 12-byte nonce,
 * ciphertext with its 16-byte tag.
 */
final class KeyEncryption {

    private static final byte VERSION = 1;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final String source;
    private final SecureRandom random = new SecureRandom();

    /** source says where the key came from, for messages (e.g. "CAMPUS_KEYS_SECRET (campus.keys.secret)"). */
    KeyEncryption(byte[] key, String source) {
        if (key.length != 32) {
            throw new IllegalArgumentException("AES-256 needs 32 bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
        this.source = source;
    }

    String source() {
        return source;
    }

    byte[] seal(String keyId, byte[] secret) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret);
            return ByteBuffer.allocate(1 + NONCE + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    byte[] open(String keyId, byte[] sealed) {
        if (sealed.length < 1 + NONCE + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new KeysUnavailable("Signing key " + keyId + " is stored in an unknown form.");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, 1 + NONCE, sealed.length - 1 - NONCE);
        } catch (AEADBadTagException wrongKey) {
            throw new KeysUnavailable("The signing keys stored in the database cannot be decrypted with the "
                    + "key-encryption key from " + source + ": it is not the one they were stored under (key "
                    + keyId + "). Start with the CAMPUS_KEYS_SECRET (or key file) the keys were created with.", wrongKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
