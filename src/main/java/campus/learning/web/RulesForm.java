package campus.learning.web;

import campus.learning.internal.CourseRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A course's completion rules as staff set them. */
final class RulesForm {

    @NotNull @Min(0) @Max(100) public Integer passMark;
    @NotNull @Min(1) @Max(20) public Integer attemptLimit;
    @Min(1) @Max(500) public Integer questionsPerTest;
    @NotNull @Min(0) @Max(100) public Integer attendanceThreshold;

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
