package campus.evaluation;

import java.util.Collection;
import java.util.Set;

/** What other modules may ask of evaluation. */
public interface EvaluationApi {

    /** Of these enrolments, the ones whose learner has already answered the satisfaction survey. */
    Set<Long> satisfactionAnswered(Collection<Long> enrolmentIds);
}
