package campus.reporting.internal;

import static org.campus.db.Tables.RESULTS_ACTIVITY;
import static org.campus.db.Tables.RESULTS_CREDENTIAL;
import static org.campus.db.Tables.RESULTS_CREDENTIAL_VIEW;
import static org.campus.db.Tables.RESULTS_ENROLMENT;
import static org.campus.db.Tables.RESULTS_FOLLOWUP;
import static org.campus.db.Tables.RESULTS_INCOME_GROUP;
import static org.campus.db.Tables.RESULTS_KNOWLEDGE_TEST;
import static org.campus.db.Tables.RESULTS_PARTICIPANT;
import static org.campus.db.Tables.RESULTS_PARTNER;
import static org.campus.db.Tables.RESULTS_SATISFACTION;

import campus.reporting.ResultsData;
import campus.shared.Modality;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Repository;

/**
 * The results read model: loads everything the report needs, and merges data in by external id,
 * so that saving the same data twice changes nothing.
 */
@Repository
public class ResultsStore {

    private static final int BATCH = 1000;

    private final DSLContext db;

    ResultsStore(DSLContext db) {
        this.db = db;
    }

    public ResultsData load() {
        Map<String, String> incomeGroups = new HashMap<>();
        db.selectFrom(RESULTS_INCOME_GROUP).forEach(r -> incomeGroups.put(r.getCountry(), r.getIncomeGroup()));
        return new ResultsData(
                db.selectFrom(RESULTS_PARTICIPANT).fetch(r -> new ResultsData.Participant(r.getId(), r.getGender(),
                        r.getBirthYear(), r.getCountry(), r.getConstituent(), r.getPositionLevel(), r.getGivenName(),
                        r.getFamilyName(), r.getEmail())),
                db.selectFrom(RESULTS_PARTNER).fetch(r -> new ResultsData.Partner(r.getId(), r.getName(), r.getCountry())),
                db.selectFrom(RESULTS_ACTIVITY).fetch(r -> new ResultsData.Activity(r.getId(), r.getTitle(),
                        Modality.of(r.getModality()), r.getStartDate(), r.getEndDate(), r.getLanguage(), r.getPartnerId())),
                db.selectFrom(RESULTS_ENROLMENT).fetch(r -> new ResultsData.Enrolment(r.getId(), r.getParticipantId(),
                        r.getActivityId(), r.getEnrolledOn(), r.getStatus(), r.getCompletedOn())),
                db.selectFrom(RESULTS_SATISFACTION).fetch(r -> new ResultsData.Satisfaction(r.getEnrolmentId(),
                        r.getSubmittedOn(), r.getOverall())),
                db.selectFrom(RESULTS_KNOWLEDGE_TEST).fetch(r -> new ResultsData.KnowledgeTest(r.getEnrolmentId(),
                        r.getPreScore(), r.getPostScore())),
                db.selectFrom(RESULTS_FOLLOWUP).fetch(r -> new ResultsData.FollowUp(r.getEnrolmentId(), r.getRespondedOn(),
                        r.getCanApply(), r.getExampleGiven())),
                db.selectFrom(RESULTS_CREDENTIAL).fetch(r -> new ResultsData.Credential(r.getId(), r.getEnrolmentId(),
                        r.getIssuedOn())),
                db.selectFrom(RESULTS_CREDENTIAL_VIEW).fetch(r -> new ResultsData.CredentialView(r.getCredentialId(),
                        r.getViewedAt().toInstant(), r.getViewerId())),
                incomeGroups);
    }

