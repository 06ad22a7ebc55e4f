package campus.evaluation;

import static org.awaitility.Awaitility.await;
import static org.campus.db.Tables.PERSON;
import static org.campus.db.Tables.SURVEY_ANSWER;
import static org.campus.db.Tables.SURVEY_INVITATION;
import static org.campus.db.Tables.SURVEY_RESPONSE;
import static org.campus.db.Tables.SURVEY_TOKEN;

import campus.Fixtures;
import campus.catalogue.ActivityDraft;
import campus.catalogue.ActivityStatus;
import campus.catalogue.ActivityText;
import campus.catalogue.CatalogueApi;
import campus.enrolment.EnrolmentApi;
import campus.evaluation.internal.Survey;
import campus.evaluation.internal.SurveyDesign;
import campus.evaluation.internal.Surveys;
import campus.shared.ActivityKind;
import campus.shared.Modality;
import campus.shared.TechnicalArea;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * A small, hand-countable set of survey answers, the same for the service and the page tests.
 *
 * <p>Activity A (green jobs) has 5 learners who completed; 4 answered the satisfaction survey
 * ("" = left as not applicable):
 * <pre>
 *            overall relevance content facilitation organisation platform pace(own) recommend(own)  comments
 *   A1          5       5        4         ""          4          3        4         yes        "Brilliant exercises on wage bargaining"
 *   A2          4       4        4         3           ""         3        2         yes        ""
 *   A3          4       3        5         4           5          ""       ""        no         "Case studies felt dated"
 *   A4          2       ""       3         2           3          2        3         yes        "Audio kept failing"
 *   A5       (no response)
 * </pre>
 * All of A's satisfaction invitations are dated (completion) {year}-03-10, except A4's, dated
 * {year-1}-12-20, so that a period of {year} leaves A4 out. Follow-up of A: invitations of A1–A4
 * sent {year}-09-15, A5's not sent yet; A1, A2, A3 answered (can apply yes, yes, no; examples
 * from A1 and A3).
 *
 * <p>Activity B (digital learning): B1 answered overall 1, B2 overall 3 with a comment, B3 did not
 * answer (invitations dated {year}-03-10), and B4 answered overall 5 today with no invitation on
 * record (as a learner who completed before invitations were kept).
 *
 * <p>The learners carry names and addresses that must never appear in results.
 */
@Component
public class SurveyResultsFixture {

    /** What a fixture made, for the tests to filter on. */
    public record Made(int year, long activityA, long activityB, String codeA, String paceItem, String recommendItem,
                       List<Long> learners, List<String> names, List<String> emails) {
    }

    private final DSLContext db;
    private final Fixtures fixtures;
    private final CatalogueApi catalogue;
    private final EnrolmentApi enrolments;
    private final Surveys surveys;
    private final SurveyDesign design;

    SurveyResultsFixture(DSLContext db, Fixtures fixtures, CatalogueApi catalogue, EnrolmentApi enrolments,
                         Surveys surveys, SurveyDesign design) {
        this.db = db;
        this.fixtures = fixtures;
        this.catalogue = catalogue;
        this.enrolments = enrolments;
        this.surveys = surveys;
        this.design = design;
    }

