package campus.credentials.internal;

import campus.shared.FieldProblem;
import campus.shared.NotFound;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff revoke, suspend and reinstate credentials, always with a reason. The status list is signed
 * again in the same transaction, so what verifiers read never lags the decision.
 */
@Service
@Transactional
public class StatusChanges {

    static final int REASON_LIMIT = 500;

    private final CredentialStore store;
    private final StatusLists lists;
    private final Clock clock;
    private final CredentialVerifier verifier;
    private final PublicCredentials publicCredentials;

    StatusChanges(CredentialStore store, StatusLists lists, Clock clock, CredentialVerifier verifier,
                  PublicCredentials publicCredentials) {
        this.publicCredentials = publicCredentials;
        this.store = store;
        this.lists = lists;
        this.clock = clock;
        this.verifier = verifier;
    }

    public StoredCredential change(String credentialId, String statusCode, String reason, long staffId) {
        CredentialStatus status = CredentialStatus.ofCode(statusCode == null ? "" : statusCode)
                .orElseThrow(() -> new FieldProblem("status", "credential.status.unknown"));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new FieldProblem("reason", "credential.reason.missing");
        }
        if (why.length() > REASON_LIMIT) {
            throw new FieldProblem("reason", "credential.reason.long", REASON_LIMIT);
        }
        StoredCredential credential = store.lock(credentialId).orElseThrow(() -> new NotFound("credential " + credentialId));
        if (credential.status() == CredentialStatus.REVOKED) {
            // revocation is final: a revoked credential is never valid again
            throw new FieldProblem("status", "credential.status.revoked");
        }
        if (credential.status() == status) {
            throw new FieldProblem("status", "credential.status.same");
        }
        store.changeStatus(credentialId, status, why, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), staffId);
        lists.resign(credential.statusIndex() / Issuer.LIST_SIZE);
        // forget kept results once the change is visible to other transactions, not before
        AfterCommit.run(() -> {
            verifier.forget(credentialId);
            publicCredentials.forget(credentialId);
        });
        return store.find(credentialId).orElseThrow();
    }
}
