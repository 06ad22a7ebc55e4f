package campus.learning.internal;

import static org.campus.db.Tables.COHORT;
import static org.campus.db.Tables.COHORT_MEMBER;
import static org.campus.db.Tables.COHORT_TUTOR;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campus.db.tables.records.CohortRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The cohort, cohort_tutor and cohort_member tables. */
@Repository
public class CohortStore {

    private final DSLContext db;

    CohortStore(DSLContext db) {
        this.db = db;
    }

    /** The last day of the cohort the enrolment belongs to; empty when it belongs to none. */
    public Optional<LocalDate> endOfCohortOf(long enrolmentId) {
        return db.select(COHORT.ENDS_ON).from(COHORT_MEMBER).join(COHORT).on(COHORT.ID.eq(COHORT_MEMBER.COHORT_ID))
                .where(COHORT_MEMBER.ENROLMENT_ID.eq(enrolmentId)).fetchOptional(COHORT.ENDS_ON);
    }

    /** A cohort has closed once its last day is over: no more tests, posts or completions by its learners. */
    public boolean closedFor(long enrolmentId, LocalDate today) {
        return endOfCohortOf(enrolmentId).map(today::isAfter).orElse(false);
    }

    public long create(long activityId, String name, LocalDate startsOn, LocalDate endsOn) {
        return db.insertInto(COHORT).set(COHORT.ACTIVITY_ID, activityId).set(COHORT.NAME, name)
                .set(COHORT.STARTS_ON, startsOn).set(COHORT.ENDS_ON, endsOn)
                .returningResult(COHORT.ID).fetchOne(COHORT.ID);
    }

    public void update(long cohortId, String name, LocalDate startsOn, LocalDate endsOn) {
        db.update(COHORT).set(COHORT.NAME, name).set(COHORT.STARTS_ON, startsOn).set(COHORT.ENDS_ON, endsOn)
                .where(COHORT.ID.eq(cohortId)).execute();
    }

    public Optional<Cohort> find(long cohortId) {
        return db.selectFrom(COHORT).where(COHORT.ID.eq(cohortId)).fetchOptional(CohortStore::cohort);
    }

    public List<Cohort> ofActivity(long activityId) {
        return db.selectFrom(COHORT).where(COHORT.ACTIVITY_ID.eq(activityId))
                .orderBy(COHORT.STARTS_ON, COHORT.ID).fetch(CohortStore::cohort);
    }

    /**
     * The activity's cohorts, their rows locked until the transaction ends: two learners enrolled at
     * the same moment are then placed one after the other, each seeing the other's place.
     */
    public List<Cohort> lockOfActivity(long activityId) {
        return db.selectFrom(COHORT).where(COHORT.ACTIVITY_ID.eq(activityId))
                .orderBy(COHORT.STARTS_ON, COHORT.ID).forUpdate().fetch(CohortStore::cohort);
    }

    /** Cohorts the person tutors, latest first. */
    public List<Cohort> tutoredBy(long personId) {
        return db.select(COHORT.fields()).from(COHORT).join(COHORT_TUTOR).on(COHORT_TUTOR.COHORT_ID.eq(COHORT.ID))
                .where(COHORT_TUTOR.PERSON_ID.eq(personId)).orderBy(COHORT.STARTS_ON.desc(), COHORT.ID.desc())
                .fetchInto(COHORT).map(CohortStore::cohort);
    }

    /** The cohorts of the activity the person tutors. */
    public List<Long> tutoredIn(long activityId, long personId) {
        return db.select(COHORT.ID).from(COHORT).join(COHORT_TUTOR).on(COHORT_TUTOR.COHORT_ID.eq(COHORT.ID))
                .where(COHORT.ACTIVITY_ID.eq(activityId)).and(COHORT_TUTOR.PERSON_ID.eq(personId)).fetch(COHORT.ID);
    }

    public List<Long> tutors(long cohortId) {
        return db.select(COHORT_TUTOR.PERSON_ID).from(COHORT_TUTOR).where(COHORT_TUTOR.COHORT_ID.eq(cohortId))
                .orderBy(COHORT_TUTOR.PERSON_ID).fetch(COHORT_TUTOR.PERSON_ID);
    }

    public boolean isTutor(long cohortId, long personId) {
        return db.fetchExists(COHORT_TUTOR, COHORT_TUTOR.COHORT_ID.eq(cohortId).and(COHORT_TUTOR.PERSON_ID.eq(personId)));
    }

    public void addTutor(long cohortId, long personId) {
        db.insertInto(COHORT_TUTOR).set(COHORT_TUTOR.COHORT_ID, cohortId).set(COHORT_TUTOR.PERSON_ID, personId)
                .onConflictDoNothing().execute();
    }

    public void removeTutor(long cohortId, long personId) {
        db.deleteFrom(COHORT_TUTOR).where(COHORT_TUTOR.COHORT_ID.eq(cohortId)).and(COHORT_TUTOR.PERSON_ID.eq(personId))
                .execute();
    }

    /** Enrolments placed in the cohort, whatever their status now. */
    public List<Long> members(long cohortId) {
        return db.select(COHORT_MEMBER.ENROLMENT_ID).from(COHORT_MEMBER).where(COHORT_MEMBER.COHORT_ID.eq(cohortId))
                .orderBy(COHORT_MEMBER.ENROLMENT_ID).fetch(COHORT_MEMBER.ENROLMENT_ID);
    }

    /** The cohort of each of the given enrolments that belongs to one. */
    public Map<Long, Long> cohortsOf(Collection<Long> enrolmentIds) {
        return db.select(COHORT_MEMBER.ENROLMENT_ID, COHORT_MEMBER.COHORT_ID).from(COHORT_MEMBER)
                .where(COHORT_MEMBER.ENROLMENT_ID.in(enrolmentIds)).fetchMap(COHORT_MEMBER.ENROLMENT_ID, COHORT_MEMBER.COHORT_ID);
    }

    public Optional<Long> cohortOf(long enrolmentId) {
        return db.select(COHORT_MEMBER.COHORT_ID).from(COHORT_MEMBER).where(COHORT_MEMBER.ENROLMENT_ID.eq(enrolmentId))
                .fetchOptional(COHORT_MEMBER.COHORT_ID);
    }

    /** Puts the enrolment in the cohort, taking it out of the one it was in. */
    public void place(long enrolmentId, long cohortId) {
        int moved = db.update(COHORT_MEMBER).set(COHORT_MEMBER.COHORT_ID, cohortId)
                .where(COHORT_MEMBER.ENROLMENT_ID.eq(enrolmentId)).execute();
        if (moved == 0) {
            join(enrolmentId, cohortId);
        }
    }

    /** Puts the enrolment in the cohort unless it already is in one; returns whether it was put there. */
    public boolean join(long enrolmentId, long cohortId) {
        return db.insertInto(COHORT_MEMBER).set(COHORT_MEMBER.ENROLMENT_ID, enrolmentId).set(COHORT_MEMBER.COHORT_ID, cohortId)
                .onConflictDoNothing().execute() == 1;
    }

    private static Cohort cohort(CohortRecord r) {
        return new Cohort(r.getId(), r.getActivityId(), r.getName(), r.getStartsOn(), r.getEndsOn());
    }
}
