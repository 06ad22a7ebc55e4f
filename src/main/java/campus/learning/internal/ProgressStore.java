package campus.learning.internal;

import static org.campus.db.Tables.LEARNING_PLACE;
import static org.campus.db.Tables.LESSON_PROGRESS;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Lessons a learner has done and where they left off (lesson_progress, learning_place). */
@Repository
public class ProgressStore {

    private final DSLContext db;

    ProgressStore(DSLContext db) {
        this.db = db;
    }

    public Set<Long> done(long enrolmentId) {
        return new HashSet<>(db.select(LESSON_PROGRESS.LESSON_ID).from(LESSON_PROGRESS)
                .where(LESSON_PROGRESS.ENROLMENT_ID.eq(enrolmentId)).fetch(LESSON_PROGRESS.LESSON_ID));
    }

    /** Lessons done per enrolment, for a tutor's view of a whole cohort in one query. */
    public Map<Long, Set<Long>> done(Collection<Long> enrolmentIds) {
        return db.select(LESSON_PROGRESS.ENROLMENT_ID, LESSON_PROGRESS.LESSON_ID).from(LESSON_PROGRESS)
                .where(LESSON_PROGRESS.ENROLMENT_ID.in(enrolmentIds)).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.value1(), Collectors.mapping(r -> r.value2(), Collectors.toSet())));
    }

    /** Marks a lesson done once; marking it again keeps the first time. */
    public void markDone(long enrolmentId, long lessonId, OffsetDateTime now) {
        db.insertInto(LESSON_PROGRESS).set(LESSON_PROGRESS.ENROLMENT_ID, enrolmentId).set(LESSON_PROGRESS.LESSON_ID, lessonId)
                .set(LESSON_PROGRESS.DONE_AT, now).onConflictDoNothing().execute();
    }

    public Optional<Long> place(long enrolmentId) {
        return db.select(LEARNING_PLACE.LESSON_ID).from(LEARNING_PLACE).where(LEARNING_PLACE.ENROLMENT_ID.eq(enrolmentId))
                .fetchOptional(LEARNING_PLACE.LESSON_ID);
    }

    public void visit(long enrolmentId, long lessonId, OffsetDateTime now) {
        int changed = db.update(LEARNING_PLACE).set(LEARNING_PLACE.LESSON_ID, lessonId).set(LEARNING_PLACE.VISITED_AT, now)
                .where(LEARNING_PLACE.ENROLMENT_ID.eq(enrolmentId)).execute();
        if (changed == 0) {
            db.insertInto(LEARNING_PLACE).set(LEARNING_PLACE.ENROLMENT_ID, enrolmentId).set(LEARNING_PLACE.LESSON_ID, lessonId)
                    .set(LEARNING_PLACE.VISITED_AT, now).onConflictDoNothing().execute();
        }
    }

    /** Whether every required lesson of the list is done. */
    public static boolean requiredDone(List<CourseOutline.Lesson> lessons, Set<Long> done) {
        return lessons.stream().filter(CourseOutline.Lesson::required).allMatch(l -> done.contains(l.id()));
    }
}
