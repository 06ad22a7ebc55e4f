package campus.enrolment;

import java.util.List;

/** Enrolment as other modules use it. */
public interface EnrolmentApi {

    /** Applies for an activity: enrolled at once, pending review, or waitlisted, by the activity's rules. */
    EnrolmentView apply(long activityId, long personId);

    /** A learner withdraws; a freed seat goes to the first on the waitlist. */
    EnrolmentView withdraw(long enrolmentId, long personId);

    /** One application or enrolment. */
    java.util.Optional<EnrolmentView> find(long enrolmentId);

    /**
     * Records that an enrolled learner completed the activity (once: completing a completed enrolment
     * changes nothing). Publishes {@link EnrolmentStatusChanged} for the modules that act on completion.
     */
    EnrolmentView complete(long enrolmentId);

    /** An activity's applications and enrolments in order of arrival. */
    List<EnrolmentView> ofActivity(long activityId);

    /** A person's applications and enrolments, newest first. */
    List<EnrolmentView> ofPerson(long personId);
}
