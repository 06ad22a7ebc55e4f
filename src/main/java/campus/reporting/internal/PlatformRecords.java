package campus.reporting.internal;

import campus.accounts.AccountsApi;
import campus.accounts.PersonView;
import campus.accounts.ProfileChanged;
import campus.catalogue.ActivityChanged;
import campus.catalogue.ActivityView;
import campus.catalogue.CatalogueApi;
import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentStatus;
import campus.enrolment.EnrolmentStatusChanged;
import campus.enrolment.EnrolmentView;
import campus.credentials.CredentialsIssued;
import campus.credentials.CredentialsViewed;
import campus.evaluation.FollowUpAnswered;
import campus.evaluation.SatisfactionSubmitted;
import campus.learning.KnowledgeScores;
import campus.partners.PartnerChanged;
import campus.partners.PartnerView;
import campus.reporting.ResultsData;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model current with the platform's own records, from their modules' events (after
 * they commit; the JDBC publication registry retries what a crash interrupted). Ids are
 * "campus:person:12", "campus:activity:7", "campus:enrolment:31"; names and emails stay with accounts.
 */
@Component
class PlatformRecords {

    private final AccountsApi accounts;
    private final CatalogueApi catalogue;
    private final EnrolmentApi enrolments;
    private final ResultsStore store;

    PlatformRecords(AccountsApi accounts, CatalogueApi catalogue, EnrolmentApi enrolments, ResultsStore store) {
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.enrolments = enrolments;
        this.store = store;
    }

    static String personId(long id) { return "campus:person:" + id; }

    static String activityId(long id) { return "campus:activity:" + id; }

    static String enrolmentId(long id) { return "campus:enrolment:" + id; }

    @ApplicationModuleListener
    void on(EnrolmentStatusChanged event) {
        EnrolmentView e = enrolments.find(event.enrolmentId()).orElse(null);
        if (e == null) {
            return;
        }
        String status = switch (e.status()) {
            case ENROLLED -> "enrolled";
            case COMPLETED -> "completed";
            case WITHDRAWN -> "withdrawn";
            default -> null; // pending, waitlisted, rejected: applications, not enrolments
        };
        if (status == null || e.enrolledOn() == null) {
            // a withdrawn application that never held a seat was never an enrolment either
            store.forget(enrolmentId(e.id()));
            return;
        }
        store.save(only(List.of(participant(e.personId())), List.of(activity(e.activityId())),
                List.of(new ResultsData.Enrolment(enrolmentId(e.id()), personId(e.personId()), activityId(e.activityId()),
                        e.enrolledOn(), status, e.status() == EnrolmentStatus.COMPLETED ? e.completedOn() : null))));
    }

    /** Knowledge gain needs both scores of an enrolment: until the post-test there is nothing to count. */
    @ApplicationModuleListener
    void on(KnowledgeScores event) {
        if (event.preScore() == null || event.postScore() == null) {
            return;
        }
        store.save(ResultsData.empty().withKnowledgeTests(List.of(
                new ResultsData.KnowledgeTest(enrolmentId(event.enrolmentId()), event.preScore(), event.postScore()))));
    }

    @ApplicationModuleListener
    void on(SatisfactionSubmitted event) {
        store.save(ResultsData.empty().withSatisfaction(List.of(
                new ResultsData.Satisfaction(enrolmentId(event.enrolmentId()), event.submittedOn(), event.overall()))));
    }

    @ApplicationModuleListener
    void on(FollowUpAnswered event) {
        store.save(ResultsData.empty().withFollowUps(List.of(new ResultsData.FollowUp(enrolmentId(event.enrolmentId()),
                event.respondedOn(), event.canApply(), event.exampleGiven()))));
    }

    @ApplicationModuleListener
    void on(CredentialsIssued event) {
        store.save(ResultsData.empty().withCredentials(event.credentials().stream()
                .map(c -> new ResultsData.Credential("campus:credential:" + c.credentialId(), enrolmentId(c.enrolmentId()),
                        c.issuedOn())).toList()));
    }

    @ApplicationModuleListener
    void on(CredentialsViewed event) {
        store.save(ResultsData.empty().withCredentialViews(event.views().stream()
                .map(v -> new ResultsData.CredentialView("campus:credential:" + v.credentialId(), v.viewedAt(), v.viewer()))
                .toList()));
    }

    @ApplicationModuleListener
    void on(ProfileChanged event) {
        if (store.holdsParticipant(personId(event.personId()))) {
            store.save(only(List.of(participant(event.personId())), List.of(), List.of()));
        }
    }

    @ApplicationModuleListener
    void on(ActivityChanged event) {
        if (store.holdsActivity(activityId(event.activityId()))) {
            store.save(only(List.of(), List.of(activity(event.activityId())), List.of()));
        }
    }

    /** The report names a partner by its reporting id, the one its activities carry as partner_id. */
    @ApplicationModuleListener
    void on(PartnerChanged event) {
        store.save(ResultsData.empty().withPartners(List.of(new ResultsData.Partner(PartnerView.reportingId(event.partnerId()),
                event.name(), event.country()))));
    }

    private ResultsData.Participant participant(long personId) {
        PersonView p = accounts.find(personId).orElseThrow();
        return new ResultsData.Participant(personId(personId), p.gender(), p.birthYear(), p.country(), p.constituent(),
                p.positionLevel(), null, null, null);
    }

    private ResultsData.Activity activity(long activityId) {
        ActivityView a = catalogue.find(activityId, "en").orElseThrow();
        return new ResultsData.Activity(activityId(activityId), a.title(), a.modality(), a.startDate(), a.endDate(),
                a.defaultLanguage(), a.partnerId() == null ? null : PartnerView.reportingId(a.partnerId()));
    }

    private static ResultsData only(List<ResultsData.Participant> participants, List<ResultsData.Activity> activities,
                                    List<ResultsData.Enrolment> enrolments) {
        return ResultsData.empty().withParticipants(participants).withActivities(activities).withEnrolments(enrolments);
    }
}
