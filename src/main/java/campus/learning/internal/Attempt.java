package campus.learning.internal;

import java.time.OffsetDateTime;
import java.util.List;

/** One sitting of a test: the questions drawn in the order shown, and the score once submitted. */
public record Attempt(long id, long enrolmentId, TestKind kind, int number, List<Long> questionIds, long seed,
                      OffsetDateTime startedAt, OffsetDateTime submittedAt, Integer score) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
