package campus.learning.internal;

import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentStatus;
import campus.enrolment.EnrolmentView;
import campus.learning.KnowledgeScores;
import campus.shared.FieldProblem;
import campus.shared.NotFound;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pre-tests and post-tests: who may sit which, drawing the sheet, scoring 0–100, the attempt limit
 * and the closed cohort. One pre-test attempt (it measures what a learner knew on entry); post-test
 * attempts up to the course's limit, stopping once passed.
 */
@Service
@Transactional
public class KnowledgeTests {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final EnrolmentApi enrolments;
    private final CourseStore courses;
    private final QuestionStore questions;
    private final AttemptStore attempts;
    private final CohortStore cohorts;
    private final ProgressStore progress;
    private final CompletionService completion;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KnowledgeTests(EnrolmentApi enrolments, CourseStore courses, QuestionStore questions, AttemptStore attempts,
                   CohortStore cohorts, ProgressStore progress, CompletionService completion, ApplicationEventPublisher events, Clock clock) {
        this.enrolments = enrolments;
        this.courses = courses;
        this.questions = questions;
        this.attempts = attempts;
        this.cohorts = cohorts;
        this.progress = progress;
        this.completion = completion;
        this.events = events;
        this.clock = clock;
    }

    /** Where a learner stands with one test. */
    public record Standing(TestKind kind, List<Attempt> attempts, int attemptLimit, int passMark) {

        public Optional<Attempt> open() {
            return attempts.stream().filter(a -> !a.submitted()).findFirst();
        }

        public Optional<Integer> best() {
            return attempts.stream().filter(Attempt::submitted).map(Attempt::score).max(Integer::compare);
        }

        public boolean passed() {
            return kind == TestKind.POST && best().map(s -> s >= passMark).orElse(false);
        }

        public long submitted() {
            return attempts.stream().filter(Attempt::submitted).count();
        }

        public boolean done() {
            return kind == TestKind.PRE ? submitted() >= 1 : passed() || submitted() >= attemptLimit;
        }

        public long attemptsLeft() {
            return Math.max(0, (kind == TestKind.PRE ? 1 : attemptLimit) - submitted());
        }
    }

    @Transactional(readOnly = true)
    public Standing standing(long enrolmentId, long activityId, TestKind kind) {
        CourseRules rules = courses.rules(activityId).orElse(CourseRules.DEFAULT);
        return new Standing(kind, attempts.of(enrolmentId, kind), rules.attemptLimit(), rules.passMark());
    }

    /** The open attempt's sheet, starting a new attempt when the learner may. */
    public TestSheet sit(long enrolmentId, long personId, TestKind kind) {
        EnrolmentView enrolment = own(enrolmentId, personId);
        List<BankQuestion> bank = questions.bank(enrolment.activityId());
        if (bank.isEmpty()) {
            throw new NotFound("test of activity " + enrolment.activityId());
        }
        Standing standing = standing(enrolmentId, enrolment.activityId(), kind);
        Optional<Attempt> open = standing.open();
        if (open.isPresent()) {
            return TestSheet.of(open.get(), bank);
        }
        refuseWhenOver(enrolment, standing);
        if (kind == TestKind.POST) {
            refuseBeforeTheEnd(enrolment);
        }
        CourseRules rules = courses.rules(enrolment.activityId()).orElse(CourseRules.DEFAULT);
        long seed = SEEDS.nextLong();
        List<Long> drawn = TestSheet.draw(bank, rules.questionsDrawn(bank.size()), seed);
        int number = standing.attempts().size() + 1;
        try {
            long id = attempts.start(enrolmentId, kind, number, drawn, seed, OffsetDateTime.now(clock));
            return TestSheet.of(attempts.byId(id).orElseThrow(), bank);
        } catch (DuplicateKeyException twoTabs) {
            // the same attempt was started a moment ago in another tab: show that one
            return TestSheet.of(standing(enrolmentId, enrolment.activityId(), kind).open().orElseThrow(), bank);
        }
    }

