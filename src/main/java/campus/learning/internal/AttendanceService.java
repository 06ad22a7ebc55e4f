package campus.learning.internal;

import campus.accounts.CampusUser;
import campus.catalogue.CatalogueApi;
import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentView;
import campus.shared.FieldProblem;
import campus.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session days of face-to-face and blended activities, and attendance taken on them by staff or
 * the activity's tutors; every save asks whether the learners now meet the completion rule.
 */
@Service
@Transactional
public class AttendanceService {

    private final AttendanceStore attendance;
    private final CohortStore cohorts;
    private final CohortService cohortService;
    private final TutorAccess access;
    private final EnrolmentApi enrolments;
    private final CatalogueApi catalogue;
    private final CompletionService completion;
    private final Clock clock;

    AttendanceService(AttendanceStore attendance, CohortStore cohorts, CohortService cohortService, TutorAccess access,
                      EnrolmentApi enrolments, CatalogueApi catalogue, CompletionService completion, Clock clock) {
        this.attendance = attendance;
        this.cohorts = cohorts;
        this.cohortService = cohortService;
        this.access = access;
        this.enrolments = enrolments;
        this.catalogue = catalogue;
        this.completion = completion;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SessionDay> sessions(long activityId) {
        return attendance.sessions(activityId);
    }

    /** The sessions whose attendance the user may take; NotFound for someone who tutors none of the activity's cohorts. */
    @Transactional(readOnly = true)
    public List<SessionDay> sessionsFor(CampusUser user, long activityId) {
        access.attendanceCohorts(user, activityId);
        return attendance.sessions(activityId);
    }

    public long addSession(long activityId, LocalDate day, String topic) {
        catalogue.find(activityId, "en").orElseThrow(() -> new NotFound("activity " + activityId));
        if (attendance.hasSessionOn(activityId, day)) {
            throw new FieldProblem("heldOn", "session.date.taken");
        }
        return attendance.addSession(activityId, day, topic.trim());
    }

    public void deleteSession(long activityId, long sessionId) {
        attendance.deleteSession(session(activityId, sessionId).id());
    }

    @Transactional(readOnly = true)
    public AttendanceSheet sheet(CampusUser user, long activityId, long sessionId) {
        SessionDay session = session(activityId, sessionId);
        List<Learner> learners = learners(user, activityId);
        int sessions = attendance.sessions(activityId).size();
        Map<Long, Boolean> marks = attendance.marks(sessionId);
        Map<Long, Integer> counts = learners.isEmpty() ? Map.of()
                : attendance.presentCounts(activityId, learners.stream().map(l -> l.enrolment().id()).toList());
        return new AttendanceSheet(session, sessions, learners.stream().map(l -> {
            int present = counts.getOrDefault(l.enrolment().id(), 0);
            return new AttendanceSheet.Row(l, marks.getOrDefault(l.enrolment().id(), false), present,
                    (int) Math.round(100.0 * present / sessions));
        }).toList());
    }

    /**
     * Marks every learner on the sheet present (ticked) or absent (not ticked), replacing earlier
     * marks; ids of learners not on this user's sheet are ignored. Then completes those who now
     * meet the rule.
     */
    public void take(CampusUser user, long activityId, long sessionId, Collection<Long> present) {
        SessionDay session = session(activityId, sessionId);
        Set<Long> ticked = Set.copyOf(present);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Learner learner : learners(user, activityId)) {
            long id = learner.enrolment().id();
            attendance.mark(session.id(), id, ticked.contains(id), user.id(), now);
            completion.reconsider(id);
        }
    }

    private SessionDay session(long activityId, long sessionId) {
        return attendance.session(sessionId).filter(s -> s.activityId() == activityId)
                .orElseThrow(() -> new NotFound("session " + sessionId));
    }

    /** Learners holding a seat: all of them for staff, those of their own cohorts for a tutor. */
    private List<Learner> learners(CampusUser user, long activityId) {
        Optional<List<Long>> scope = access.attendanceCohorts(user, activityId);
        List<EnrolmentView> seated = enrolments.ofActivity(activityId).stream().filter(e -> e.status().holdsSeat()).toList();
        if (scope.isPresent() && !seated.isEmpty()) {
            Map<Long, Long> cohortOf = cohorts.cohortsOf(seated.stream().map(EnrolmentView::id).toList());
            seated = seated.stream().filter(e -> scope.get().contains(cohortOf.get(e.id()))).toList();
        }
        return cohortService.learners(seated);
    }
}
