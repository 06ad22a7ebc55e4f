package campus.credentials.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a visitor's random first-party id into the pseudonym stored with their views: HMAC-SHA-256
 * under an app-wide pepper, hex (64 characters). Without the pepper nobody can link a stored hash to a
 * cookie, and the same visitor keeps the same pseudonym, which is what counting distinct viewers needs.
 * Changing the pepper therefore starts the distinct-viewer count afresh.
 */
@Component
public class ViewerHash {

    private final SecretKeySpec pepper;

    ViewerHash(@Value("${campus.credentials.viewer-pepper}") String pepperHex) {
        if (pepperHex == null || !pepperHex.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalStateException("campus.credentials.viewer-pepper must be 64 hexadecimal characters (32 bytes)");
        }
        this.pepper = new SecretKeySpec(HexFormat.of().parseHex(pepperHex), "HmacSHA256");
    }

    public String of(String viewerId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(pepper);
            return HexFormat.of().formatHex(mac.doFinal(viewerId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