    /** Merges the data in, row by row by id; an income table, when given, replaces the one held. */
    public void save(ResultsData d) {
        List<Query> q = new ArrayList<>();
        d.participants().forEach(p -> q.add(db.insertInto(RESULTS_PARTICIPANT).set(RESULTS_PARTICIPANT.ID, p.id())
                .set(RESULTS_PARTICIPANT.GENDER, p.gender()).set(RESULTS_PARTICIPANT.BIRTH_YEAR, p.birthYear())
                .set(RESULTS_PARTICIPANT.COUNTRY, p.country()).set(RESULTS_PARTICIPANT.CONSTITUENT, p.constituent())
                .set(RESULTS_PARTICIPANT.POSITION_LEVEL, p.positionLevel()).set(RESULTS_PARTICIPANT.GIVEN_NAME, p.givenName())
                .set(RESULTS_PARTICIPANT.FAMILY_NAME, p.familyName()).set(RESULTS_PARTICIPANT.EMAIL, p.email())
                .onDuplicateKeyUpdate()
                .set(RESULTS_PARTICIPANT.GENDER, p.gender()).set(RESULTS_PARTICIPANT.BIRTH_YEAR, p.birthYear())
                .set(RESULTS_PARTICIPANT.COUNTRY, p.country()).set(RESULTS_PARTICIPANT.CONSTITUENT, p.constituent())
                .set(RESULTS_PARTICIPANT.POSITION_LEVEL, p.positionLevel()).set(RESULTS_PARTICIPANT.GIVEN_NAME, p.givenName())
                .set(RESULTS_PARTICIPANT.FAMILY_NAME, p.familyName()).set(RESULTS_PARTICIPANT.EMAIL, p.email())));
        d.partners().forEach(p -> q.add(db.insertInto(RESULTS_PARTNER).set(RESULTS_PARTNER.ID, p.id())
                .set(RESULTS_PARTNER.NAME, p.name()).set(RESULTS_PARTNER.COUNTRY, p.country())
                .onDuplicateKeyUpdate().set(RESULTS_PARTNER.NAME, p.name()).set(RESULTS_PARTNER.COUNTRY, p.country())));
        d.activities().forEach(a -> q.add(db.insertInto(RESULTS_ACTIVITY).set(RESULTS_ACTIVITY.ID, a.id())
                .set(RESULTS_ACTIVITY.TITLE, a.title()).set(RESULTS_ACTIVITY.MODALITY, a.modality().code())
                .set(RESULTS_ACTIVITY.START_DATE, a.startDate()).set(RESULTS_ACTIVITY.END_DATE, a.endDate())
                .set(RESULTS_ACTIVITY.LANGUAGE, a.language()).set(RESULTS_ACTIVITY.PARTNER_ID, a.partnerId())
                .onDuplicateKeyUpdate()
                .set(RESULTS_ACTIVITY.TITLE, a.title()).set(RESULTS_ACTIVITY.MODALITY, a.modality().code())
                .set(RESULTS_ACTIVITY.START_DATE, a.startDate()).set(RESULTS_ACTIVITY.END_DATE, a.endDate())
                .set(RESULTS_ACTIVITY.LANGUAGE, a.language()).set(RESULTS_ACTIVITY.PARTNER_ID, a.partnerId())));
        d.enrolments().forEach(e -> q.add(db.insertInto(RESULTS_ENROLMENT).set(RESULTS_ENROLMENT.ID, e.id())
                .set(RESULTS_ENROLMENT.PARTICIPANT_ID, e.participantId()).set(RESULTS_ENROLMENT.ACTIVITY_ID, e.activityId())
                .set(RESULTS_ENROLMENT.ENROLLED_ON, e.enrolledOn()).set(RESULTS_ENROLMENT.STATUS, e.status())
                .set(RESULTS_ENROLMENT.COMPLETED_ON, e.completedOn())
                .onDuplicateKeyUpdate()
                .set(RESULTS_ENROLMENT.PARTICIPANT_ID, e.participantId()).set(RESULTS_ENROLMENT.ACTIVITY_ID, e.activityId())
                .set(RESULTS_ENROLMENT.ENROLLED_ON, e.enrolledOn()).set(RESULTS_ENROLMENT.STATUS, e.status())
                .set(RESULTS_ENROLMENT.COMPLETED_ON, e.completedOn())));
        d.satisfaction().forEach(s -> q.add(db.insertInto(RESULTS_SATISFACTION)
                .set(RESULTS_SATISFACTION.ENROLMENT_ID, s.enrolmentId()).set(RESULTS_SATISFACTION.SUBMITTED_ON, s.submittedOn())
                .set(RESULTS_SATISFACTION.OVERALL, s.overall()).onDuplicateKeyUpdate()
                .set(RESULTS_SATISFACTION.SUBMITTED_ON, s.submittedOn()).set(RESULTS_SATISFACTION.OVERALL, s.overall())));
        d.knowledgeTests().forEach(k -> q.add(db.insertInto(RESULTS_KNOWLEDGE_TEST)
                .set(RESULTS_KNOWLEDGE_TEST.ENROLMENT_ID, k.enrolmentId()).set(RESULTS_KNOWLEDGE_TEST.PRE_SCORE, k.preScore())
                .set(RESULTS_KNOWLEDGE_TEST.POST_SCORE, k.postScore()).onDuplicateKeyUpdate()
                .set(RESULTS_KNOWLEDGE_TEST.PRE_SCORE, k.preScore()).set(RESULTS_KNOWLEDGE_TEST.POST_SCORE, k.postScore())));
        d.followUps().forEach(f -> q.add(db.insertInto(RESULTS_FOLLOWUP)
                .set(RESULTS_FOLLOWUP.ENROLMENT_ID, f.enrolmentId()).set(RESULTS_FOLLOWUP.RESPONDED_ON, f.respondedOn())
                .set(RESULTS_FOLLOWUP.CAN_APPLY, f.canApply()).set(RESULTS_FOLLOWUP.EXAMPLE_GIVEN, f.exampleGiven())
                .onDuplicateKeyUpdate().set(RESULTS_FOLLOWUP.RESPONDED_ON, f.respondedOn())
                .set(RESULTS_FOLLOWUP.CAN_APPLY, f.canApply()).set(RESULTS_FOLLOWUP.EXAMPLE_GIVEN, f.exampleGiven())));
        d.credentials().forEach(c -> q.add(db.insertInto(RESULTS_CREDENTIAL).set(RESULTS_CREDENTIAL.ID, c.credentialId())
                .set(RESULTS_CREDENTIAL.ENROLMENT_ID, c.enrolmentId()).set(RESULTS_CREDENTIAL.ISSUED_ON, c.issuedOn())
                .onDuplicateKeyUpdate().set(RESULTS_CREDENTIAL.ENROLMENT_ID, c.enrolmentId())
                .set(RESULTS_CREDENTIAL.ISSUED_ON, c.issuedOn())));
        // a view has no id of its own: the whole row is its key, so the same view imported twice is one view
        d.credentialViews().forEach(v -> q.add(db.insertInto(RESULTS_CREDENTIAL_VIEW)
                .set(RESULTS_CREDENTIAL_VIEW.CREDENTIAL_ID, v.credentialId())
                .set(RESULTS_CREDENTIAL_VIEW.VIEWED_AT, v.viewedAt().atOffset(ZoneOffset.UTC))
                .set(RESULTS_CREDENTIAL_VIEW.VIEWER_ID, v.viewerId()).onDuplicateKeyIgnore()));
        if (!d.incomeGroups().isEmpty()) {
            q.add(db.deleteFrom(RESULTS_INCOME_GROUP));
            d.incomeGroups().forEach((country, group) -> q.add(db.insertInto(RESULTS_INCOME_GROUP)
                    .set(RESULTS_INCOME_GROUP.COUNTRY, country).set(RESULTS_INCOME_GROUP.INCOME_GROUP, group)));
        }
        for (int from = 0; from < q.size(); from += BATCH) {
            db.batch(q.subList(from, Math.min(q.size(), from + BATCH))).execute();
        }
    }

