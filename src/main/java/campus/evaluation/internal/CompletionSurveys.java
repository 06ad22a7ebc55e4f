package campus.evaluation.internal;

import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentStatus;
import campus.enrolment.EnrolmentStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * On completion, plans the activity's two surveys: satisfaction at once, the follow-up the activity's
 * number of months later. The scheduler sends them when due.
 */
@Component
class CompletionSurveys {

    private final EnrolmentApi enrolments;
    private final InvitationStore invitations;
    private final SettingsStore settings;

    CompletionSurveys(EnrolmentApi enrolments, InvitationStore invitations, SettingsStore settings) {
        this.enrolments = enrolments;
        this.invitations = invitations;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(EnrolmentStatusChanged event) {
        if (!EnrolmentStatus.COMPLETED.code().equals(event.status())) {
            return;
        }
        enrolments.find(event.enrolmentId()).filter(e -> e.status() == EnrolmentStatus.COMPLETED).ifPresent(e -> {
            invitations.plan(e.id(), e.activityId(), Survey.SATISFACTION, e.completedOn());
            invitations.plan(e.id(), e.activityId(), Survey.FOLLOWUP,
                    e.completedOn().plusMonths(settings.followupMonths(e.activityId())));
        });
    }
}
