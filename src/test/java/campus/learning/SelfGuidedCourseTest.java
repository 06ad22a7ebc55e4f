package campus.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.campus.db.Tables.RESULTS_KNOWLEDGE_TEST;

import campus.CampusTest;
import campus.Fixtures;
import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentStatus;
import campus.enrolment.EnrolmentView;
import campus.learning.internal.Attempt;
import campus.learning.internal.BankQuestion;
import campus.learning.internal.KnowledgeTests;
import campus.learning.internal.LearnerCourse;
import campus.learning.internal.TestKind;
import campus.learning.internal.TestSheet;
import campus.shared.FieldProblem;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A learner's way through a self-guided course, and the rules of its tests. */
@CampusTest
class SelfGuidedCourseTest {

    @Autowired Fixtures fixtures;
    @Autowired CourseFixtures courses;
    @Autowired EnrolmentApi enrolments;
    @Autowired LearnerCourse learning;
    @Autowired KnowledgeTests tests;
    @Autowired DSLContext db;
    @Autowired campus.learning.internal.CohortStore cohorts;

    /** Answers every question of the sheet right, or only the first {@code right} of them. */
    static Map<Long, Set<Integer>> answers(TestSheet sheet, int right) {
        Map<Long, Set<Integer>> chosen = new HashMap<>();
        int n = 0;
        for (TestSheet.Item item : sheet.items()) {
            BankQuestion q = item.question();
            Set<Integer> correct = q.correctPositions();
            Set<Integer> wrong = Set.of(correct.contains(2) ? 1 : 2);
            chosen.put(q.id(), n++ < right ? correct : wrong);
        }
        return chosen;
    }

