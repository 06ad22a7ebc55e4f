package campus.credentials.internal;

import campus.credentials.internal.proof.JsonDocuments;
import campus.credentials.internal.proof.Base58;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;

/**
 * Reads a credential someone submits for verification and refuses what cannot be a secured
 * credential at all — not JSON, not an object, no proof, a proofValue that is not a base58btc
 * Ed25519 signature — naming what is wrong. Anything that has that shape is verified, and a wrong
 * signature or a changed claim is a verification result, not a refusal.
 */
public final class SubmittedCredential {

    private SubmittedCredential() {
    }

    /** What is wrong with a submission: the member at fault and a message key with arguments. */
    public static final class Rejected extends RuntimeException {

        private final String member;
        private final String messageKey;
        private final transient Object[] arguments;

        Rejected(String member, String messageKey, Object... arguments) {
            super(member + ": " + messageKey);
            this.member = member;
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        public String member() { return member; }

        public String messageKey() { return messageKey; }

        public Object[] arguments() { return arguments; }
    }

    public static JsonObject read(String body) {
        if (body == null || body.isBlank()) {
            throw new Rejected("body", "credential.problem.empty");
        }
        JsonValue value;
        try {
            value = JsonDocuments.JSON.createReader(new StringReader(body)).readValue();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new Rejected("body", "credential.problem.json", at == null ? 1 : at.getLineNumber(),
                    at == null ? 1 : at.getColumnNumber());
        } catch (JsonException e) {
            throw new Rejected("body", "credential.problem.json", 1, 1);
        }
        if (!(value instanceof JsonObject credential)) {
            throw new Rejected("body", "credential.problem.object");
        }
        JsonObject proof = proof(credential);
        JsonValue proofValue = proof.get("proofValue");
        if (!(proofValue instanceof JsonString text)) {
            throw new Rejected("proof.proofValue", "credential.problem.proofvalue.missing");
        }
        if (!signature(text.getString())) {
            throw new Rejected("proof.proofValue", "credential.problem.proofvalue.malformed");
        }
        return credential;
    }

    private static JsonObject proof(JsonObject credential) {
        JsonValue proof = credential.get("proof");
        if (proof == null || proof == JsonValue.NULL) {
            throw new Rejected("proof", "credential.problem.proof.missing");
        }
        if (proof instanceof JsonObject one) {
            return one;
        }
        if (proof.getValueType() == JsonValue.ValueType.ARRAY && proof.asJsonArray().size() == 1
                && proof.asJsonArray().get(0) instanceof JsonObject one) {
            return one;
        }
        throw new Rejected("proof", "credential.problem.proof.shape");
    }

    /** Multibase base58btc ('z' prefix) of exactly the 64 bytes of an Ed25519 signature. */
    private static boolean signature(String proofValue) {
        if (proofValue.length() < 2 || proofValue.charAt(0) != 'z' || proofValue.length() > 100) {
            return false;
        }
        try {
            return Base58.decode(proofValue.substring(1)).length == 64;
        } catch (IllegalArgumentException notBase58) {
            return false;
        }
    }
}