    void forget(String enrolmentId) {
        db.deleteFrom(RESULTS_ENROLMENT).where(RESULTS_ENROLMENT.ID.eq(enrolmentId)).execute();
    }

    boolean holdsParticipant(String id) {
        return db.fetchExists(RESULTS_PARTICIPANT, RESULTS_PARTICIPANT.ID.eq(id));
    }

    boolean holdsActivity(String id) {
        return db.fetchExists(RESULTS_ACTIVITY, RESULTS_ACTIVITY.ID.eq(id));
    }

    /** Every id the read model already holds, by kind, so an import may refer to earlier records. */
    public Map<String, java.util.Set<String>> knownIds() {
        Map<String, java.util.Set<String>> ids = new HashMap<>();
        ids.put("participant", new java.util.HashSet<>(db.select(RESULTS_PARTICIPANT.ID).from(RESULTS_PARTICIPANT).fetch(RESULTS_PARTICIPANT.ID)));
        ids.put("partner", new java.util.HashSet<>(db.select(RESULTS_PARTNER.ID).from(RESULTS_PARTNER).fetch(RESULTS_PARTNER.ID)));
        ids.put("activity", new java.util.HashSet<>(db.select(RESULTS_ACTIVITY.ID).from(RESULTS_ACTIVITY).fetch(RESULTS_ACTIVITY.ID)));
        ids.put("enrolment", new java.util.HashSet<>(db.select(RESULTS_ENROLMENT.ID).from(RESULTS_ENROLMENT).fetch(RESULTS_ENROLMENT.ID)));
        ids.put("credential", new java.util.HashSet<>(db.select(RESULTS_CREDENTIAL.ID).from(RESULTS_CREDENTIAL).fetch(RESULTS_CREDENTIAL.ID)));
        return ids;
    }
}