    @Test
    void preTestLessonsAndAPassedPostTestCompleteTheCourseAndFeedTheReport() {
        CourseFixtures.Course course = courses.selfGuided(75, 3);
        long learner = fixtures.person();
        EnrolmentView enrolment = enrolments.apply(course.activityId(), learner);
        long id = enrolment.id();

        assertThat(learning.overview(id, learner, "en").next()).isEqualTo(LearnerCourse.Step.PRE_TEST);
        assertThatThrownBy(() -> learning.lesson(id, learner, course.lessons().get(0), "en"))
                .isInstanceOf(FieldProblem.class).hasMessageContaining("course.pre.first");

        TestSheet pre = tests.sit(id, learner, TestKind.PRE);
        assertThat(pre.items()).hasSize(4);
        assertThat(tests.submit(id, learner, pre.attempt().id(), answers(pre, 1)).score()).isEqualTo(25);
        assertThatThrownBy(() -> tests.sit(id, learner, TestKind.PRE)).hasMessageContaining("test.no.attempts.left");
        assertThatThrownBy(() -> tests.sit(id, learner, TestKind.POST)).hasMessageContaining("test.lessons.first");

        LearnerCourse.Overview before = learning.overview(id, learner, "fr");
        assertThat(before.next()).isEqualTo(LearnerCourse.Step.LESSON);
        assertThat(learning.lesson(id, learner, course.lessons().get(0), "fr").html()).contains("<strong>ensemble</strong>");
        var englishOnly = learning.lesson(id, learner, course.lessons().get(1), "fr");
        assertThat(englishOnly.otherLanguage()).isTrue();
        assertThat(englishOnly.language()).isEqualTo("en");
        assertThat(learning.overview(id, learner, "en").resumeLesson()).isEqualTo(course.lessons().get(1));

        learning.markDone(id, learner, course.lessons().get(0));
        assertThat(learning.markDone(id, learner, course.lessons().get(1))).isFalse(); // the post-test is still to pass
        LearnerCourse.Overview ready = learning.overview(id, learner, "en");
        assertThat(ready.next()).isEqualTo(LearnerCourse.Step.POST_TEST);
        assertThat(ready.percent()).isEqualTo(60); // 2 of 3 lessons + the pre-test, of 3 lessons + 2 tests

        TestSheet failing = tests.sit(id, learner, TestKind.POST);
        Attempt low = tests.submit(id, learner, failing.attempt().id(), answers(failing, 2));
        assertThat(low.score()).isEqualTo(50);
        assertThat(enrolments.find(id).orElseThrow().status()).isEqualTo(EnrolmentStatus.ENROLLED);

        TestSheet second = tests.sit(id, learner, TestKind.POST);
        assertThat(second.attempt().number()).isEqualTo(2);
        assertThat(tests.submit(id, learner, second.attempt().id(), answers(second, 3)).score()).isEqualTo(75);
        EnrolmentView completed = enrolments.find(id).orElseThrow();
        assertThat(completed.status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(completed.completedOn()).isNotNull();
        assertThat(learning.overview(id, learner, "en").percent()).isEqualTo(100);
        assertThatThrownBy(() -> tests.sit(id, learner, TestKind.POST)).hasMessageContaining("test.not.enrolled");

        // the report's knowledge figures: the pre-test and the best post-test score of the enrolment
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var row = db.selectFrom(RESULTS_KNOWLEDGE_TEST)
                    .where(RESULTS_KNOWLEDGE_TEST.ENROLMENT_ID.eq("campus:enrolment:" + id)).fetchOne();
            assertThat(row).isNotNull();
            assertThat(row.getPreScore()).isEqualTo(25.0);
            assertThat(row.getPostScore()).isEqualTo(75.0);
        });
    }

    @Test
    void aScoreUnderThePassMarkNeverCompletesAndTheAttemptLimitHolds() {
        CourseFixtures.Course course = courses.selfGuided(100, 2);
        long learner = fixtures.person();
        long id = enrolments.apply(course.activityId(), learner).id();
        TestSheet pre = tests.sit(id, learner, TestKind.PRE);
        tests.submit(id, learner, pre.attempt().id(), answers(pre, 4));
        course.lessons().subList(0, 2).forEach(lesson -> learning.markDone(id, learner, lesson));
        for (int attempt = 1; attempt <= 2; attempt++) {
            TestSheet sheet = tests.sit(id, learner, TestKind.POST);
            assertThat(tests.submit(id, learner, sheet.attempt().id(), answers(sheet, 3)).score()).isEqualTo(75);
        }
        assertThat(enrolments.find(id).orElseThrow().status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThatThrownBy(() -> tests.sit(id, learner, TestKind.POST)).hasMessageContaining("test.no.attempts.left");
    }

    @Test
    void anAttemptIsScoredOnceAndAnswersMustBeTheQuestionsOwn() {
        CourseFixtures.Course course = courses.selfGuided(50, 3);
        long learner = fixtures.person();
        long id = enrolments.apply(course.activityId(), learner).id();
        TestSheet pre = tests.sit(id, learner, TestKind.PRE);
        assertThat(tests.sit(id, learner, TestKind.PRE).attempt().id()).as("a reload resumes the attempt")
                .isEqualTo(pre.attempt().id());

        Map<Long, Set<Integer>> missing = answers(pre, 4);
        long firstQuestion = pre.items().get(0).question().id();
        missing.remove(firstQuestion);
        assertThatThrownBy(() -> tests.submit(id, learner, pre.attempt().id(), missing))
                .isInstanceOf(FieldProblem.class).hasMessage("q" + firstQuestion + ": test.answer.missing");
        Map<Long, Set<Integer>> outOfRange = answers(pre, 4);
        outOfRange.put(firstQuestion, Set.of(9));
        assertThatThrownBy(() -> tests.submit(id, learner, pre.attempt().id(), outOfRange))
                .hasMessage("q" + firstQuestion + ": test.answer.invalid");

        tests.submit(id, learner, pre.attempt().id(), answers(pre, 4));
        assertThatThrownBy(() -> tests.submit(id, learner, pre.attempt().id(), answers(pre, 4)))
                .hasMessageContaining("test.already.submitted");
        long stranger = fixtures.person();
        assertThatThrownBy(() -> tests.sit(id, stranger, TestKind.POST)).isInstanceOf(campus.shared.NotFound.class);
    }

    @Test
    void noTestCanBeSatOrSubmittedOnceTheLearnersCohortHasClosed() {
        long activity = fixtures.activity(campus.shared.Modality.ONLINE_TUTORED, 10, false, "en",
                java.time.LocalDate.now().plusDays(2));
        courses.course(activity, 50, 3);
        long cohort = cohorts.create(activity, "Run 1", java.time.LocalDate.now().minusDays(30),
                java.time.LocalDate.now().plusDays(30));
        long learner = fixtures.person();
        long id = enrolments.apply(activity, learner).id();
        // enrolled learners are placed in the activity's open cohort after the enrolment commits
        await().atMost(Duration.ofSeconds(10)).until(() -> cohorts.cohortOf(id).isPresent());
        assertThat(cohorts.cohortOf(id)).contains(cohort);
        TestSheet open = tests.sit(id, learner, TestKind.PRE);

        cohorts.update(cohort, "Run 1", java.time.LocalDate.now().minusDays(30), java.time.LocalDate.now().minusDays(1));
        assertThatThrownBy(() -> tests.submit(id, learner, open.attempt().id(), answers(open, 4)))
                .hasMessageContaining("test.cohort.closed");
        assertThatThrownBy(() -> tests.sit(id, learner, TestKind.POST)).hasMessageContaining("test.cohort.closed");
    }
}
