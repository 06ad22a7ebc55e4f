package campus.reporting.internal;

import campus.reporting.ResultsData;
import java.util.List;
import java.util.Set;

/**
 * The keys of the read model's rows that changed between two versions, by kind (outcomes by their enrolment,
 * credentials by their own id), and the credential views added, which are all key and never change.
 */
record ResultsChanges(Set<String> participants, Set<String> activities, Set<String> enrolments, Set<String> satisfaction,
                      Set<String> knowledge, Set<String> followUps, Set<String> credentials,
                      List<ResultsData.CredentialView> views) {

    boolean none() {
        return participants.isEmpty() && activities.isEmpty() && enrolments.isEmpty() && satisfaction.isEmpty()
                && knowledge.isEmpty() && followUps.isEmpty() && credentials.isEmpty() && views.isEmpty();
    }
}