    /** Builds the fixture with its dates in the given (past) year; each test class uses its own year. */
    public Made build(int year) {
        String codeA = Fixtures.unique("SR-A");
        long a = activity(codeA, TechnicalArea.GREEN_JOBS);
        long b = activity(Fixtures.unique("SR-B"), TechnicalArea.DIGITAL_LEARNING);
        long pace = design.addItem(a, Survey.SATISFACTION, "scale", Map.of("en", "Pace of the sessions"));
        long recommend = design.addItem(a, Survey.SATISFACTION, "yes_no", Map.of("en", "Would you recommend it?"));
        String paceItem = "item:" + pace;
        String recommendItem = "item:" + recommend;

        List<Long> learners = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        String[] givenNames = {"Zenobia", "Bartholomew", "Ingrid", "Olufemi", "Leocadia", "Thaddeus", "Marisol", "Ekaterina", "Quentin"};
        long[] enrolled = new long[9];
        for (int i = 0; i < 9; i++) {
            long person = fixtures.person();
            String family = "Fixturesson" + (char) ('A' + i);
            db.update(PERSON).set(PERSON.GIVEN_NAME, givenNames[i]).set(PERSON.FAMILY_NAME, family)
                    .where(PERSON.ID.eq(person)).execute();
            learners.add(person);
            names.add(givenNames[i]);
            names.add(family);
            emails.add(db.select(PERSON.EMAIL).from(PERSON).where(PERSON.ID.eq(person)).fetchOne(PERSON.EMAIL));
            long activity = i < 5 ? a : b;
            enrolled[i] = enrolments.apply(activity, person).id();
            enrolments.complete(enrolled[i]);
        }
        awaitInvitations(a, 5);
        awaitInvitations(b, 4);

        // A: the satisfaction answers of the table above
        satisfaction(enrolled[0], learners.get(0), answers("5", "5", "4", "", "4", "3", paceItem, "4", recommendItem, "yes",
                "Brilliant exercises on wage bargaining"));
        satisfaction(enrolled[1], learners.get(1), answers("4", "4", "4", "3", "", "3", paceItem, "2", recommendItem, "yes", ""));
        satisfaction(enrolled[2], learners.get(2), answers("4", "3", "5", "4", "5", "", paceItem, "", recommendItem, "no",
                "Case studies felt dated"));
        satisfaction(enrolled[3], learners.get(3), answers("2", "", "3", "2", "3", "2", paceItem, "3", recommendItem, "yes",
                "Audio kept failing"));
        dueOn(a, LocalDate.of(year, 3, 10));
        dueOnOf(enrolled[3], LocalDate.of(year - 1, 12, 20));

        // A: follow-up, sent to A1–A4, answered by A1–A3 (no service answers it without a mailed token)
        OffsetDateTime sent = OffsetDateTime.of(year, 9, 15, 8, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < 4; i++) {
            db.update(SURVEY_INVITATION).set(SURVEY_INVITATION.INVITED_AT, sent).set(SURVEY_INVITATION.LAST_MAIL_AT, sent)
                    .set(SURVEY_INVITATION.EXPIRES_AT, sent.plusDays(60))
                    .where(SURVEY_INVITATION.ENROLMENT_ID.eq(enrolled[i]))
                    .and(SURVEY_INVITATION.SURVEY.eq(Survey.FOLLOWUP.code())).execute();
        }
        followup(enrolled[0], a, year, 1, "Drafted a checklist for collective agreements");
        followup(enrolled[1], a, year, 1, null);
        followup(enrolled[2], a, year, 0, "None yet: waiting for the budget");

        // B: two answers through invitations, one without any invitation on record
        noInvitation(enrolled[8]);
        satisfaction(enrolled[5], learners.get(5), Map.of("overall", "1"));
        satisfaction(enrolled[6], learners.get(6), Map.of("overall", "3", "comments", "Dense but useful"));
        satisfaction(enrolled[8], learners.get(8), Map.of("overall", "5"));
        dueOn(b, LocalDate.of(year, 3, 10));
        return new Made(year, a, b, codeA, paceItem, recommendItem, learners, names, emails);
    }

    private long activity(String code, TechnicalArea area) {
        LocalDate start = LocalDate.now().minusDays(1);
        long id = catalogue.create(new ActivityDraft(code, Modality.SELF_GUIDED, ActivityKind.TRAINING, area, "en", start,
                null, null, null, null, false, null, Map.of("en", new ActivityText("Title " + code, "About " + code))));
        catalogue.changeStatus(id, ActivityStatus.PUBLISHED);
        return id;
    }

    private static Map<String, String> answers(String overall, String relevance, String content, String facilitation,
                                               String organisation, String platform, String paceItem, String pace,
                                               String recommendItem, String recommend, String comments) {
        Map<String, String> fields = new HashMap<>();
        fields.put("overall", overall);
        fields.put("relevance", relevance);
        fields.put("content", content);
        fields.put("facilitation", facilitation);
        fields.put("organisation", organisation);
        fields.put("platform", platform);
        fields.put(paceItem, pace);
        fields.put(recommendItem, recommend);
        fields.put("comments", comments);
        return fields;
    }

