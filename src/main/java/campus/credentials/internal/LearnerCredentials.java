package campus.credentials.internal;

import campus.shared.NotFound;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A learner's own credentials, and their choice to share each one publicly or keep it private. */
@Service
@Transactional
public class LearnerCredentials {

    private final CredentialStore store;
    private final PublicCredentials publicCredentials;

    LearnerCredentials(CredentialStore store, PublicCredentials publicCredentials) {
        this.store = store;
        this.publicCredentials = publicCredentials;
    }

    @Transactional(readOnly = true)
    public List<CredentialCard> of(long personId) {
        return store.ofPerson(personId).stream().map(CredentialCard::of).toList();
    }

    /** Shares or hides one of the learner's credentials; someone else's is NotFound, like an unknown one. */
    public void share(String credentialId, long personId, boolean shared) {
        StoredCredential credential = store.find(credentialId).filter(c -> c.personId() == personId)
                .orElseThrow(() -> new NotFound("credential"));
        store.share(credential.id(), shared);
        AfterCommit.run(() -> publicCredentials.forget(credential.id()));
    }
}
