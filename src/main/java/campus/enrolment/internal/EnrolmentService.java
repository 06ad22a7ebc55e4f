package campus.enrolment.internal;

import campus.accounts.AccountsApi;
import campus.catalogue.ActivityView;
import campus.catalogue.CatalogueApi;
import org.campus.db.tables.records.EnrolmentRecord;
import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentStatus;
import campus.enrolment.EnrolmentStatusChanged;
import campus.enrolment.EnrolmentView;
import campus.shared.FieldProblem;
import campus.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Decides who gets a seat: at once, after staff review, or from the waitlist in order of arrival. */
@Service
@Transactional
public class EnrolmentService implements EnrolmentApi {

    private final EnrolmentStore enrolments;
    private final CatalogueApi catalogue;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<campus.enrolment.EnrolmentGate> gates;

    EnrolmentService(EnrolmentStore enrolments, CatalogueApi catalogue, AccountsApi accounts,
                     ApplicationEventPublisher events, Clock clock,
                     org.springframework.beans.factory.ObjectProvider<campus.enrolment.EnrolmentGate> gates) {
        this.gates = gates.orderedStream().toList();
        this.enrolments = enrolments;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public EnrolmentView apply(long activityId, long personId) {
        ActivityView activity = catalogue.find(activityId, "en").orElseThrow(() -> new NotFound("activity " + activityId));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!activity.openForEnrolment(now.toLocalDate())) {
            throw new FieldProblem("activity", "enrolment.closed");
        }
        // the results report counts learners by country: no enrolment without one
        if (accounts.find(personId).map(p -> p.country() == null).orElse(true)) {
            throw new FieldProblem("country", "enrolment.profile.incomplete");
        }
        gates.forEach(gate -> gate.check(activity, personId));
        long arrival = enrolments.lockAndNumberArrival(activityId);
        Optional<EnrolmentRecord> earlier = enrolments.of(activityId, personId);
        if (earlier.isPresent() && !isOver(earlier.get())) {
            throw new FieldProblem("activity", "enrolment.already");
        }
        EnrolmentStatus status = firstStatus(activity);
        long id;
        if (earlier.isPresent()) {
            id = earlier.get().getId();
            enrolments.reapply(id, status, arrival, now);
        } else {
            id = enrolments.insert(activityId, personId, status, arrival, now);
        }
        events.publishEvent(new EnrolmentStatusChanged(id, activityId, personId, status.code()));
        return enrolments.view(id);
    }

    private static boolean isOver(EnrolmentRecord r) {
        EnrolmentStatus s = EnrolmentStatus.of(r.getStatus());
        return s == EnrolmentStatus.WITHDRAWN || s == EnrolmentStatus.REJECTED;
    }

    /** Runs under the seat register lock, so the seat count cannot change before the insert. */
    private EnrolmentStatus firstStatus(ActivityView activity) {
        if (!activity.modality().isTutored()) {
            return EnrolmentStatus.ENROLLED;
        }
        if (activity.reviewApplications()) {
            return EnrolmentStatus.PENDING;
        }
        return hasFreeSeat(activity) ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED;
    }

    private boolean hasFreeSeat(ActivityView activity) {
        return !activity.limitsSeats() || enrolments.seatsTaken(activity.id()) < activity.capacity();
    }

    @Override
    public EnrolmentView withdraw(long enrolmentId, long personId) {
        EnrolmentRecord r = enrolments.byId(enrolmentId).filter(e -> e.getPersonId() == personId)
                .orElseThrow(() -> new NotFound("enrolment " + enrolmentId));
        if (!EnrolmentStatus.of(r.getStatus()).isActive()) {
            throw new FieldProblem("status", "enrolment.not.active");
        }
        return changeStatus(enrolmentId, EnrolmentStatus.WITHDRAWN);
    }

    /** Staff set a status; a seat that frees up goes to the first on the waitlist. */
    public EnrolmentView changeStatus(long enrolmentId, EnrolmentStatus status) {
        EnrolmentRecord before = enrolments.byId(enrolmentId).orElseThrow(() -> new NotFound("enrolment " + enrolmentId));
        long activityId = before.getActivityId();
        enrolments.lockAndNumberArrival(activityId);
        EnrolmentRecord r = enrolments.byId(enrolmentId).orElseThrow();
        EnrolmentStatus old = EnrolmentStatus.of(r.getStatus());
        if (old == status) {
            return enrolments.view(enrolmentId);
        }
        ActivityView activity = catalogue.find(activityId, "en").orElseThrow();
        if (status.holdsSeat() && !old.holdsSeat() && !hasFreeSeat(activity)) {
            throw new FieldProblem("status", "enrolment.full");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        enrolments.setStatus(enrolmentId, status, now);
        events.publishEvent(new EnrolmentStatusChanged(enrolmentId, activityId, r.getPersonId(), status.code()));
        if (old.holdsSeat() && !status.holdsSeat()) {
            promoteFromWaitlist(activity, now);
        }
        return enrolments.view(enrolmentId);
    }

    private void promoteFromWaitlist(ActivityView activity, OffsetDateTime now) {
        while (hasFreeSeat(activity)) {
            Optional<EnrolmentRecord> next = enrolments.firstWaitlisted(activity.id());
            if (next.isEmpty()) {
                return;
            }
            enrolments.setStatus(next.get().getId(), EnrolmentStatus.ENROLLED, now);
            events.publishEvent(new EnrolmentStatusChanged(next.get().getId(), activity.id(), next.get().getPersonId(),
                    EnrolmentStatus.ENROLLED.code()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<EnrolmentView> ofPerson(long personId) {
        return enrolments.ofPerson(personId);
    }

    @Override
    public EnrolmentView complete(long enrolmentId) {
        EnrolmentRecord r = enrolments.byId(enrolmentId).orElseThrow(() -> new NotFound("enrolment " + enrolmentId));
        EnrolmentStatus status = EnrolmentStatus.of(r.getStatus());
        if (status == EnrolmentStatus.COMPLETED) {
            return enrolments.view(enrolmentId);
        }
        if (status != EnrolmentStatus.ENROLLED) {
            throw new FieldProblem("status", "enrolment.not.enrolled");
        }
        return changeStatus(enrolmentId, EnrolmentStatus.COMPLETED);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EnrolmentView> ofActivity(long activityId) {
        return enrolments.ofActivity(activityId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EnrolmentView> find(long enrolmentId) {
        return enrolments.byId(enrolmentId).map(r -> enrolments.view(r.getId()));
    }

}
