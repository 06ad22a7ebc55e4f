package campus.evaluation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Who is asked to answer which survey, from when, and how far the asking went. */
public record Invitation(long id, long enrolmentId, long activityId, Survey survey, LocalDate dueOn,
                         OffsetDateTime invitedAt, int remindersSent, OffsetDateTime lastMailAt,
                         OffsetDateTime expiresAt, OffsetDateTime answeredAt) {

    boolean expiredAt(OffsetDateTime now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
