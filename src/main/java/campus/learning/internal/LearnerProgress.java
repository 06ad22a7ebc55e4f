package campus.learning.internal;

import campus.enrolment.EnrolmentStatus;

/** How far a learner of a cohort has come: lessons done of the course's lessons, pre-test and best post-test scores. */
public record LearnerProgress(Learner learner, int lessonsDone, int lessonsTotal, Integer preScore, Integer bestPostScore) {

    /** Only an enrolled learner can be completed by the tutor. */
    public boolean completable() {
        return learner.enrolment().status() == EnrolmentStatus.ENROLLED;
    }
}
