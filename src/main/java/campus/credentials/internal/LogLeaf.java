package campus.credentials.internal;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What the transparency log holds for a credential: SHA-256 of its proofValue (UTF-8). The proof
 * signs the canonical form of the whole credential, so the digest commits to every claim, and it
 * does not depend on how the JSON is formatted: anyone holding the credential recomputes the leaf.
 */
public final class LogLeaf {

    private LogLeaf() {
    }

    public static byte[] data(JsonObject signedCredential) {
        String proofValue = signedCredential.getJsonArray("proof").getJsonObject(0).getString("proofValue");
        try {
            return MessageDigest.getInstance("SHA-256").digest(proofValue.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
