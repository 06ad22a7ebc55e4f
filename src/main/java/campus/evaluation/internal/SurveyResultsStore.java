package campus.evaluation.internal;

import static org.campus.db.Tables.SURVEY_ANSWER;
import static org.campus.db.Tables.SURVEY_INVITATION;
import static org.campus.db.Tables.SURVEY_RESPONSE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/**
 * The SQL of survey results: counts and GROUP BY over the evaluation tables only, so the database
 * does the adding up and no answer of one learner is ever read into the application, except the
 * texts that are shown.
 */
@Repository
class SurveyResultsStore {

    /** What to count: a survey, the activities (null: every activity) and the period, both ends included. */
    record Scope(Survey survey, Set<Long> activities, LocalDate from, LocalDate to) {
    }

    /** Responses counted, and learners asked (the response rate's denominator). */
    record Counts(long responses, long asked) {
    }

    private final DSLContext db;

    SurveyResultsStore(DSLContext db) {
        this.db = db;
    }

    Counts counts(Scope scope) {
        var invited = db.select(count(), count(SURVEY_RESPONSE.ID)).from(SURVEY_INVITATION)
                .leftJoin(SURVEY_RESPONSE).on(SURVEY_RESPONSE.ENROLMENT_ID.eq(SURVEY_INVITATION.ENROLMENT_ID))
                .and(SURVEY_RESPONSE.SURVEY.eq(SURVEY_INVITATION.SURVEY))
                .where(offered(scope)).fetchOne();
        long uninvited = db.fetchCount(SURVEY_RESPONSE, uninvited(scope));
        return new Counts(invited.value2() + uninvited, invited.value1() + uninvited);
    }

    /** Per item, the number of answers of each value: at most items × 5 rows whatever the number of responses. */
    Map<String, Map<Integer, Long>> valueCounts(Scope scope, Collection<String> items) {
        Map<String, Map<Integer, Long>> counts = new HashMap<>();
        if (items.isEmpty()) {
            return counts;
        }
        var n = count();
        db.select(SURVEY_ANSWER.ITEM, SURVEY_ANSWER.NUMBER_VALUE, n).from(SURVEY_ANSWER)
                .join(SURVEY_RESPONSE).on(SURVEY_RESPONSE.ID.eq(SURVEY_ANSWER.RESPONSE_ID))
                .where(counted(scope)).and(SURVEY_ANSWER.ITEM.in(items)).and(SURVEY_ANSWER.NUMBER_VALUE.isNotNull())
                .groupBy(SURVEY_ANSWER.ITEM, SURVEY_ANSWER.NUMBER_VALUE)
                .forEach(r -> counts.computeIfAbsent(r.value1(), i -> new HashMap<>()).put(r.value2(), r.value3().longValue()));
        return counts;
    }

    /** Per text item, how many wrote something. */
    Map<String, Long> textCounts(Scope scope, Collection<String> items) {
        Map<String, Long> counts = new HashMap<>();
        if (items.isEmpty()) {
            return counts;
        }
        var n = count();
        db.select(SURVEY_ANSWER.ITEM, n).from(SURVEY_ANSWER)
                .join(SURVEY_RESPONSE).on(SURVEY_RESPONSE.ID.eq(SURVEY_ANSWER.RESPONSE_ID))
                .where(counted(scope)).and(SURVEY_ANSWER.ITEM.in(items)).and(SURVEY_ANSWER.TEXT_VALUE.isNotNull())
                .groupBy(SURVEY_ANSWER.ITEM)
                .forEach(r -> counts.put(r.value1(), r.value2().longValue()));
        return counts;
    }

