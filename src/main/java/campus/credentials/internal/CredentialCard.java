package campus.credentials.internal;

import campus.credentials.internal.proof.JsonDocuments;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * What a credential shows to whoever looks at it, read from the signed document as issued (not from
 * the platform's other tables), plus its state: the page, the certificate and the lists all show the
 * same thing. The learner appears only as the document does, as a salted email hash. partnerName is the
 * achievement's creator when that is not the issuer (an activity offered with a partner), else null.
 */
public record CredentialCard(String id, String url, CredentialKind kind, String language, String name,
                             String achievementName, String description, String criteria, String issuerName,
                             String issuerId, String partnerName, Instant validFrom, Instant validUntil, String statusListUrl,
                             long logIndex, CredentialStatus status, String statusReason,
                             OffsetDateTime statusChangedAt, boolean shared, long personId, long activityId,
                             IdentityHash holder) {

    public static CredentialCard of(StoredCredential c) {
        JsonObject document = JsonDocuments.parse(c.document());
        JsonObject issuer = document.getJsonObject("issuer");
        JsonObject subject = document.getJsonObject("credentialSubject");
        JsonObject achievement = subject.getJsonObject("achievement");
        JsonObject identity = subject.getJsonArray("identifier").getJsonObject(0);
        JsonObject status = document.getJsonObject("credentialStatus");
        return new CredentialCard(c.id(), document.getString("id"), c.kind(), c.language(), document.getString("name"),
                achievement.getString("name"), text(achievement, "description"),
                text(achievement.getJsonObject("criteria"), "narrative"), issuer.getString("name"), issuer.getString("id"),
                partnerName(achievement.getJsonObject("creator"), issuer.getString("id")), Instant.parse(document.getString("validFrom")),
                document.containsKey("validUntil") ? Instant.parse(document.getString("validUntil")) : null,
                status == null ? null : status.getString("statusListCredential"), c.logIndex(), c.status(),
                c.statusReason(), c.statusChangedAt(), c.shared(), c.personId(), c.activityId(),
                new IdentityHash(identity.getString("identityHash"), identity.getString("salt")));
    }

    /** The day it was issued (validFrom, UTC). */
    public java.time.LocalDate issuedOn() {
        return validFrom.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    /** The last day it is valid (UTC), or null when it does not expire. */
    public java.time.LocalDate validUntilDay() {
        return validUntil == null ? null : validUntil.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    /** Whether the credential was issued to this email address (compared with the salted hash it carries). */
    public boolean issuedTo(String email) {
        return email != null && !email.isBlank() && holder.matches(email);
    }

    private static String partnerName(JsonObject creator, String issuerId) {
        return creator == null || issuerId.equals(creator.getString("id", null)) ? null : creator.getString("name", null);
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object == null ? null : object.get(name);
        return value instanceof JsonString s ? s.getString() : "";
    }
}
