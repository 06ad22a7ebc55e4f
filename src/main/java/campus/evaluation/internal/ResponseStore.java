package campus.evaluation.internal;

import static org.campus.db.Tables.SURVEY_ANSWER;
import static org.campus.db.Tables.SURVEY_RESPONSE;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Survey responses and their answers. */
@Repository
class ResponseStore {

    private final DSLContext db;

    ResponseStore(DSLContext db) {
        this.db = db;
    }

    boolean exists(long enrolmentId, Survey survey) {
        return db.fetchExists(SURVEY_RESPONSE, SURVEY_RESPONSE.ENROLMENT_ID.eq(enrolmentId)
                .and(SURVEY_RESPONSE.SURVEY.eq(survey.code())));
    }

    Set<Long> answered(Collection<Long> enrolmentIds, Survey survey) {
        if (enrolmentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.select(SURVEY_RESPONSE.ENROLMENT_ID).from(SURVEY_RESPONSE)
                .where(SURVEY_RESPONSE.ENROLMENT_ID.in(enrolmentIds)).and(SURVEY_RESPONSE.SURVEY.eq(survey.code()))
                .fetch(SURVEY_RESPONSE.ENROLMENT_ID));
    }

    void save(long enrolmentId, long activityId, Survey survey, OffsetDateTime at, Map<String, Answer> answers) {
        long id = db.insertInto(SURVEY_RESPONSE)
                .set(SURVEY_RESPONSE.ENROLMENT_ID, enrolmentId)
                .set(SURVEY_RESPONSE.ACTIVITY_ID, activityId)
                .set(SURVEY_RESPONSE.SURVEY, survey.code())
                .set(SURVEY_RESPONSE.SUBMITTED_AT, at)
                .returning(SURVEY_RESPONSE.ID).fetchOne().getId();
        var insert = db.insertInto(SURVEY_ANSWER, SURVEY_ANSWER.RESPONSE_ID, SURVEY_ANSWER.ITEM, SURVEY_ANSWER.NUMBER_VALUE,
                SURVEY_ANSWER.TEXT_VALUE);
        answers.forEach((item, answer) -> insert.values(id, item, answer.value(), answer.text()));
        if (!answers.isEmpty()) {
            insert.execute();
        }
    }
}
