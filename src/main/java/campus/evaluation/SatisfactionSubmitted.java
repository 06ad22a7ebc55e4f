package campus.evaluation;

import java.time.LocalDate;

/** A learner rated an activity; overall is 1–5. Published after the response is stored. */
public record SatisfactionSubmitted(long enrolmentId, long activityId, LocalDate submittedOn, int overall) {
}