    /**
     * The texts written for an item, the most recent first when there are more than the limit (null:
     * all). Only the text is read: callers put them in an order that says nothing of who wrote them.
     */
    List<String> texts(Scope scope, String item, Integer limit) {
        var query = db.select(SURVEY_ANSWER.TEXT_VALUE).from(SURVEY_ANSWER)
                .join(SURVEY_RESPONSE).on(SURVEY_RESPONSE.ID.eq(SURVEY_ANSWER.RESPONSE_ID))
                .where(counted(scope)).and(SURVEY_ANSWER.ITEM.eq(item)).and(SURVEY_ANSWER.TEXT_VALUE.isNotNull())
                .orderBy(SURVEY_RESPONSE.SUBMITTED_AT.desc(), SURVEY_RESPONSE.ID.desc());
        return limit == null ? query.fetch(SURVEY_ANSWER.TEXT_VALUE) : query.limit(limit).fetch(SURVEY_ANSWER.TEXT_VALUE);
    }

    /** The activities that have an invitation or a response for a survey (null: either survey). */
    Set<Long> activitiesWithData(Survey survey) {
        Condition invitation = survey == null ? noCondition() : SURVEY_INVITATION.SURVEY.eq(survey.code());
        Condition response = survey == null ? noCondition() : SURVEY_RESPONSE.SURVEY.eq(survey.code());
        return new TreeSet<>(db.selectDistinct(SURVEY_INVITATION.ACTIVITY_ID).from(SURVEY_INVITATION).where(invitation)
                .union(db.selectDistinct(SURVEY_RESPONSE.ACTIVITY_ID).from(SURVEY_RESPONSE).where(response))
                .fetch(0, Long.class));
    }

    /**
     * Invitations through which the survey was offered in the period: the satisfaction survey on
     * the day of completion (due_on), the follow-up when it was sent, or answered if that came first.
     */
    private static Condition offered(Scope scope) {
        Condition c = SURVEY_INVITATION.SURVEY.eq(scope.survey().code()).and(of(SURVEY_INVITATION.ACTIVITY_ID, scope));
        if (scope.survey() == Survey.SATISFACTION) {
            if (scope.from() != null) {
                c = c.and(SURVEY_INVITATION.DUE_ON.ge(scope.from()));
            }
            return scope.to() == null ? c : c.and(SURVEY_INVITATION.DUE_ON.le(scope.to()));
        }
        Field<OffsetDateTime> offeredAt = coalesce(SURVEY_INVITATION.INVITED_AT, SURVEY_INVITATION.ANSWERED_AT);
        return c.and(offeredAt.isNotNull()).and(within(offeredAt, scope));
    }

    /** Responses with no invitation at all (the learner answered on the platform): dated by their submission. */
    private static Condition uninvited(Scope scope) {
        return SURVEY_RESPONSE.SURVEY.eq(scope.survey().code()).and(of(SURVEY_RESPONSE.ACTIVITY_ID, scope))
                .and(notExists(selectOne().from(SURVEY_INVITATION)
                        .where(SURVEY_INVITATION.ENROLMENT_ID.eq(SURVEY_RESPONSE.ENROLMENT_ID))
                        .and(SURVEY_INVITATION.SURVEY.eq(SURVEY_RESPONSE.SURVEY))))
                .and(within(SURVEY_RESPONSE.SUBMITTED_AT, scope));
    }

    /** The responses the results are about: the numerator of the response rate, exactly. */
    private static Condition counted(Scope scope) {
        Condition throughInvitation = exists(selectOne().from(SURVEY_INVITATION)
                .where(SURVEY_INVITATION.ENROLMENT_ID.eq(SURVEY_RESPONSE.ENROLMENT_ID)).and(offered(scope)));
        return SURVEY_RESPONSE.SURVEY.eq(scope.survey().code()).and(of(SURVEY_RESPONSE.ACTIVITY_ID, scope))
                .and(throughInvitation.or(uninvited(scope)));
    }

    private static Condition of(Field<Long> activityId, Scope scope) {
        return scope.activities() == null ? noCondition() : activityId.in(scope.activities());
    }

    /** Dates are days in UTC, the time zone the platform stores and dates its events in. */
    private static Condition within(Field<OffsetDateTime> at, Scope scope) {
        Condition c = noCondition();
        if (scope.from() != null) {
            c = c.and(at.ge(scope.from().atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        if (scope.to() != null) {
            c = c.and(at.lt(scope.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        return c;
    }
}
