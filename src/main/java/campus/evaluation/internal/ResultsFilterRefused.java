package campus.evaluation.internal;

import campus.shared.FieldProblem;
import java.util.List;

/** A results filter that cannot be applied: every problem, each naming its field. */
public class ResultsFilterRefused extends RuntimeException {

    private final transient List<FieldProblem> problems;

    ResultsFilterRefused(List<FieldProblem> problems) {
        super(problems.size() + " filters to fix");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
