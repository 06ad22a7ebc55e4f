package campus.credentials.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A credential's place in the issuer's Bitstring Status List. OB 3.0 allows one credentialStatus,
 * and the Centre both revokes and suspends, so the entry uses the "message" purpose with two bits
 * per credential (W3C Bitstring Status List §2.1): 0 valid, 1 revoked, 2 suspended.
 */
public record StatusEntry(String listUrl, long index) {

    public static final int STATUS_SIZE = 2;

    JsonObject json() {
        return Json.createObjectBuilder()
                .add("id", listUrl + "#" + index)
                .add("type", "BitstringStatusListEntry")
                .add("statusPurpose", "message")
                .add("statusListIndex", Long.toString(index))
                .add("statusListCredential", listUrl)
                .add("statusSize", STATUS_SIZE)
                .add("statusMessage", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("status", "0x0").add("message", "valid"))
                        .add(Json.createObjectBuilder().add("status", "0x1").add("message", "revoked"))
                        .add(Json.createObjectBuilder().add("status", "0x2").add("message", "suspended")))
                .build();
    }
}
