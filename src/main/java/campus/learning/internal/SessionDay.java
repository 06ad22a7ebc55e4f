package campus.learning.internal;

import java.time.LocalDate;

/** One day of a face-to-face or blended activity, on which attendance is taken. */
public record SessionDay(long id, long activityId, LocalDate heldOn, String topic) {
}
