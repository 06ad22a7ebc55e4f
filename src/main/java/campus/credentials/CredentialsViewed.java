package campus.credentials;

import java.time.Instant;
import java.util.List;

/** Views of public credential pages, in small batches; viewer is a pseudonymous hash, never an address. */
public record CredentialsViewed(List<View> views) {

    public record View(String credentialId, Instant viewedAt, String viewer) {
    }
}
