package campus.credentials.internal;

import campus.credentials.internal.proof.EddsaRdfc2022;
import campus.keys.KeyPurpose;
import campus.keys.KeysApi;
import campus.keys.SigningKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Component;

/**
 * The issuer's Bitstring Status List credentials (W3C Bitstring Status List v1.0, purpose "message",
 * two bits per credential, most significant bit first): signed by the issuer key, stored, and signed
 * again whenever a credential's status changes.
 */
@Component
class StatusLists {

    private final CredentialStore store;
    private final KeysApi keys;
    private final Issuer issuer;
    private final Clock clock;

    StatusLists(CredentialStore store, KeysApi keys, Issuer issuer, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** The signed list, signing it first if it was never needed before. */
    String document(long listNumber) {
        return store.statusList(listNumber).filter(d -> !d.isEmpty()).orElseGet(() -> resign(listNumber));
    }

    /**
     * Signs the list as the credentials' statuses are now, and stores it. The list's row is locked
     * first: two status changes at once would otherwise each sign a list without the other's change.
     */
    String resign(long listNumber) {
        store.lockStatusList(listNumber);
        long from = listNumber * Issuer.LIST_SIZE;
        byte[] bits = encode(store.notValid(from, from + Issuer.LIST_SIZE), from);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String url = issuer.statusListUrl(listNumber);
        JsonObject unsigned = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(CredentialDocument.VC_CONTEXT))
                .add("id", url)
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", issuer.profile().id())
                .add("validFrom", now.toString())
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("id", url + "#list")
                        .add("type", "BitstringStatusList")
                        .add("statusPurpose", "message")
                        .add("encodedList", "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bits))))
                .build();
        SigningKey key = keys.current(KeyPurpose.ISSUER);
        String document = EddsaRdfc2022.sign(unsigned, issuer.profile().methodId(key.keyId()), now, key::sign).toString();
        store.saveStatusList(listNumber, document, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return document;
    }

    /** Two bits per entry from the left: entry i holds bits 2i (high) and 2i+1 (low). */
    static byte[] encode(Map<Long, CredentialStatus> notValid, long firstIndex) {
        byte[] bits = new byte[(int) (Issuer.LIST_SIZE * StatusEntry.STATUS_SIZE / 8)];
        notValid.forEach((index, status) -> {
            long position = (index - firstIndex) * StatusEntry.STATUS_SIZE;
            for (int b = 0; b < StatusEntry.STATUS_SIZE; b++) {
                if ((status.bits() >> (StatusEntry.STATUS_SIZE - 1 - b) & 1) == 1) {
                    long bit = position + b;
                    bits[(int) (bit / 8)] |= (byte) (0x80 >>> (bit % 8));
                }
            }
        });
        return bits;
    }

    /** The status of one entry in a decoded list (the inverse of encode, for verifiers and tests). */
    static int read(byte[] bits, long index) {
        int value = 0;
        for (int b = 0; b < StatusEntry.STATUS_SIZE; b++) {
            long bit = index * StatusEntry.STATUS_SIZE + b;
            value = value << 1 | (bits[(int) (bit / 8)] >> (7 - bit % 8) & 1);
        }
        return value;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