    private void satisfaction(long enrolment, long person, Map<String, String> fields) {
        surveys.submitSatisfaction(enrolment, person, fields::get);
    }

    /** Completion plans the invitations after the enrolment's transaction, on another thread. */
    private void awaitInvitations(long activity, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> db.fetchCount(SURVEY_INVITATION,
                SURVEY_INVITATION.ACTIVITY_ID.eq(activity).and(SURVEY_INVITATION.SURVEY.eq(Survey.SATISFACTION.code()))) == count
                && db.fetchCount(SURVEY_INVITATION, SURVEY_INVITATION.ACTIVITY_ID.eq(activity)
                .and(SURVEY_INVITATION.SURVEY.eq(Survey.FOLLOWUP.code()))) == count);
    }

    private void dueOn(long activity, LocalDate day) {
        db.update(SURVEY_INVITATION).set(SURVEY_INVITATION.DUE_ON, day).where(SURVEY_INVITATION.ACTIVITY_ID.eq(activity))
                .and(SURVEY_INVITATION.SURVEY.eq(Survey.SATISFACTION.code())).execute();
    }

    private void dueOnOf(long enrolment, LocalDate day) {
        db.update(SURVEY_INVITATION).set(SURVEY_INVITATION.DUE_ON, day).where(SURVEY_INVITATION.ENROLMENT_ID.eq(enrolment))
                .and(SURVEY_INVITATION.SURVEY.eq(Survey.SATISFACTION.code())).execute();
    }

    /**
     * Removes an enrolment's satisfaction invitation. The platform's scheduler may be mailing it at
     * that moment (adding a link token): the removal is tried again until it goes through.
     */
    private void noInvitation(long enrolment) {
        await().atMost(Duration.ofSeconds(30)).ignoreException(DataAccessException.class).until(() -> {
            var ids = db.select(SURVEY_INVITATION.ID).from(SURVEY_INVITATION)
                    .where(SURVEY_INVITATION.ENROLMENT_ID.eq(enrolment))
                    .and(SURVEY_INVITATION.SURVEY.eq(Survey.SATISFACTION.code())).fetch(SURVEY_INVITATION.ID);
            db.deleteFrom(SURVEY_TOKEN).where(SURVEY_TOKEN.INVITATION_ID.in(ids)).execute();
            db.deleteFrom(SURVEY_INVITATION).where(SURVEY_INVITATION.ID.in(ids)).execute();
            return true;
        });
    }

    private void followup(long enrolment, long activity, int year, int canApply, String example) {
        OffsetDateTime at = OffsetDateTime.of(year, 9, 20, 10, 0, 0, 0, ZoneOffset.UTC);
        long response = db.insertInto(SURVEY_RESPONSE).set(SURVEY_RESPONSE.ENROLMENT_ID, enrolment)
                .set(SURVEY_RESPONSE.ACTIVITY_ID, activity).set(SURVEY_RESPONSE.SURVEY, Survey.FOLLOWUP.code())
                .set(SURVEY_RESPONSE.SUBMITTED_AT, at).returning(SURVEY_RESPONSE.ID).fetchOne().getId();
        db.insertInto(SURVEY_ANSWER).set(SURVEY_ANSWER.RESPONSE_ID, response).set(SURVEY_ANSWER.ITEM, "can_apply")
                .set(SURVEY_ANSWER.NUMBER_VALUE, canApply).execute();
        if (example != null) {
            db.insertInto(SURVEY_ANSWER).set(SURVEY_ANSWER.RESPONSE_ID, response).set(SURVEY_ANSWER.ITEM, "example")
                    .set(SURVEY_ANSWER.TEXT_VALUE, example).execute();
        }
        db.update(SURVEY_INVITATION).set(SURVEY_INVITATION.ANSWERED_AT, at).where(SURVEY_INVITATION.ENROLMENT_ID.eq(enrolment))
                .and(SURVEY_INVITATION.SURVEY.eq(Survey.FOLLOWUP.code())).execute();
    }
}
