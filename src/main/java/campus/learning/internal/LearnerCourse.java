package campus.learning.internal;

import campus.catalogue.ActivityView;
import campus.catalogue.CatalogueApi;
import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentStatus;
import campus.enrolment.EnrolmentView;
import campus.shared.FieldProblem;
import campus.shared.NotFound;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A learner's way through a course: where they stand, the next step, lessons and their progress. */
@Service
@Transactional
public class LearnerCourse {

    private final EnrolmentApi enrolments;
    private final CatalogueApi catalogue;
    private final CourseStore courses;
    private final ProgressStore progress;
    private final KnowledgeTests tests;
    private final QuestionStore questions;
    private final CohortStore cohorts;
    private final CompletionService completion;
    private final Clock clock;

    LearnerCourse(EnrolmentApi enrolments, CatalogueApi catalogue, CourseStore courses, ProgressStore progress,
                  KnowledgeTests tests, QuestionStore questions, CohortStore cohorts, CompletionService completion,
                  Clock clock) {
        this.enrolments = enrolments;
        this.catalogue = catalogue;
        this.courses = courses;
        this.progress = progress;
        this.tests = tests;
        this.questions = questions;
        this.cohorts = cohorts;
        this.completion = completion;
        this.clock = clock;
    }

    /** What a learner does next in a course. */
    public enum Step { PRE_TEST, LESSON, POST_TEST, TUTOR, ATTENDANCE, COMPLETED, NOTHING }

    /** The course page: where the learner stands and what comes next. */
    public record Overview(EnrolmentView enrolment, ActivityView activity, CourseOutline outline, Set<Long> done,
                           int percent, boolean hasTest, KnowledgeTests.Standing pre, KnowledgeTests.Standing post,
                           Step next, Long nextLesson, Long resumeLesson, Long cohortId) {
    }

    /** One lesson as shown: the text in the language chosen, and its neighbours. */
    public record LessonPage(Overview course, CourseOutline.Lesson lesson, String title, String html, String language,
                             boolean otherLanguage, Optional<CourseOutline.Lesson> previous,
                             Optional<CourseOutline.Lesson> next, boolean done) {
    }

    @Transactional(readOnly = true)
    public Overview overview(long enrolmentId, long personId, String language) {
        EnrolmentView enrolment = enrolments.find(enrolmentId)
                .filter(e -> e.personId() == personId && e.status().holdsSeat())
                .orElseThrow(() -> new NotFound("enrolment " + enrolmentId));
        ActivityView activity = catalogue.find(enrolment.activityId(), language).orElseThrow();
        CourseOutline outline = courses.outline(activity.id())
                .orElse(new CourseOutline(activity.id(), CourseRules.DEFAULT, List.of()));
        Set<Long> done = progress.done(enrolmentId);
        boolean hasTest = questions.hasQuestions(activity.id());
        KnowledgeTests.Standing pre = tests.standing(enrolmentId, activity.id(), TestKind.PRE);
        KnowledgeTests.Standing post = tests.standing(enrolmentId, activity.id(), TestKind.POST);
        List<CourseOutline.Lesson> lessons = outline.lessons();
        int steps = lessons.size() + (hasTest ? 2 : 0);
        long stepsDone = lessons.stream().filter(l -> done.contains(l.id())).count()
                + (hasTest && pre.done() ? 1 : 0) + (hasTest && post.passed() ? 1 : 0);
        int percent = enrolment.status() == EnrolmentStatus.COMPLETED ? 100
                : steps == 0 ? 0 : (int) (100 * stepsDone / steps);
        Long nextLesson = lessons.stream().filter(l -> !done.contains(l.id())).map(CourseOutline.Lesson::id).findFirst()
                .orElse(null);
        Step next = next(enrolment, activity, hasTest, pre, post, lessons, done, nextLesson);
        Long resume = progress.place(enrolmentId).filter(id -> outline.lesson(id).isPresent()).orElse(nextLesson);
        return new Overview(enrolment, activity, outline, done, percent, hasTest, pre, post, next, nextLesson, resume,
                cohorts.cohortOf(enrolmentId).orElse(null));
    }

    private static Step next(EnrolmentView enrolment, ActivityView activity, boolean hasTest, KnowledgeTests.Standing pre,
                             KnowledgeTests.Standing post, List<CourseOutline.Lesson> lessons, Set<Long> done,
                             Long nextLesson) {
        if (enrolment.status() == EnrolmentStatus.COMPLETED) {
            return Step.COMPLETED;
        }
        if (hasTest && !pre.done()) {
            return Step.PRE_TEST;
        }
        if (!ProgressStore.requiredDone(lessons, done) || (nextLesson != null && post.passed())) {
            return nextLesson == null ? Step.NOTHING : Step.LESSON;
        }
        if (hasTest && !post.done()) {
            return Step.POST_TEST;
        }
        return switch (activity.modality()) {
            case ONLINE_TUTORED -> Step.TUTOR;
            case FACE_TO_FACE, BLENDED -> Step.ATTENDANCE;
            case SELF_GUIDED -> Step.NOTHING;
        };
    }

    /** Opens a lesson (and remembers it as the place to resume); lessons wait until the pre-test is taken. */
    public LessonPage lesson(long enrolmentId, long personId, long lessonId, String language) {
        Overview course = overview(enrolmentId, personId, language);
        CourseOutline.Lesson lesson = course.outline().lesson(lessonId)
                .orElseThrow(() -> new NotFound("lesson " + lessonId));
        if (course.hasTest() && !course.pre().done() && course.enrolment().status() == EnrolmentStatus.ENROLLED) {
            throw new FieldProblem("lesson", "course.pre.first");
        }
        progress.visit(enrolmentId, lessonId, OffsetDateTime.now(clock));
        Map<String, CoursePackage.LessonText> texts = courses.lessonTexts(lessonId);
        String shown = Texts.languageOf(texts, language);
        CoursePackage.LessonText text = texts.get(shown);
        String html = text == null ? "" : Markdown.toHtml(text.markdown(), filesBase(course.activity().id()));
        List<CourseOutline.Lesson> all = course.outline().lessons();
        int at = all.indexOf(lesson);
        return new LessonPage(course, lesson, text == null ? "" : text.title(), html, shown, !shown.equals(language),
                at > 0 ? Optional.of(all.get(at - 1)) : Optional.empty(), course.outline().after(lessonId),
                course.done().contains(lessonId));
    }

    /** Marks a lesson done and completes the enrolment if that was the last step; returns whether it completed. */
    public boolean markDone(long enrolmentId, long personId, long lessonId) {
        Overview course = overview(enrolmentId, personId, "en");
        course.outline().lesson(lessonId).orElseThrow(() -> new NotFound("lesson " + lessonId));
        if (course.enrolment().status() != EnrolmentStatus.ENROLLED) {
            return course.enrolment().status() == EnrolmentStatus.COMPLETED;
        }
        progress.markDone(enrolmentId, lessonId, OffsetDateTime.now(clock));
        return completion.reconsider(enrolmentId);
    }

    /** A course file for someone enrolled in the activity (or staff, checked by the caller). */
    @Transactional(readOnly = true)
    public boolean mayRead(long activityId, long personId) {
        return enrolments.ofPerson(personId).stream()
                .anyMatch(e -> e.activityId() == activityId && e.status().holdsSeat());
    }

    public static String filesBase(long activityId) {
        return "/learning/courses/" + activityId + "/files/";
    }
}
