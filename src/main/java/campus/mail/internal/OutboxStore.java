package campus.mail.internal;

import static org.campus.db.Tables.MAIL_OUTBOX;

import campus.mail.MailOutbox;
import campus.mail.OutgoingMail;
import campus.shared.Page;
import campus.shared.PageRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campus.db.tables.records.MailOutboxRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The mail_outbox table: queueing, the sender's bookkeeping and the administrators' queries. */
@Repository
class OutboxStore implements MailOutbox {

    private static final int ERROR_LIMIT = 1000;

    private final DSLContext db;
    private final Clock clock;

    OutboxStore(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    // MANDATORY: a mail written outside the transaction of its cause could outlive a rolled-back change.
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(OutgoingMail mail) {
        if (mail.recipient() == null || mail.recipient().isBlank() || mail.recipient().length() > 254) {
            throw new IllegalArgumentException("a mail needs one recipient address of at most 254 characters");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        // too long a text must not fail the change that causes the mail: shorten it instead
        db.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.RECIPIENT, mail.recipient())
                .set(MAIL_OUTBOX.SUBJECT, Lengths.fit(mail.subject(), OutgoingMail.SUBJECT_LIMIT))
                .set(MAIL_OUTBOX.BODY, Lengths.fit(mail.body(), OutgoingMail.BODY_LIMIT))
                .set(MAIL_OUTBOX.CREATED_AT, now)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, now)
                .execute();
    }

    Page<QueuedMail> page(MailStatus status, PageRequest request) {
        Condition where = status == null ? DSL.noCondition() : is(status);
        long total = db.fetchCount(MAIL_OUTBOX, where);
        List<QueuedMail> mails = db.selectFrom(MAIL_OUTBOX).where(where).orderBy(MAIL_OUTBOX.ID.desc())
                .limit(request.size()).offset(request.offset()).fetch(OutboxStore::toMail);
        return new Page<>(mails, request.page(), request.size(), total);
    }

    Map<MailStatus, Long> counts() {
        MailStatus[] statuses = MailStatus.values();
        Record row = db.select(java.util.Arrays.stream(statuses).map(s -> DSL.count().filterWhere(is(s))).toList())
                .from(MAIL_OUTBOX).fetchOne();
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (int i = 0; i < statuses.length; i++) {
            counts.put(statuses[i], row.get(i, Long.class));
        }
        return counts;
    }

    private static Condition is(MailStatus status) {
        Condition unsent = MAIL_OUTBOX.SENT_AT.isNull();
        return switch (status) {
            case SENT -> MAIL_OUTBOX.SENT_AT.isNotNull();
            case FAILED -> unsent.and(MAIL_OUTBOX.FAILED_AT.isNotNull());
            case RETRYING -> unsent.and(MAIL_OUTBOX.FAILED_AT.isNull()).and(MAIL_OUTBOX.ATTEMPTS.gt(0));
            case WAITING -> unsent.and(MAIL_OUTBOX.FAILED_AT.isNull()).and(MAIL_OUTBOX.ATTEMPTS.eq(0));
        };
    }

    private Condition due() {
        return MAIL_OUTBOX.SENT_AT.isNull().and(MAIL_OUTBOX.FAILED_AT.isNull())
                .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(OffsetDateTime.now(clock)));
    }

    List<Long> dueIds(int limit) {
        return db.select(MAIL_OUTBOX.ID).from(MAIL_OUTBOX).where(due())
                .orderBy(MAIL_OUTBOX.ID).limit(limit).fetch(MAIL_OUTBOX.ID);
    }

    /**
     * Locks a mail that is still due, so that only one sender (thread or instance) tries it. The
     * conditions are checked again under the lock: another sender may have sent it, or failed and
     * pushed it back, since it was listed. A mail another sender holds is skipped, not waited for.
     */
    Optional<QueuedMail> lockDue(long id) {
        return db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).and(due())
                .forUpdate().skipLocked().fetchOptional(OutboxStore::toMail);
    }

    void markSent(long id, OffsetDateTime at) {
        db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.SENT_AT, at).set(MAIL_OUTBOX.LAST_ATTEMPT_AT, at)
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.LAST_ERROR, (String) null).where(MAIL_OUTBOX.ID.eq(id)).execute();
    }

    /** Records a failed attempt; without a next attempt the mail is given up (failed). */
    void markFailed(long id, int attempts, String error, OffsetDateTime at, OffsetDateTime nextAttempt) {
        var update = db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.ATTEMPTS, attempts)
                .set(MAIL_OUTBOX.LAST_ERROR, Lengths.fit(error, ERROR_LIMIT))
                .set(MAIL_OUTBOX.LAST_ATTEMPT_AT, at);
        (nextAttempt == null ? update.set(MAIL_OUTBOX.FAILED_AT, at) : update.set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, nextAttempt))
                .where(MAIL_OUTBOX.ID.eq(id)).execute();
    }

    /**
     * Makes an unsent mail due now; a failed one starts a new round of attempts. A sent mail is left
     * alone: false.
     */
    boolean retryNow(long id) {
        return db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.ATTEMPTS, DSL.when(MAIL_OUTBOX.FAILED_AT.isNotNull(), DSL.inline(0)).otherwise(MAIL_OUTBOX.ATTEMPTS))
                .set(MAIL_OUTBOX.FAILED_AT, (OffsetDateTime) null)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, OffsetDateTime.now(clock))
                .where(MAIL_OUTBOX.ID.eq(id)).and(MAIL_OUTBOX.SENT_AT.isNull()).execute() == 1;
    }

    /** Every failed mail starts a new round of attempts; returns how many. */
    int retryFailed() {
        return db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.ATTEMPTS, 0).set(MAIL_OUTBOX.FAILED_AT, (OffsetDateTime) null)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, OffsetDateTime.now(clock))
                .where(is(MailStatus.FAILED)).execute();
    }

    private static QueuedMail toMail(MailOutboxRecord r) {
        return new QueuedMail(r.getId(), r.getRecipient(), r.getSubject(), r.getBody(), r.getCreatedAt(),
                r.getAttempts(), r.getNextAttemptAt(), r.getLastAttemptAt(), r.getSentAt(), r.getFailedAt(),
                r.getLastError());
    }
}
