package campus.mail.internal;

import static org.campus.db.Tables.MAIL_OUTBOX;

import campus.mail.MailOutbox;
import campus.mail.OutgoingMail;
import org.campus.db.tables.records.MailOutboxRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class OutboxStore implements MailOutbox {

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
        OffsetDateTime now = OffsetDateTime.now(clock);
        db.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.RECIPIENT, mail.recipient())
                .set(MAIL_OUTBOX.SUBJECT, mail.subject())
                .set(MAIL_OUTBOX.BODY, mail.body())
                .set(MAIL_OUTBOX.CREATED_AT, now)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, now)
                .execute();
    }

    List<QueuedMail> latest(int limit) {
        return db.selectFrom(MAIL_OUTBOX).orderBy(MAIL_OUTBOX.ID.desc()).limit(limit).fetch(OutboxStore::toMail);
    }

    List<Long> dueIds(int limit) {
        return db.select(MAIL_OUTBOX.ID).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.SENT_AT.isNull())
                .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(OffsetDateTime.now(clock)))
                .orderBy(MAIL_OUTBOX.ID).limit(limit).fetch(MAIL_OUTBOX.ID);
    }

    /** Locks an unsent mail so that only one app instance sends it. */
    Optional<QueuedMail> lockUnsent(long id) {
        return db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).and(MAIL_OUTBOX.SENT_AT.isNull())
                .forUpdate().fetchOptional(OutboxStore::toMail);
    }

    void markSent(long id) {
        db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.SENT_AT, OffsetDateTime.now(clock))
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.LAST_ERROR, (String) null).where(MAIL_OUTBOX.ID.eq(id)).execute();
    }

    void markFailed(long id, int attempts, String error, OffsetDateTime nextAttempt) {
        db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.ATTEMPTS, attempts)
                .set(MAIL_OUTBOX.LAST_ERROR, error.length() > 1000 ? error.substring(0, 1000) : error)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, nextAttempt).where(MAIL_OUTBOX.ID.eq(id)).execute();
    }

    private static QueuedMail toMail(MailOutboxRecord r) {
        return new QueuedMail(r.getId(), r.getRecipient(), r.getSubject(), r.getBody(), r.getCreatedAt(),
                r.getAttempts(), r.getSentAt(), r.getLastError());
    }
}
