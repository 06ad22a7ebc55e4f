package campus.credentials.internal;

import java.time.OffsetDateTime;

/** A credential as the platform keeps it: the signed document exactly as issued, and its state. */
public record StoredCredential(String id, long enrolmentId, long personId, long activityId, CredentialKind kind,
                               String language, String title, OffsetDateTime issuedAt, String document, long logIndex,
                               long statusIndex, CredentialStatus status, String statusReason,
                               OffsetDateTime statusChangedAt, boolean shared) {
}
