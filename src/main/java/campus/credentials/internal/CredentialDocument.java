package campus.credentials.internal;

import campus.credentials.internal.proof.JsonDocuments;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The unsigned Open Badges 3.0 AchievementCredential (a W3C VC 2.0): the issuer Profile, the
 * achievement with its criteria in the learner's language, the learner as a salted email hash, and
 * the status entry. Terms and shapes follow the 1EdTech JSON Schema (type arrays, proof array). The
 * achievement's creator is the Centre, or the partner that offered the activity with it.
 */
public final class CredentialDocument {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private CredentialDocument() {
    }

    /** Everything one credential states. */
    public record Claims(String id, IssuerProfile issuer, String achievementId, CredentialKind kind, AwardText text,
                         IdentityHash learner, Instant validFrom, Instant validUntil, StatusEntry status,
                         PartnerProfile partner) {
    }

    /** The Achievement on its own, with the contexts, as served at its id. */
    static JsonObject achievement(String id, CredentialKind kind, AwardText text, IssuerProfile issuer, PartnerProfile partner) {
        return achievementBuilder(id, kind, text, creator(issuer, partner))
                .add("@context", JsonDocuments.JSON.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT)).build();
    }

    private static JsonObject creator(IssuerProfile issuer, PartnerProfile partner) {
        return partner == null ? issuer.profile() : partner.profile();
    }

    private static JsonObjectBuilder achievementBuilder(String id, CredentialKind kind, AwardText text, JsonObject creator) {
        return JsonDocuments.JSON.createObjectBuilder()
                .add("id", id)
                .add("type", JsonDocuments.JSON.createArrayBuilder().add("Achievement"))
                .add("achievementType", kind.achievementType())
                .add("name", text.achievementName())
                .add("description", text.description())
                .add("criteria", JsonDocuments.JSON.createObjectBuilder().add("narrative", text.criteria()))
                .add("inLanguage", text.language())
                .add("creator", creator);
    }

    public static JsonObject unsigned(Claims c) {
        JsonObjectBuilder achievement = achievementBuilder(c.achievementId(), c.kind(), c.text(), creator(c.issuer(), c.partner()));
        JsonObjectBuilder subject = JsonDocuments.JSON.createObjectBuilder()
                .add("type", JsonDocuments.JSON.createArrayBuilder().add("AchievementSubject"))
                .add("identifier", JsonDocuments.JSON.createArrayBuilder().add(JsonDocuments.JSON.createObjectBuilder()
                        .add("type", "IdentityObject")
                        .add("identityHash", c.learner().identityHash())
                        .add("identityType", "emailAddress")
                        .add("hashed", true)
                        .add("salt", c.learner().salt())))
                .add("achievement", achievement);
        JsonObjectBuilder credential = JsonDocuments.JSON.createObjectBuilder()
                .add("@context", JsonDocuments.JSON.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .add("id", c.id())
                .add("type", JsonDocuments.JSON.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
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
