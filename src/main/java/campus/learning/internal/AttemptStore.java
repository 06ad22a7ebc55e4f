package campus.learning.internal;

import static org.campus.db.Tables.TEST_ANSWER;
import static org.campus.db.Tables.TEST_ATTEMPT;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.campus.db.tables.records.TestAttemptRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The test_attempt and test_answer tables. */
@Repository
public class AttemptStore {

    private final DSLContext db;

    AttemptStore(DSLContext db) {
        this.db = db;
    }

    public List<Attempt> of(long enrolmentId, TestKind kind) {
        return db.selectFrom(TEST_ATTEMPT).where(TEST_ATTEMPT.ENROLMENT_ID.eq(enrolmentId))
                .and(TEST_ATTEMPT.KIND.eq(kind.code())).orderBy(TEST_ATTEMPT.NUMBER).fetch(AttemptStore::attempt);
    }

    public List<Attempt> ofEnrolments(java.util.Collection<Long> enrolmentIds) {
        return db.selectFrom(TEST_ATTEMPT).where(TEST_ATTEMPT.ENROLMENT_ID.in(enrolmentIds))
                .orderBy(TEST_ATTEMPT.ENROLMENT_ID, TEST_ATTEMPT.KIND, TEST_ATTEMPT.NUMBER).fetch(AttemptStore::attempt);
    }

    public Optional<Attempt> byId(long attemptId) {
        return db.selectFrom(TEST_ATTEMPT).where(TEST_ATTEMPT.ID.eq(attemptId)).fetchOptional(AttemptStore::attempt);
    }

    /** Locks the attempt row, so two submissions of one attempt (two tabs, a double click) score once. */
    public Optional<Attempt> lock(long attemptId) {
        return db.selectFrom(TEST_ATTEMPT).where(TEST_ATTEMPT.ID.eq(attemptId)).forUpdate()
                .fetchOptional(AttemptStore::attempt);
    }

    /** Inserts the attempt; the unique (enrolment, kind, number) key refuses a second one started at the same time. */
    public long start(long enrolmentId, TestKind kind, int number, List<Long> questionIds, long seed, OffsetDateTime now) {
        return db.insertInto(TEST_ATTEMPT).set(TEST_ATTEMPT.ENROLMENT_ID, enrolmentId).set(TEST_ATTEMPT.KIND, kind.code())
                .set(TEST_ATTEMPT.NUMBER, number)
                .set(TEST_ATTEMPT.QUESTIONS, questionIds.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .set(TEST_ATTEMPT.SEED, seed).set(TEST_ATTEMPT.STARTED_AT, now)
                .returningResult(TEST_ATTEMPT.ID).fetchOne(TEST_ATTEMPT.ID);
    }

    public void submit(long attemptId, Map<Long, Set<Integer>> chosen, Map<Long, Boolean> right, int score,
                       OffsetDateTime now) {
        chosen.forEach((questionId, options) -> db.insertInto(TEST_ANSWER).set(TEST_ANSWER.ATTEMPT_ID, attemptId)
                .set(TEST_ANSWER.QUESTION_ID, questionId)
                .set(TEST_ANSWER.CHOSEN, options.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .set(TEST_ANSWER.CORRECT, right.get(questionId)).execute());
        db.update(TEST_ATTEMPT).set(TEST_ATTEMPT.SUBMITTED_AT, now).set(TEST_ATTEMPT.SCORE, score)
                .where(TEST_ATTEMPT.ID.eq(attemptId)).execute();
    }

    /** The options chosen per question of a submitted attempt. */
    public Map<Long, Set<Integer>> answers(long attemptId) {
        Map<Long, Set<Integer>> answers = new LinkedHashMap<>();
        db.selectFrom(TEST_ANSWER).where(TEST_ANSWER.ATTEMPT_ID.eq(attemptId)).forEach(r -> answers.put(r.getQuestionId(),
                r.getChosen().isEmpty() ? Set.of() : Arrays.stream(r.getChosen().split(",")).map(Integer::valueOf)
                        .collect(Collectors.toCollection(TreeSet::new))));
        return answers;
    }

    private static Attempt attempt(TestAttemptRecord r) {
        List<Long> questions = r.getQuestions().isEmpty() ? List.of()
                : Arrays.stream(r.getQuestions().split(",")).map(Long::valueOf).toList();
        return new Attempt(r.getId(), r.getEnrolmentId(), TestKind.of(r.getKind()), r.getNumber(), questions, r.getSeed(),
                r.getStartedAt(), r.getSubmittedAt(), r.getScore());
    }
}
