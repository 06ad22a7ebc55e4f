package campus.credentials.internal;

import campus.enrolment.EnrolmentStatus;
import campus.enrolment.EnrolmentStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Issues the credential an enrolment earns when it is completed (after the completion commits). */
@Component
class CompletionCredentials {

    private final Credentials credentials;

    CompletionCredentials(Credentials credentials) {
        this.credentials = credentials;
    }

    @ApplicationModuleListener
    void on(EnrolmentStatusChanged event) {
        if (EnrolmentStatus.COMPLETED.code().equals(event.status())) {
            credentials.issueFor(event.enrolmentId());
        }
    }
}
