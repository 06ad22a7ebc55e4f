package campus.credentials.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The learner on a credential: OB 3.0 IdentityObject with a salted SHA-256 of their email
 * ("sha256$" + hex(sha256(email + salt))), so the credential carries no plain personal data but the
 * learner can prove it is theirs by showing the email it was issued to.
 */
public record IdentityHash(String identityHash, String salt) {

    public static IdentityHash of(String email, String salt) {
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((normalised + salt).getBytes(StandardCharsets.UTF_8));
            return new IdentityHash("sha256$" + HexFormat.of().formatHex(digest), salt);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean matches(String email) {
        return of(email, salt).identityHash.equals(identityHash);
    }
}
