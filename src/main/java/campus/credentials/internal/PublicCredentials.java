package campus.credentials.internal;

import campus.shared.NotFound;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which credentials a visitor may see: those their holder shares, and their own. An unknown id, a
 * malformed one and a private credential of someone else all answer the same NotFound, so a visitor
 * cannot tell whether a credential exists.
 */
@Service
@Transactional(readOnly = true)
public class PublicCredentials {

    /** Credential ids are random UUIDs in their canonical lower-case form. */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final CredentialStore store;
    private final CredentialVerifier verifier;

    PublicCredentials(CredentialStore store, CredentialVerifier verifier) {
        this.store = store;
        this.verifier = verifier;
    }

    /** The credential as stored, when this visitor (null: anonymous) may see it; otherwise NotFound. */
    public StoredCredential visible(String id, Long visitorId) {
        Optional<StoredCredential> found = id != null && ID.matcher(id).matches() ? store.find(id) : Optional.empty();
        return found.filter(c -> c.shared() || visitorId != null && c.personId() == visitorId)
                .orElseThrow(() -> new NotFound("credential"));
    }

    /** The platform's verification of a credential (one the visitor may see), check by check. */
    public Verification verification(StoredCredential credential) {
        return verifier.verifyStored(credential.id()).orElseThrow(() -> new NotFound("credential"));
    }
}
