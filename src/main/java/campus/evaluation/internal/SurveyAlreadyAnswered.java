package campus.evaluation.internal;

/** A second answer to a survey an enrolment has already answered: the first one stands. */
public class SurveyAlreadyAnswered extends RuntimeException {

    SurveyAlreadyAnswered(long enrolmentId, Survey survey) {
        super("enrolment " + enrolmentId + " already answered the " + survey.code() + " survey");
    }
}
