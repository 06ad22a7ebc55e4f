package campus.credentials.internal;

import campus.credentials.internal.proof.JsonDocuments;
import campus.credentials.internal.Verification.Check;
import campus.credentials.internal.Verification.Outcome;
import campus.credentials.internal.proof.EddsaRdfc2022;
import campus.credentials.internal.proof.InvalidDocument;
import campus.keys.KeyPurpose;
import campus.keys.KeysApi;
import campus.ledger.Checkpoint;
import campus.ledger.LedgerApi;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a credential as a relying party would, and says which check failed: the signature
 * (eddsa-rdfc-2022 with a key the issuer's controller document lists), the issuer, the validity
 * dates, the status (revoked or suspended, with the reason), and inclusion of its digest in the
 * latest signed checkpoint of the transparency log.
 */
@Service
@Transactional(readOnly = true)
public class CredentialVerifier {

    private final KeysApi keys;
    private final LedgerApi ledger;
    private final CredentialStore store;
    private final Issuer issuer;
    private final Clock clock;

    CredentialVerifier(KeysApi keys, LedgerApi ledger, CredentialStore store, Issuer issuer, Clock clock) {
        this.keys = keys;
        this.ledger = ledger;
        this.store = store;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** Checks a credential someone presents (any JSON object); never throws for bad content. */
    public Verification verify(JsonObject credential) {
        String url = text(credential, "id").orElse("");
        Optional<StoredCredential> stored = store.find(issuer.idOf(url));
        List<Check> checks = new ArrayList<>();
        checks.add(signature(credential));
        stored.filter(c -> !json(c.document()).equals(credential)).ifPresent(c -> checks.add(
                new Check("record", Outcome.FAILED, "credential.check.record.changed", List.of())));
        checks.add(issuerCheck(credential));
        checks.add(dates(credential));
        checks.add(status(stored));
        checks.add(log(credential, stored));
        return new Verification(issuer.idOf(url), checks);
    }

    /**
     * Checks a credential the platform issued, as stored. Results are kept for a minute (five seconds
     * while the log entry waits for a checkpoint): a public page can be opened thousands of times a
     * minute, and a credential only changes when its status does, which forgets the result here at
     * once; another instance's change shows within the minute.
     */
    public Optional<Verification> verifyStored(String id) {
        Optional<Verification> kept = recentResults.get(id);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<Verification> result = store.find(id).map(c -> verify(json(c.document())));
        // settled results keep for a minute; one waiting for the next checkpoint only briefly
        result.ifPresent(v -> recentResults.put(id, v,
                v.checks().stream().anyMatch(c -> c.outcome() == Outcome.PENDING) ? RECENT_PENDING_FOR : RECENT_FOR));
        return result;
    }

    /** Forgets a kept result, when the credential's status changes. */
    public void forget(String id) {
        recentResults.forget(id);
    }

    private static final java.time.Duration RECENT_FOR = java.time.Duration.ofSeconds(60);
    private static final java.time.Duration RECENT_PENDING_FOR = java.time.Duration.ofSeconds(5);
    private final RecentlyRead<Verification> recentResults = new RecentlyRead<>();

    /**
     * The platform keeps every credential as issued, so it also compares what is presented with the
     * record: RDF canonicalization treats some different JSON texts alike (an IRI's host in another
     * case, say), and the record catches what the signature alone lets through.
     */
    private static JsonObject json(String document) {
        return JsonDocuments.parse(document);
    }

    Check signature(JsonObject credential) {
        EddsaRdfc2022.Signed signed;
        try {
            signed = EddsaRdfc2022.open(credential);
        } catch (InvalidDocument e) {
            return new Check("signature", Outcome.FAILED, "credential.check.signature.malformed", List.of(e.getMessage()));
        }
        String prefix = issuer.profile().id() + "#";
        if (!signed.verificationMethod().startsWith(prefix)) {
            return new Check("signature", Outcome.FAILED, "credential.check.signature.foreign", List.of(signed.verificationMethod()));
        }
        String keyId = signed.verificationMethod().substring(prefix.length());
        boolean issuerKey = keys.find(keyId).map(k -> k.purpose() == KeyPurpose.ISSUER).orElse(false);
        if (!issuerKey || !keys.verify(keyId, signed.hashData(), signed.signature())) {
            return new Check("signature", Outcome.FAILED, "credential.check.signature.invalid", List.of());
        }
        return new Check("signature", Outcome.PASSED, "credential.check.signature.ok", List.of(keyId));
    }

    private Check issuerCheck(JsonObject credential) {
        JsonValue value = credential.get("issuer");
        String id = value instanceof JsonString s ? s.getString()
                : value instanceof JsonObject o ? text(o, "id").orElse("") : "";
        if (!issuer.profile().id().equals(id)) {
            return new Check("issuer", Outcome.FAILED, "credential.check.issuer.other", List.of(id));
        }
        return new Check("issuer", Outcome.PASSED, "credential.check.issuer.ok", List.of(issuer.profile().name()));
    }

    private Check dates(JsonObject credential) {
        Instant now = clock.instant();
        try {
            Optional<Instant> from = text(credential, "validFrom").map(Instant::parse);
            Optional<Instant> until = text(credential, "validUntil").map(Instant::parse);
            if (from.isEmpty()) {
                return new Check("dates", Outcome.FAILED, "credential.check.dates.missing", List.of());
            }
            if (from.get().isAfter(now)) {
                return new Check("dates", Outcome.FAILED, "credential.check.dates.future", List.of(from.get().toString()));
            }
            if (until.isPresent() && !until.get().isAfter(now)) {
                return new Check("dates", Outcome.FAILED, "credential.check.dates.expired", List.of(until.get().toString()));
            }
            return new Check("dates", Outcome.PASSED, "credential.check.dates.ok", List.of(from.get().toString()));
        } catch (DateTimeParseException e) {
            return new Check("dates", Outcome.FAILED, "credential.check.dates.malformed", List.of());
        }
    }

    private static Check status(Optional<StoredCredential> stored) {
        if (stored.isEmpty()) {
            return new Check("status", Outcome.FAILED, "credential.check.status.unknown", List.of());
        }
        StoredCredential c = stored.get();
        return switch (c.status()) {
            case VALID -> new Check("status", Outcome.PASSED, "credential.check.status.valid", List.of());
            case REVOKED -> new Check("status", Outcome.FAILED, "credential.check.status.revoked",
                    List.of(c.statusReason(), String.valueOf(c.statusChangedAt().toLocalDate())));
            case SUSPENDED -> new Check("status", Outcome.FAILED, "credential.check.status.suspended",
                    List.of(c.statusReason(), String.valueOf(c.statusChangedAt().toLocalDate())));
        };
    }

    private Check log(JsonObject credential, Optional<StoredCredential> stored) {
        if (stored.isEmpty()) {
            return new Check("log", Outcome.FAILED, "credential.check.log.unknown", List.of());
        }
        byte[] leafHash;
        try {
            leafHash = leafHash(LogLeaf.data(credential));
        } catch (RuntimeException noProof) {
            return new Check("log", Outcome.FAILED, "credential.check.log.mismatch", List.of());
        }
        long index = stored.get().logIndex();
        Checkpoint checkpoint = ledger.latestCheckpoint();
        if (index >= checkpoint.treeSize()) {
            return new Check("log", Outcome.PENDING, "credential.check.log.pending", List.of(Long.toString(index)));
        }
        boolean included = ledger.inclusionProof(index, checkpoint.treeSize())
                .map(p -> p.verify(leafHash, checkpoint.rootHash())).orElse(false);
        if (!included) {
            return new Check("log", Outcome.FAILED, "credential.check.log.mismatch", List.of());
        }
        return new Check("log", Outcome.PASSED, "credential.check.log.ok",
                List.of(Long.toString(index), Long.toString(checkpoint.treeSize())));
    }

    /** RFC 9162 leaf hash: SHA-256(0x00 ‖ data). */
    static byte[] leafHash(byte[] data) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((byte) 0);
            return sha.digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

}
