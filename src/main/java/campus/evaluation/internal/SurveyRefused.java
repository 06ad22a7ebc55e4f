package campus.evaluation.internal;

import campus.shared.FieldProblem;
import java.util.List;

/** A survey form with answers that cannot be stored: every problem, each naming its item. */
public class SurveyRefused extends RuntimeException {

    private final transient List<FieldProblem> problems;

    SurveyRefused(List<FieldProblem> problems) {
        super(problems.size() + " answers to fix");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
