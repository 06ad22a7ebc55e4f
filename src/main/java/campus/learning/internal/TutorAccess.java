package campus.learning.internal;

import campus.accounts.CampusUser;
import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentView;
import campus.shared.NotFound;
import campus.shared.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on what of a cohort: its members read and post on its board, its tutors also
 * follow and complete its learners, staff may do everything. Anyone else is told the cohort does
 * not exist (NotFound), so a cohort's existence does not leak to outsiders.
 */
@Component
public class TutorAccess {

    private final CohortStore cohorts;
    private final EnrolmentApi enrolments;

    TutorAccess(CohortStore cohorts, EnrolmentApi enrolments) {
        this.cohorts = cohorts;
        this.enrolments = enrolments;
    }

    /** Administrators hold the staff role by the role hierarchy, but not always in their own roles. */
    public static boolean isStaff(CampusUser user) {
        return user.has(Role.STAFF) || user.has(Role.ADMINISTRATOR);
    }

    public Cohort cohort(long cohortId) {
        return cohorts.find(cohortId).orElseThrow(() -> new NotFound("cohort " + cohortId));
    }

    /** Staff and the cohort's tutors; a tutor who lost the tutor role no longer tutors. */
    public boolean tutors(CampusUser user, Cohort cohort) {
        return isStaff(user) || user.has(Role.TUTOR) && cohorts.isTutor(cohort.id(), user.id());
    }

    /** The cohort, if the user tutors it (or is staff); NotFound otherwise. */
    public Cohort tutoredCohort(CampusUser user, long cohortId) {
        Cohort cohort = cohort(cohortId);
        if (!tutors(user, cohort)) {
            throw new NotFound("cohort " + cohortId);
        }
        return cohort;
    }

    /** Why the user may read the cohort's board; NotFound when they may not. */
    public BoardAccess boardAccess(CampusUser user, Cohort cohort) {
        if (isStaff(user)) {
            return BoardAccess.STAFF;
        }
        if (tutors(user, cohort)) {
            return BoardAccess.TUTOR;
        }
        if (membership(user.id(), cohort).isPresent()) {
            return BoardAccess.MEMBER;
        }
        throw new NotFound("cohort " + cohort.id());
    }

    /** The person's enrolment that is a current member of the cohort (enrolled or completed, not withdrawn). */
    public Optional<EnrolmentView> membership(long personId, Cohort cohort) {
        return enrolments.ofPerson(personId).stream()
                .filter(e -> e.activityId() == cohort.activityId() && e.status().holdsSeat())
                .filter(e -> cohorts.cohortOf(e.id()).filter(id -> id == cohort.id()).isPresent())
                .findFirst();
    }

    /**
     * The cohorts of the activity whose learners the user may take attendance of: every learner of
     * the activity for staff (empty optional), only their cohorts' learners for a tutor; NotFound for
     * someone who tutors none of the activity's cohorts.
     */
    public Optional<List<Long>> attendanceCohorts(CampusUser user, long activityId) {
        if (isStaff(user)) {
            return Optional.empty();
        }
        List<Long> mine = user.has(Role.TUTOR) ? cohorts.tutoredIn(activityId, user.id()) : List.of();
        if (mine.isEmpty()) {
            throw new NotFound("activity " + activityId);
        }
        return Optional.of(mine);
    }
}
