package campus.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import campus.credentials.internal.AwardText;
import campus.credentials.internal.CredentialDocument;
import campus.credentials.internal.CredentialKind;
import campus.credentials.internal.IdentityHash;
import campus.credentials.internal.IssuerProfile;
import campus.credentials.internal.StatusEntry;
import campus.credentials.internal.proof.Base58;
import campus.credentials.internal.proof.EddsaRdfc2022;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A credential signed by the platform's cryptosuite code verifies with the reference JavaScript verifier. */
class ProofInteropTest {

    @Test
    void theReferenceVerifierAcceptsOurProofAndTheSchemaOurDocument() throws Exception {
        ReferenceVerifier.require();
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] raw = Arrays.copyOfRange(keys.getPublic().getEncoded(), 12, 44);
        byte[] prefixed = new byte[34];
        prefixed[0] = (byte) 0xed;
        prefixed[1] = 0x01;
        System.arraycopy(raw, 0, prefixed, 2, 32);
        String multibase = "z" + Base58.encode(prefixed);
        IssuerProfile issuer = IssuerProfile.of("https://campus.example", "International Training Centre");
        JsonObject unsigned = CredentialDocument.unsigned(new CredentialDocument.Claims(
                "https://campus.example/credentials/c0ffee", issuer, "https://campus.example/credentials/achievements/7-achievement",
                CredentialKind.ACHIEVEMENT, new AwardText("fr", "Certificat de réussite : Normes", "Normes internationales",
                        "Un cours autoguidé.", "A réussi le test final avec au moins 75 sur 100."),
                IdentityHash.of("amina@example.org", "pepper"), Instant.parse("2026-11-30T10:15:30Z"), null,
                new StatusEntry("https://campus.example/credentials/status/1", 42), null));
        JsonObject signed = EddsaRdfc2022.sign(unsigned, issuer.methodId("k1"), Instant.parse("2026-11-30T10:15:31Z"),
                message -> {
                    try {
                        Signature s = Signature.getInstance("Ed25519");
                        s.initSign(keys.getPrivate());
                        s.update(message);
                        return s.sign();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        String tampered = signed.toString().replace("au moins 75", "au moins 15");
        JsonObject controller = issuer.controllerDocument(List.of(new IssuerProfile.Key("k1", multibase)));
        String input = Json.createObjectBuilder()
                .add("credentials", Json.createArrayBuilder().add(signed)
                        .add(Json.createReader(new java.io.StringReader(tampered)).readObject()))
                .add("documents", Json.createObjectBuilder().add(issuer.id(), controller))
                .build().toString();
        String out = ReferenceVerifier.verify(input);
        JsonObject result = Json.createReader(new java.io.StringReader(out)).readObject();
        var first = result.getJsonArray("results").getJsonObject(0);
        assertThat(first.getBoolean("verified")).as(out).isTrue();
        assertThat(first.getBoolean("schemaValid")).as(out).isTrue();
        assertThat(result.getJsonArray("results").getJsonObject(1).getBoolean("verified")).isFalse();
    }
}
