package campus.enrolment;

/** Published whenever an enrolment's status changes, for the modules that act on it. */
public record EnrolmentStatusChanged(long enrolmentId, long activityId, long personId, String status) {
}
