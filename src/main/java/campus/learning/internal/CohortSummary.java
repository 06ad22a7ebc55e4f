package campus.learning.internal;

import campus.accounts.PersonView;
import java.util.List;

/** A cohort as the staff list shows it: its current members counted, its tutors named. */
public record CohortSummary(Cohort cohort, int members, List<PersonView> tutors, boolean closed) {
}
