package campus.learning.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a board page shows; authors by id, and which of them tutor the cohort (marked as such). */
public final class BoardView {

    private BoardView() {
    }

    /** A cohort's board: its threads, announcements first. */
    public record Board(Cohort cohort, BoardAccess access, boolean closed, List<BoardThread> threads,
                        Map<Long, String> authors, Set<Long> tutors) {
    }

    /** One thread and its replies. */
    public record ThreadPage(Cohort cohort, BoardAccess access, boolean closed, BoardThread thread, List<BoardReply> replies,
                         Map<Long, String> authors, Set<Long> tutors) {
    }
}
