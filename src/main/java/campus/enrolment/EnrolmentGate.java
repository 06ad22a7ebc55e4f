package campus.enrolment;

import campus.catalogue.ActivityView;

/**
 * A rule another module adds to who may apply for an activity (a partner's activities are for its
 * members). Throws {@link campus.shared.FieldProblem} naming the reason when the person may not apply.
 */
public interface EnrolmentGate {

    void check(ActivityView activity, long personId);
}
