package campus.evaluation.internal;

import campus.evaluation.EvaluationApi;
import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class SurveyStates implements EvaluationApi {

    private final ResponseStore responses;

    SurveyStates(ResponseStore responses) {
        this.responses = responses;
    }

    @Override
    public Set<Long> satisfactionAnswered(Collection<Long> enrolmentIds) {
        return responses.answered(enrolmentIds, Survey.SATISFACTION);
    }
}
