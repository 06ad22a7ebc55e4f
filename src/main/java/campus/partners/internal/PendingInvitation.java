package campus.partners.internal;

import java.time.OffsetDateTime;

/** An invitation mailed to someone who has not joined yet. */
public record PendingInvitation(String name, String email, String language, OffsetDateTime invitedAt) {
}
