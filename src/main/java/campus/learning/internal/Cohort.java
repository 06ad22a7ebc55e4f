package campus.learning.internal;

import java.time.LocalDate;

/** A run of a tutored activity, from its first to its last day. */
public record Cohort(long id, long activityId, String name, LocalDate startsOn, LocalDate endsOn) {

    /** Closed once its last day is over: the board becomes read-only and no learner is placed in it. */
    public boolean closedOn(LocalDate today) {
        return today.isAfter(endsOn);
    }
}
