package campus.evaluation.internal;

import static org.campus.db.Tables.JOB_LEASE;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A named lease in the database so that a job runs on one app instance at a time: taking it is one
 * conditional UPDATE, which the database serialises. A lease that its holder never gave back (the
 * instance died) runs out and the next instance takes it.
 */
@Component
class JobLease {

    private static final OffsetDateTime NEVER = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final DSLContext db;
    private final TransactionTemplate transactions;
    private final String holder = UUID.randomUUID().toString();

    JobLease(DSLContext db, TransactionTemplate transactions) {
        this.db = db;
        this.transactions = transactions;
    }

    /** Takes the lease until now + length; false when another run holds it. */
    boolean take(String name, OffsetDateTime now, Duration length) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            db.insertInto(JOB_LEASE).set(JOB_LEASE.NAME, name).set(JOB_LEASE.LEASED_UNTIL, NEVER).onConflictDoNothing()
                    .execute();
            return db.update(JOB_LEASE).set(JOB_LEASE.LEASED_UNTIL, now.plus(length)).set(JOB_LEASE.LEASED_BY, holder)
                    .where(JOB_LEASE.NAME.eq(name)).and(JOB_LEASE.LEASED_UNTIL.le(now)).execute() == 1;
        }));
    }

    void giveBack(String name) {
        transactions.executeWithoutResult(tx -> db.update(JOB_LEASE).set(JOB_LEASE.LEASED_UNTIL, NEVER)
                .where(JOB_LEASE.NAME.eq(name)).and(JOB_LEASE.LEASED_BY.eq(holder)).execute());
    }
}
