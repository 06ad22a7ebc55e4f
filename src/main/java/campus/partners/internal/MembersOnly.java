package campus.partners.internal;

import campus.catalogue.ActivityView;
import campus.enrolment.EnrolmentGate;
import campus.partners.PartnersApi;
import campus.shared.FieldProblem;
import org.springframework.stereotype.Component;

/** A partner's activities are for the members of its space: others are told to join it first. */
@Component
class MembersOnly implements EnrolmentGate {

    private final PartnersApi partners;

    MembersOnly(PartnersApi partners) {
        this.partners = partners;
    }

    @Override
    public void check(ActivityView activity, long personId) {
        if (activity.partnerId() != null && !partners.isMember(personId, activity.partnerId())) {
            String name = partners.find(activity.partnerId()).map(p -> p.name()).orElse("");
            throw new FieldProblem("activity", "partners.enrol.membersOnly", name);
        }
    }
}
