package campus.learning.internal;

import static org.campus.db.Tables.COHORT;
import static org.campus.db.Tables.COHORT_MEMBER;

import java.time.LocalDate;
import java.util.Optional;
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

    /** The cohort an enrolment belongs to, for the link to its board. */
    public Optional<Long> cohortIdOf(long enrolmentId) {
        return db.select(COHORT_MEMBER.COHORT_ID).from(COHORT_MEMBER).where(COHORT_MEMBER.ENROLMENT_ID.eq(enrolmentId))
                .fetchOptional(COHORT_MEMBER.COHORT_ID);
    }
}
