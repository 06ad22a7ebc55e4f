package campus.credentials.internal;

import campus.credentials.CredentialsIssued;
import campus.credentials.internal.proof.EddsaRdfc2022;
import campus.keys.KeyPurpose;
import campus.keys.KeysApi;
import campus.keys.SigningKey;
import campus.ledger.LedgerApi;
import campus.ledger.LogEntry;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues credentials: builds each document, signs it (in parallel: signing is the costly part),
 * appends each proof's digest to the transparency log and stores the documents, all in one
 * transaction, so a credential exists exactly when its log entry does.
 */
@Service
public class CredentialIssuer {

    /** Events carry at most this many credentials, to fit the event publication log's payload column. */
    private static final int EVENT_BATCH = 30;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CredentialIssuer.class);

    private final CredentialStore store;
    private final KeysApi keys;
    private final LedgerApi ledger;
    private final Issuer issuer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CredentialIssuer(CredentialStore store, KeysApi keys, LedgerApi ledger, Issuer issuer,
                     ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.ledger = ledger;
        this.issuer = issuer;
        this.events = events;
        this.clock = clock;
    }

    /** Issues one credential per award; awards must be for enrolments that have none yet. */
    @Transactional
    public List<StoredCredential> issueAll(List<Award> awards) {
        if (awards.isEmpty()) {
            return List.of();
        }
        long started = System.nanoTime();
        Instant now = clock.instant();
        OffsetDateTime issuedAt = now.atOffset(ZoneOffset.UTC);
        List<Long> statusIndexes = store.nextStatusIndexes(awards.size());
        long placedAt = System.nanoTime();
        SigningKey key = keys.current(KeyPurpose.ISSUER);
        String method = issuer.profile().methodId(key.keyId());
        List<String> ids = awards.stream().map(a -> UUID.randomUUID().toString()).toList();
        List<JsonObject> signed = java.util.stream.IntStream.range(0, awards.size()).parallel().mapToObj(i -> {
            Award a = awards.get(i);
            JsonObject unsigned = CredentialDocument.unsigned(new CredentialDocument.Claims(issuer.credentialUrl(ids.get(i)),
                    issuer.profile(), issuer.achievementUrl(a.activityId(), a.kind()), a.kind(), a.text(), a.learner(),
                    now, null, issuer.statusEntry(statusIndexes.get(i)), a.partner()));
            return EddsaRdfc2022.sign(unsigned, method, now, key::sign);
        }).toList();
        long signedAt = System.nanoTime();
        List<LogEntry> entries = ledger.appendAll(signed.stream().map(LogLeaf::data).toList());
        List<StoredCredential> stored = new ArrayList<>(awards.size());
        for (int i = 0; i < awards.size(); i++) {
            Award a = awards.get(i);
            stored.add(new StoredCredential(ids.get(i), a.enrolmentId(), a.personId(), a.activityId(), a.kind(),
                    a.text().language(), a.text().achievementName(), issuedAt, signed.get(i).toString(),
                    entries.get(i).index(), statusIndexes.get(i), CredentialStatus.VALID, null, null, true));
        }
        long loggedAt = System.nanoTime();
        store.insertAll(stored);
        long storedAt = System.nanoTime();
        for (int from = 0; from < stored.size(); from += EVENT_BATCH) {
            events.publishEvent(new CredentialsIssued(stored.subList(from, Math.min(stored.size(), from + EVENT_BATCH))
                    .stream().map(c -> new CredentialsIssued.Issued(c.id(), c.enrolmentId(), c.issuedAt().toLocalDate()))
                    .toList()));
        }
        log.debug("issued {}: status places in {} ms, built and signed in {} ms, logged in {} ms, stored in {} ms, events in {} ms", stored.size(),
                (placedAt - started) / 1_000_000, (signedAt - placedAt) / 1_000_000, (loggedAt - signedAt) / 1_000_000, (storedAt - loggedAt) / 1_000_000,
                (System.nanoTime() - storedAt) / 1_000_000);
        return stored;
    }
}
