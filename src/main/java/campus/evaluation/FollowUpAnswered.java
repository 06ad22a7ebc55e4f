package campus.evaluation;

import java.time.LocalDate;

/** A learner answered the follow-up survey months after completing an activity. */
public record FollowUpAnswered(long enrolmentId, long activityId, LocalDate respondedOn, boolean canApply,
                               boolean exampleGiven) {
}