    /**
     * Scores an attempt. Every question needs an answer within its options (the field names the
     * question); the attempt must be open, the learner's, and within the limit and the cohort's dates.
     */
    public Attempt submit(long enrolmentId, long personId, long attemptId, Map<Long, Set<Integer>> chosen) {
        EnrolmentView enrolment = own(enrolmentId, personId);
        Attempt attempt = attempts.lock(attemptId).filter(a -> a.enrolmentId() == enrolmentId)
                .orElseThrow(() -> new NotFound("attempt " + attemptId));
        if (attempt.submitted()) {
            throw new FieldProblem("attempt", "test.already.submitted");
        }
        Standing standing = standing(enrolmentId, enrolment.activityId(), attempt.kind());
        refuseWhenOver(enrolment, standing);
        TestSheet sheet = TestSheet.of(attempt, questions.bank(enrolment.activityId()));
        Map<Long, Boolean> right = new HashMap<>();
        for (TestSheet.Item item : sheet.items()) {
            BankQuestion q = item.question();
            Set<Integer> answer = chosen.getOrDefault(q.id(), Set.of());
            if (answer.isEmpty()) {
                throw new FieldProblem("q" + q.id(), "test.answer.missing");
            }
            if (answer.stream().anyMatch(p -> p < 1 || p > q.options().size()) || (!q.kind().allowsSeveral() && answer.size() > 1)) {
                throw new FieldProblem("q" + q.id(), "test.answer.invalid");
            }
            right.put(q.id(), q.kind().answeredRight(answer, q.correctPositions()));
        }
        int score = score(right.values().stream().filter(Boolean::booleanValue).count(), sheet.items().size());
        Map<Long, Set<Integer>> kept = new HashMap<>();
        sheet.items().forEach(i -> kept.put(i.question().id(), chosen.get(i.question().id())));
        attempts.submit(attemptId, kept, right, score, OffsetDateTime.now(clock));
        publishScores(enrolmentId, enrolment.activityId());
        if (attempt.kind() == TestKind.POST) {
            completion.reconsider(enrolmentId);
        }
        return attempts.byId(attemptId).orElseThrow();
    }

    /** Per cent of questions answered right, rounded half up; a sheet without questions scores 0. */
    static int score(long right, int asked) {
        return asked == 0 ? 0 : (int) Math.round(100.0 * right / asked);
    }

    private void refuseWhenOver(EnrolmentView enrolment, Standing standing) {
        if (enrolment.status() != EnrolmentStatus.ENROLLED) {
            throw new FieldProblem("attempt", "test.not.enrolled");
        }
        if (cohorts.closedFor(enrolment.id(), java.time.LocalDate.now(clock))) {
            throw new FieldProblem("attempt", "test.cohort.closed");
        }
        if (standing.done()) {
            throw new FieldProblem("attempt", standing.passed() ? "test.already.passed" : "test.no.attempts.left");
        }
    }

    /** The post-test comes at the end: after the pre-test and every required lesson. */
    private void refuseBeforeTheEnd(EnrolmentView enrolment) {
        if (!standing(enrolment.id(), enrolment.activityId(), TestKind.PRE).done()) {
            throw new FieldProblem("attempt", "test.pre.first");
        }
        List<CourseOutline.Lesson> lessons = courses.outline(enrolment.activityId()).map(CourseOutline::lessons)
                .orElse(List.of());
        if (!ProgressStore.requiredDone(lessons, progress.done(enrolment.id()))) {
            throw new FieldProblem("attempt", "test.lessons.first");
        }
    }

    private void publishScores(long enrolmentId, long activityId) {
        Integer pre = standing(enrolmentId, activityId, TestKind.PRE).best().orElse(null);
        Integer post = standing(enrolmentId, activityId, TestKind.POST).best().orElse(null);
        events.publishEvent(new KnowledgeScores(enrolmentId, pre, post));
    }

    private EnrolmentView own(long enrolmentId, long personId) {
        return enrolments.find(enrolmentId).filter(e -> e.personId() == personId)
                .orElseThrow(() -> new NotFound("enrolment " + enrolmentId));
    }
}
