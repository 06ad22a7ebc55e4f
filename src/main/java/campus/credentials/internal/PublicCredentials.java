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

    /**
     * Recently read credentials: a public page is opened far more often than a credential changes.
     * Status and sharing changes on this instance forget the entry at once; another instance's change
     * shows here within {@link #RECENT_FOR}.
     */
    private static final java.time.Duration RECENT_FOR = java.time.Duration.ofSeconds(10);
    private final RecentlyRead<StoredCredential> recent = new RecentlyRead<>();

    /** Forgets a credential read recently, when its sharing or status changes. */
    public void forget(String id) {
        recent.forget(id);
    }

    /** The credential as stored, when this visitor (null: anonymous) may see it; otherwise NotFound. */
    public StoredCredential visible(String id, Long visitorId) {
        Optional<StoredCredential> found = id != null && ID.matcher(id).matches() ? find(id) : Optional.empty();
        return found.filter(c -> c.shared() || visitorId != null && c.personId() == visitorId)
                .orElseThrow(() -> new NotFound("credential"));
    }

    private Optional<StoredCredential> find(String id) {
        Optional<StoredCredential> kept = recent.get(id);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<StoredCredential> found = store.find(id);
        found.ifPresent(c -> recent.put(id, c, RECENT_FOR));
        return found;
    }

    /** The platform's verification of a credential (one the visitor may see), check by check. */
    public Verification verification(StoredCredential credential) {
        return verifier.verifyStored(credential.id()).orElseThrow(() -> new NotFound("credential"));
    }
}
