package campus.learning.internal;

import campus.catalogue.ActivityView;
import campus.catalogue.CatalogueApi;
import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentStatus;
import campus.enrolment.EnrolmentView;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes an enrolment when the activity's completion rule is met; asked again after every
 * step that could meet it (a lesson done, a post-test scored, attendance taken).
 */
@Service
@Transactional
public class CompletionService {

    private final EnrolmentApi enrolments;
    private final CatalogueApi catalogue;
    private final CourseStore courses;
    private final QuestionStore questions;
    private final ProgressStore progress;
    private final AttemptStore attempts;
    private final AttendanceStore attendance;

    CompletionService(EnrolmentApi enrolments, CatalogueApi catalogue, CourseStore courses, QuestionStore questions,
                      ProgressStore progress, AttemptStore attempts, AttendanceStore attendance) {
        this.enrolments = enrolments;
        this.catalogue = catalogue;
        this.courses = courses;
        this.questions = questions;
        this.progress = progress;
        this.attempts = attempts;
        this.attendance = attendance;
    }

    /** Completes the enrolment if its rule is now met; returns whether it is completed. */
    public boolean reconsider(long enrolmentId) {
        EnrolmentView enrolment = enrolments.find(enrolmentId).orElseThrow();
        if (enrolment.status() != EnrolmentStatus.ENROLLED) {
            return enrolment.status() == EnrolmentStatus.COMPLETED;
        }
        ActivityView activity = catalogue.find(enrolment.activityId(), "en").orElseThrow();
        CourseRules rules = courses.rules(activity.id()).orElse(CourseRules.DEFAULT);
        List<CourseOutline.Lesson> lessons = courses.outline(activity.id()).map(CourseOutline::lessons).orElse(List.of());
        boolean hasTest = questions.hasQuestions(activity.id());
        if (lessons.isEmpty() && !hasTest && activity.modality() == campus.shared.Modality.SELF_GUIDED) {
            return false; // a course without content yet cannot be completed by visiting it
        }
        boolean passed = attempts.of(enrolmentId, TestKind.POST).stream()
                .anyMatch(a -> a.score() != null && a.score() >= rules.passMark());
        var record = new CompletionRule.Record(ProgressStore.requiredDone(lessons, progress.done(enrolmentId)), hasTest,
                passed, attendance.presentShare(activity.id(), enrolmentId));
        if (new CompletionRule(activity.modality(), rules.attendanceThreshold()).met(record)) {
            enrolments.complete(enrolmentId);
            return true;
        }
        return false;
    }

    /** A tutor or staff member records completion, whatever the automatic rule says. */
    public void completeByTutor(long enrolmentId) {
        enrolments.complete(enrolmentId);
    }
}
