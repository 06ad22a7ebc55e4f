package campus.learning.internal;

import campus.shared.Modality;
import java.util.OptionalDouble;

/**
 * When an enrolment completes by itself, from what the learner did:
 * <ul>
 * <li>self-guided: every required lesson done and, where the course has a test, the post-test passed;</li>
 * <li>face-to-face: attendance at or above the threshold and, where the course has a test, the post-test passed;</li>
 * <li>blended: the face-to-face rule plus every required lesson done;</li>
 * <li>online tutored: never by itself — the cohort's tutor decides.</li>
 * </ul>
 */
public record CompletionRule(Modality modality, int attendanceThreshold) {

    /** What the learner has done so far. attendance is empty when the activity has no sessions. */
    public record Record(boolean requiredLessonsDone, boolean hasTest, boolean postTestPassed, OptionalDouble attendance) {
    }

    public boolean met(Record done) {
        boolean test = !done.hasTest() || done.postTestPassed();
        return switch (modality) {
            case SELF_GUIDED -> done.requiredLessonsDone() && test;
            case FACE_TO_FACE -> attended(done) && test;
            case BLENDED -> attended(done) && done.requiredLessonsDone() && test;
            case ONLINE_TUTORED -> false;
        };
    }

    private boolean attended(Record done) {
        // compared in whole per cent of sessions so 4 of 5 meets an 80 threshold without rounding doubt
        return done.attendance().isPresent() && Math.round(done.attendance().getAsDouble() * 10000) >= attendanceThreshold * 100L;
    }
}
