package campus.mail.internal;

import java.time.OffsetDateTime;

/** A mail as the outbox holds it, for the administrators' outbox page and the sender. */
public record QueuedMail(long id, String recipient, String subject, String body, OffsetDateTime createdAt,
                         int attempts, OffsetDateTime nextAttemptAt, OffsetDateTime lastAttemptAt,
                         OffsetDateTime sentAt, OffsetDateTime failedAt, String lastError) {

    public MailStatus status() {
        if (sentAt != null) {
            return MailStatus.SENT;
        }
        if (failedAt != null) {
            return MailStatus.FAILED;
        }
        return attempts > 0 ? MailStatus.RETRYING : MailStatus.WAITING;
    }
}
