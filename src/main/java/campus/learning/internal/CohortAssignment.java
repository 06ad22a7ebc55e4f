package campus.learning.internal;

import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentStatus;
import campus.enrolment.EnrolmentStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Places a learner in a cohort as soon as they are enrolled, after the enrolment commits (the JDBC
 * publication registry retries a placement a crash interrupted).
 */
@Component
class CohortAssignment {

    private final CohortService cohorts;
    private final EnrolmentApi enrolments;

    CohortAssignment(CohortService cohorts, EnrolmentApi enrolments) {
        this.cohorts = cohorts;
        this.enrolments = enrolments;
    }

    @ApplicationModuleListener
    void on(EnrolmentStatusChanged event) {
        if (!EnrolmentStatus.ENROLLED.code().equals(event.status())) {
            return;
        }
        // the learner may have withdrawn between the event and now: place only who is still enrolled
        boolean stillEnrolled = enrolments.find(event.enrolmentId())
                .map(e -> e.status() == EnrolmentStatus.ENROLLED).orElse(false);
        if (stillEnrolled) {
            cohorts.placeAutomatically(event.enrolmentId(), event.activityId());
        }
    }
}
