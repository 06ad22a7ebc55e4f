package campus.credentials.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The unsigned Open Badges 3.0 AchievementCredential (a W3C VC 2.0): the issuer Profile, the
 * achievement with its criteria in the learner's language, the learner as a salted email hash, and
 * the status entry. Terms and shapes follow the 1EdTech JSON Schema (type arrays, proof array).
 */
public final class CredentialDocument {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private CredentialDocument() {
    }

    /** Everything one credential states. */
    public record Claims(String id, IssuerProfile issuer, String achievementId, CredentialKind kind, AwardText text,
                         IdentityHash learner, Instant validFrom, Instant validUntil, StatusEntry status,
                         String partnerName) {
    }

    public static JsonObject unsigned(Claims c) {
        JsonObjectBuilder achievement = Json.createObjectBuilder()
                .add("id", c.achievementId())
                .add("type", Json.createArrayBuilder().add("Achievement"))
                .add("achievementType", c.kind().achievementType())
                .add("name", c.text().achievementName())
                .add("description", c.text().description())
                .add("criteria", Json.createObjectBuilder().add("narrative", c.text().criteria()))
                .add("inLanguage", c.text().language())
                .add("creator", c.issuer().profile());
        JsonObjectBuilder subject = Json.createObjectBuilder()
                .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                .add("identifier", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "IdentityObject")
                        .add("identityHash", c.learner().identityHash())
                        .add("identityType", "emailAddress")
                        .add("hashed", true)
                        .add("salt", c.learner().salt())))
                .add("achievement", achievement);
        JsonObjectBuilder credential = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .add("id", c.id())
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("issuer", c.issuer().profile())
                .add("validFrom", c.validFrom().truncatedTo(ChronoUnit.SECONDS).toString())
                .add("name", c.text().credentialName());
        if (c.validUntil() != null) {
            credential.add("validUntil", c.validUntil().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        credential.add("credentialSubject", subject);
        if (c.status() != null) {
            credential.add("credentialStatus", c.status().json());
        }
        return credential.build();
    }
}
