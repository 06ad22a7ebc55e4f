package campus.learning.internal;

import java.util.List;

/** One session's attendance: each learner's mark and their share of all the activity's sessions so far. */
public record AttendanceSheet(SessionDay session, int sessions, List<Row> rows) {

    /** A learner, whether marked present at this session, and the per cent of sessions attended. */
    public record Row(Learner learner, boolean present, int presentCount, int sharePercent) {
    }
}
