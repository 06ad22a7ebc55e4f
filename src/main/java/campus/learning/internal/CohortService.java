package campus.learning.internal;

import campus.accounts.AccountsApi;
import campus.accounts.CampusUser;
import campus.accounts.PersonView;
import campus.catalogue.CatalogueApi;
import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentView;
import campus.shared.FieldProblem;
import campus.shared.NotFound;
import campus.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff run an activity's cohorts: their dates, tutors and members; enrolled learners are placed automatically. */
@Service
@Transactional
public class CohortService {

    private final CohortStore cohorts;
    private final EnrolmentApi enrolments;
    private final CatalogueApi catalogue;
    private final AccountsApi accounts;
    private final UserDetailsService people;
    private final Clock clock;

    CohortService(CohortStore cohorts, EnrolmentApi enrolments, CatalogueApi catalogue, AccountsApi accounts,
                  UserDetailsService people, Clock clock) {
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CohortSummary> ofActivity(long activityId) {
        List<Cohort> list = cohorts.ofActivity(activityId);
        Map<Long, Long> counts = activeMembers(activityId, list);
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(c -> new CohortSummary(c, counts.getOrDefault(c.id(), 0L).intValue(),
                tutors(c.id()), c.closedOn(today))).toList();
    }

    @Transactional(readOnly = true)
    public List<PersonView> tutors(long cohortId) {
        List<Long> ids = cohorts.tutors(cohortId);
        Map<Long, PersonView> found = accounts.findAll(ids);
        return ids.stream().map(found::get).filter(p -> p != null).sorted(Comparator.comparing(PersonView::fullName)).toList();
    }

    public long create(long activityId, String name, LocalDate startsOn, LocalDate endsOn) {
        catalogue.find(activityId, "en").orElseThrow(() -> new NotFound("activity " + activityId));
        checkDates(startsOn, endsOn);
        return cohorts.create(activityId, name.trim(), startsOn, endsOn);
    }

    public void update(long cohortId, String name, LocalDate startsOn, LocalDate endsOn) {
        checkDates(startsOn, endsOn);
        cohorts.update(cohortId, name.trim(), startsOn, endsOn);
    }

    private static void checkDates(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw new FieldProblem("endsOn", "cohort.dates.order");
        }
    }

    /** Adds as tutor the person who signs in with this email, if they hold the tutor role or above. */
    public void addTutor(long cohortId, String email) {
        CampusUser person = findByEmail(email.trim().toLowerCase(Locale.ROOT))
                .filter(p -> p.has(Role.TUTOR) || p.has(Role.STAFF) || p.has(Role.ADMINISTRATOR))
                .orElseThrow(() -> new FieldProblem("email", "cohort.tutor.unknown"));
        cohorts.addTutor(cohortId, person.id());
    }

    // AccountsApi offers no look-up by email; the sign-in look-up is the accounts module's public one that does.
    private Optional<CampusUser> findByEmail(String email) {
        try {
            return people.loadUserByUsername(email) instanceof CampusUser user ? Optional.of(user) : Optional.empty();
        } catch (UsernameNotFoundException unknown) {
            return Optional.empty();
        }
    }

    public void removeTutor(long cohortId, long personId) {
        cohorts.removeTutor(cohortId, personId);
    }

    /** Everyone ever placed in the cohort, by name, with their enrolment status now. */
    @Transactional(readOnly = true)
    public List<Learner> members(Cohort cohort) {
        List<Long> ids = cohorts.members(cohort.id());
        return learners(enrolments.ofActivity(cohort.activityId()).stream().filter(e -> ids.contains(e.id())).toList());
    }

    /** Enrolled learners of the activity who are in no cohort (enrolled before the first cohort was made). */
    @Transactional(readOnly = true)
    public List<Learner> unplaced(long activityId) {
        List<EnrolmentView> seated = enrolments.ofActivity(activityId).stream().filter(e -> e.status().holdsSeat()).toList();
        Map<Long, Long> placed = seated.isEmpty() ? Map.of() : cohorts.cohortsOf(seated.stream().map(EnrolmentView::id).toList());
        return learners(seated.stream().filter(e -> !placed.containsKey(e.id())).toList());
    }

    List<Learner> learners(List<EnrolmentView> list) {
        Map<Long, PersonView> persons = accounts.findAll(list.stream().map(EnrolmentView::personId).toList());
        return list.stream().map(e -> new Learner(e, persons.get(e.personId())))
                .sorted(Comparator.comparing(Learner::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Staff move a learner to another cohort of the same activity (or place one who is in none). */
    public void move(long activityId, long enrolmentId, long cohortId) {
        EnrolmentView enrolment = enrolments.find(enrolmentId).filter(e -> e.activityId() == activityId)
                .orElseThrow(() -> new NotFound("enrolment " + enrolmentId));
        Cohort cohort = cohorts.find(cohortId).filter(c -> c.activityId() == activityId)
                .orElseThrow(() -> new FieldProblem("cohortId", "cohort.move.other.activity"));
        cohorts.place(enrolment.id(), cohort.id());
    }

    /**
     * Puts a newly enrolled learner in the activity's open cohort with the fewest current members
     * (the earliest such cohort on a tie); nothing when the activity has no open cohort or the
     * learner already has one. Returns the cohort chosen.
     */
    public Optional<Long> placeAutomatically(long enrolmentId, long activityId) {
        List<Cohort> all = cohorts.lockOfActivity(activityId);
        LocalDate today = LocalDate.now(clock);
        List<Cohort> open = all.stream().filter(c -> !c.closedOn(today)).toList();
        if (open.isEmpty() || cohorts.cohortOf(enrolmentId).isPresent()) {
            return Optional.empty();
        }
        Map<Long, Long> counts = activeMembers(activityId, all);
        Cohort emptiest = open.stream().min(Comparator.comparingLong((Cohort c) -> counts.getOrDefault(c.id(), 0L))).orElseThrow();
        return cohorts.join(enrolmentId, emptiest.id()) ? Optional.of(emptiest.id()) : Optional.empty();
    }

    /** Members per cohort who still hold a seat: a learner who withdrew leaves room for another. */
    private Map<Long, Long> activeMembers(long activityId, List<Cohort> of) {
        if (of.isEmpty()) {
            return Map.of();
        }
        List<Long> seated = enrolments.ofActivity(activityId).stream().filter(e -> e.status().holdsSeat())
                .map(EnrolmentView::id).toList();
        if (seated.isEmpty()) {
            return Map.of();
        }
        return cohorts.cohortsOf(seated).values().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
