package campus.learning.web;

import campus.learning.internal.CourseRules;
import jakarta.validation.constraints.NotNull;

/** A course's completion rules as staff set them. */
final class RulesForm {

    @NotNull public Integer passMark;
    @NotNull public Integer attemptLimit;
    public Integer questionsPerTest;
    @NotNull public Integer attendanceThreshold;

    static RulesForm of(CourseRules rules) {
        RulesForm form = new RulesForm();
        form.passMark = rules.passMark();
        form.attemptLimit = rules.attemptLimit();
        form.questionsPerTest = rules.questionsPerTest();
        form.attendanceThreshold = rules.attendanceThreshold();
        return form;
    }

    CourseRules rules() {
        return new CourseRules(passMark, attemptLimit, questionsPerTest, attendanceThreshold);
    }
}
