package campus.credentials.internal.proof;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * The W3C Data Integrity EdDSA cryptosuite eddsa-rdfc-2022 (vc-di-eddsa §3.3): the document without
 * its proof and the proof options (with the document's @context) are each canonicalized (RDFC-1.0)
 * and hashed with SHA-256; the Ed25519 signature of proofHash ‖ documentHash, base58btc-encoded with
 * the multibase prefix 'z', is the proofValue.
 */
public final class EddsaRdfc2022 {

    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";
    public static final String PROOF_TYPE = "DataIntegrityProof";

    private EddsaRdfc2022() {
    }

    /** Signs with the given Ed25519 function; returns the document with a one-element proof array. */
    public static JsonObject sign(JsonObject unsecured, String verificationMethod, Instant created,
                                  Function<byte[], byte[]> ed25519) {
        JsonObject options = Json.createObjectBuilder()
                .add("type", PROOF_TYPE)
                .add("cryptosuite", CRYPTOSUITE)
                .add("created", created.truncatedTo(ChronoUnit.SECONDS).toString())
                .add("verificationMethod", verificationMethod)
                .add("proofPurpose", "assertionMethod")
                .build();
        byte[] signature = ed25519.apply(hashData(unsecured, options));
        JsonObject proof = Json.createObjectBuilder(options).add("proofValue", "z" + Base58.encode(signature)).build();
        // the OB 3.0 schema wants proof as an array
        return Json.createObjectBuilder(unsecured).add("proof", Json.createArrayBuilder().add(proof)).build();
    }

    /** The parts of a secured document a verifier needs: the signed bytes, the signature, the key named. */
    public record Signed(byte[] hashData, byte[] signature, String verificationMethod, String created) {
    }

    /**
     * Takes a secured document apart and recomputes what was signed; throws InvalidDocument saying
     * what is wrong with the proof. Whether the signature is right is the caller's check, with the
     * key verificationMethod names.
     */
    public static Signed open(JsonObject secured) {
        JsonValue proofs = secured.get("proof");
        if (proofs == null) {
            throw new InvalidDocument("the credential has no proof");
        }
        JsonObject proof;
        if (proofs.getValueType() == JsonValue.ValueType.ARRAY && proofs.asJsonArray().size() == 1
                && proofs.asJsonArray().get(0).getValueType() == JsonValue.ValueType.OBJECT) {
            proof = proofs.asJsonArray().getJsonObject(0);
        } else if (proofs.getValueType() == JsonValue.ValueType.OBJECT) {
            proof = proofs.asJsonObject();
        } else {
            throw new InvalidDocument("proof must be one proof object");
        }
        require(proof, "type", PROOF_TYPE);
        require(proof, "cryptosuite", CRYPTOSUITE);
        require(proof, "proofPurpose", "assertionMethod");
        String method = text(proof, "verificationMethod");
        String created = text(proof, "created");
        String value = text(proof, "proofValue");
        if (!value.startsWith("z")) {
            throw new InvalidDocument("proofValue must be multibase base58btc (starting with z)");
        }
        byte[] signature;
        try {
            signature = Base58.decode(value.substring(1));
        } catch (IllegalArgumentException e) {
            throw new InvalidDocument("proofValue is " + e.getMessage());
        }
        if (signature.length != 64) {
            throw new InvalidDocument("proofValue must hold a 64-byte Ed25519 signature");
        }
        JsonObjectBuilder options = Json.createObjectBuilder(proof).remove("proofValue");
        JsonObjectBuilder document = Json.createObjectBuilder(secured).remove("proof");
        return new Signed(hashData(document.build(), options.build()), signature, method, created);
    }

    private static byte[] hashData(JsonObject document, JsonObject proofOptions) {
        JsonValue context = document.get("@context");
        if (context == null) {
            throw new InvalidDocument("the credential has no @context");
        }
        JsonObject options = Json.createObjectBuilder(proofOptions).add("@context", context).build();
        byte[] proofHash = sha256(Canonicalizer.canonicalize(options));
        byte[] documentHash = sha256(Canonicalizer.canonicalize(document));
        byte[] data = new byte[64];
        System.arraycopy(proofHash, 0, data, 0, 32);
        System.arraycopy(documentHash, 0, data, 32, 32);
        return data;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void require(JsonObject proof, String name, String expected) {
        if (!expected.equals(text(proof, name))) {
            throw new InvalidDocument("proof " + name + " must be " + expected);
        }
    }

    private static String text(JsonObject proof, String name) {
        JsonValue value = proof.get(name);
        if (!(value instanceof JsonString s)) {
            throw new InvalidDocument("proof " + name + " is missing");
        }
        return s.getString();
    }
}
