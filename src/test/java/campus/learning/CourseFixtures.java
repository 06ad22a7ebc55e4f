package campus.learning;

import campus.Fixtures;
import campus.learning.internal.CourseAuthoring;
import campus.learning.internal.CoursePackage;
import campus.learning.internal.CourseRules;
import campus.shared.Modality;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A small self-guided course written through the authoring service: one module of two required
 * lessons and one optional, and a bank of four questions whose right answers are known — option 1
 * of each single question, options 1 and 3 of the multiple one, "true" for the true/false one.
 */
@Component
public class CourseFixtures {

    private final Fixtures fixtures;
    private final CourseAuthoring authoring;

    CourseFixtures(Fixtures fixtures, CourseAuthoring authoring) {
        this.fixtures = fixtures;
        this.authoring = authoring;
    }

    /** What a course is made of, by id. */
    public record Course(long activityId, long moduleId, List<Long> lessons) {
    }

    public Course selfGuided(int passMark, int attemptLimit) {
        return course(fixtures.activity(Modality.SELF_GUIDED, null, false, "en", LocalDate.now().minusDays(10)),
                passMark, attemptLimit);
    }

    public Course course(long activityId, int passMark, int attemptLimit) {
        authoring.saveRules(activityId, new CourseRules(passMark, attemptLimit, null, 80));
        long module = authoring.addModule(activityId, Map.of("en", "Foundations", "fr", "Fondements"));
        long first = authoring.addLesson(activityId, module, true, Map.of(
                "en", new CoursePackage.LessonText("What social dialogue is", "# Dialogue\n\nTalking **together**."),
                "fr", new CoursePackage.LessonText("Le dialogue social", "# Dialogue\n\nParler **ensemble**.")));
        long second = authoring.addLesson(activityId, module, true, Map.of(
                "en", new CoursePackage.LessonText("Collective bargaining", "Bargaining in good faith.")));
        long optional = authoring.addLesson(activityId, module, false, Map.of(
                "en", new CoursePackage.LessonText("Further reading", "[ILO](https://www.ilo.org)")));
        authoring.saveQuestion(activityId, null, single("Who takes part in tripartite dialogue?",
                "Governments, employers and workers", "Only governments", "Only workers"));
        authoring.saveQuestion(activityId, null, new CoursePackage.Question("multiple",
                Map.of("en", "Which are ILO core conventions?"), Map.of("en", "C87 and C98 are core conventions."),
                List.of(option(true, "C87"), option(false, "C200"), option(true, "C98"))));
        authoring.saveQuestion(activityId, null, new CoursePackage.Question("true_false",
                Map.of("en", "Collective bargaining is voluntary."), Map.of(),
                List.of(new CoursePackage.Option(true, Map.of()), new CoursePackage.Option(false, Map.of()))));
        authoring.saveQuestion(activityId, null, single("Where is the Centre?", "Turin", "Geneva", "Lima"));
        return new Course(activityId, module, List.of(first, second, optional));
    }

    private static CoursePackage.Question single(String prompt, String right, String... wrong) {
        List<CoursePackage.Option> options = new java.util.ArrayList<>();
        options.add(option(true, right));
        for (String w : wrong) {
            options.add(option(false, w));
        }
        return new CoursePackage.Question("single", Map.of("en", prompt), Map.of(), options);
    }

    private static CoursePackage.Option option(boolean correct, String label) {
        return new CoursePackage.Option(correct, Map.of("en", label));
    }
}
