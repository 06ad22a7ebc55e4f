package campus.mail.internal;

import java.time.OffsetDateTime;

/** A mail as the outbox holds it, for the administrators' outbox page and the sender. */
public record QueuedMail(long id, String recipient, String subject, String body, OffsetDateTime createdAt,
                         int attempts, OffsetDateTime sentAt, String lastError) {
}
