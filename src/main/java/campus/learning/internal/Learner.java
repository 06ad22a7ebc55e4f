package campus.learning.internal;

import campus.accounts.PersonView;
import campus.enrolment.EnrolmentView;

/** A learner of a cohort or session: the enrolment and the person (null if the account is gone). */
public record Learner(EnrolmentView enrolment, PersonView person) {

    public String name() {
        return person == null ? "#" + enrolment.personId() : person.fullName();
    }
}
