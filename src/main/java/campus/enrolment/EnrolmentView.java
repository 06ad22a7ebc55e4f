package campus.enrolment;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An application or enrolment; waitlistPosition is 1 for the next to be promoted, null when not waitlisted. */
public record EnrolmentView(long id, long activityId, long personId, EnrolmentStatus status, OffsetDateTime appliedAt,
                            long arrival, LocalDate enrolledOn, LocalDate completedOn, LocalDate withdrawnOn,
                            Integer waitlistPosition) {
}
