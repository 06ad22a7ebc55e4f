package campus.learning.internal;

import static org.campus.db.Tables.BOARD_REPLY;
import static org.campus.db.Tables.BOARD_THREAD;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.jooq.DSLContext;

/** The board_thread and board_reply tables. */
@Repository
public class BoardStore {

    private static final Field<Integer> REPLIES = DSL.field(DSL.selectCount().from(BOARD_REPLY)
            .where(BOARD_REPLY.THREAD_ID.eq(BOARD_THREAD.ID))).as("replies");

    private final DSLContext db;

    BoardStore(DSLContext db) {
        this.db = db;
    }

    /** The cohort's threads: announcements first, then the newest first. */
    public List<BoardThread> threads(long cohortId) {
        return db.select(BOARD_THREAD.fields()).select(REPLIES).from(BOARD_THREAD)
                .where(BOARD_THREAD.COHORT_ID.eq(cohortId))
                .orderBy(BOARD_THREAD.ANNOUNCEMENT.desc(), BOARD_THREAD.POSTED_AT.desc(), BOARD_THREAD.ID.desc())
                .fetch(BoardStore::thread);
    }

    public Optional<BoardThread> thread(long threadId) {
        return db.select(BOARD_THREAD.fields()).select(REPLIES).from(BOARD_THREAD).where(BOARD_THREAD.ID.eq(threadId))
                .fetchOptional(BoardStore::thread);
    }

    /** A thread's replies in the order they were posted. */
    public List<BoardReply> replies(long threadId) {
        return db.selectFrom(BOARD_REPLY).where(BOARD_REPLY.THREAD_ID.eq(threadId))
                .orderBy(BOARD_REPLY.POSTED_AT, BOARD_REPLY.ID)
                .fetch(r -> new BoardReply(r.getId(), r.getThreadId(), r.getAuthorId(), r.getBody(), r.getPostedAt()));
    }

    public long addThread(long cohortId, long authorId, String title, String body, boolean announcement,
                          OffsetDateTime now) {
        return db.insertInto(BOARD_THREAD).set(BOARD_THREAD.COHORT_ID, cohortId).set(BOARD_THREAD.AUTHOR_ID, authorId)
                .set(BOARD_THREAD.TITLE, title).set(BOARD_THREAD.BODY, body).set(BOARD_THREAD.ANNOUNCEMENT, announcement)
                .set(BOARD_THREAD.POSTED_AT, now).returningResult(BOARD_THREAD.ID).fetchOne(BOARD_THREAD.ID);
    }

    public long addReply(long threadId, long authorId, String body, OffsetDateTime now) {
        return db.insertInto(BOARD_REPLY).set(BOARD_REPLY.THREAD_ID, threadId).set(BOARD_REPLY.AUTHOR_ID, authorId)
                .set(BOARD_REPLY.BODY, body).set(BOARD_REPLY.POSTED_AT, now)
                .returningResult(BOARD_REPLY.ID).fetchOne(BOARD_REPLY.ID);
    }

    private static BoardThread thread(Record r) {
        return new BoardThread(r.get(BOARD_THREAD.ID), r.get(BOARD_THREAD.COHORT_ID), r.get(BOARD_THREAD.AUTHOR_ID),
                r.get(BOARD_THREAD.TITLE), r.get(BOARD_THREAD.BODY), r.get(BOARD_THREAD.ANNOUNCEMENT),
                r.get(BOARD_THREAD.POSTED_AT), r.get(REPLIES));
    }
}
