package campus.credentials;

import static org.awaitility.Awaitility.await;
import static org.campus.db.Tables.CREDENTIAL;

import campus.Fixtures;
import campus.accounts.AccountsApi;
import campus.accounts.CampusUser;
import campus.accounts.PersonView;
import campus.credentials.internal.Credentials;
import campus.credentials.internal.StoredCredential;
import campus.enrolment.EnrolmentApi;
import campus.ledger.LedgerApi;
import campus.shared.Modality;
import campus.shared.Role;
import java.time.Duration;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Credentials issued the way learners get them: an enrolment completed, the listener issuing after commit. */
@Component
public class CredentialFixtures {

    private final Fixtures fixtures;
    private final EnrolmentApi enrolments;
    private final Credentials credentials;
    private final AccountsApi accounts;
    private final LedgerApi ledger;
    private final DSLContext db;

    CredentialFixtures(Fixtures fixtures, EnrolmentApi enrolments, Credentials credentials, AccountsApi accounts,
                       LedgerApi ledger, DSLContext db) {
        this.fixtures = fixtures;
        this.enrolments = enrolments;
        this.credentials = credentials;
        this.accounts = accounts;
        this.ledger = ledger;
        this.db = db;
    }

    /** A self-guided activity (credentials of achievement) in English. */
    public long activity() {
        return fixtures.activity(Modality.SELF_GUIDED, null, false, "en", LocalDate.now().minusDays(20));
    }

    /** A new learner completes the activity; returns their credential once issued, logged and checkpointed. */
    public StoredCredential issued(long activity) {
        return issuedTo(activity, fixtures.person());
    }

    public StoredCredential issuedTo(long activity, long person) {
        long enrolment = enrolments.apply(activity, person).id();
        enrolments.complete(enrolment);
        await().atMost(Duration.ofSeconds(15)).until(() -> db.fetchExists(CREDENTIAL, CREDENTIAL.ENROLMENT_ID.eq(enrolment)));
        ledger.checkpointNow();
        return credentials.issueFor(enrolment).orElseThrow();
    }

    public StoredCredential issued() {
        return issued(activity());
    }

    /** The learner as signed in, for MockMvc's user(...). */
    public CampusUser user(long personId) {
        PersonView p = accounts.find(personId).orElseThrow();
        return new CampusUser(p.id(), p.email(), null, p.fullName(), "en", p.roles(), true, false);
    }

    public CampusUser newUser(Role role) {
        return user(fixtures.person(role));
    }

    public String email(long personId) {
        return accounts.find(personId).orElseThrow().email();
    }
}
