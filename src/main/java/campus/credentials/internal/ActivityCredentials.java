package campus.credentials.internal;

import campus.accounts.AccountsApi;
import campus.accounts.PersonView;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An activity's credentials for staff, with the learner each was issued to (staff see enrolments anyway). */
@Service
@Transactional(readOnly = true)
public class ActivityCredentials {

    /** One credential of the activity and its learner (null if the account is gone). */
    public record Row(StoredCredential credential, PersonView learner) {
    }

    private final CredentialStore store;
    private final AccountsApi accounts;

    ActivityCredentials(CredentialStore store, AccountsApi accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    public List<Row> of(long activityId) {
        List<StoredCredential> credentials = store.ofActivity(activityId);
        Map<Long, PersonView> people = accounts.findAll(credentials.stream().map(StoredCredential::personId).toList());
        return credentials.stream().map(c -> new Row(c, people.get(c.personId()))).toList();
    }

    /** The activity a credential belongs to, if the credential exists. */
    public java.util.Optional<Long> activityOf(String credentialId) {
        return store.find(credentialId).map(StoredCredential::activityId);
    }
}
