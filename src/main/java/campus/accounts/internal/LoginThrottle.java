package campus.accounts.internal;

import static org.campus.db.Tables.LOGIN_FAILURE;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.jooq.DSLContext;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per email in the database (so every app instance sees them) and locks
 * the account for a while after too many, which stops password guessing.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final DSLContext db;
    private final Clock clock;

    LoginThrottle(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    boolean isLocked(String email) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return db.selectFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.EMAIL.eq(key(email))).fetchOptional()
                .filter(f -> f.getFailures() >= MAX_FAILURES && f.getLastAt().plus(LOCK).isAfter(now))
                .isPresent();
    }

    @EventListener
    @Transactional
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String email = key(String.valueOf(event.getAuthentication().getPrincipal()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        var existing = db.selectFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.EMAIL.eq(email)).forUpdate().fetchOptional();
        if (existing.isEmpty()) {
            db.insertInto(LOGIN_FAILURE).set(LOGIN_FAILURE.EMAIL, email).set(LOGIN_FAILURE.FAILURES, 1)
                    .set(LOGIN_FAILURE.LAST_AT, now).onDuplicateKeyIgnore().execute();
        } else {
            // a lock that has run out starts a new count
            int failures = existing.get().getLastAt().plus(LOCK).isBefore(now) ? 1 : existing.get().getFailures() + 1;
            db.update(LOGIN_FAILURE).set(LOGIN_FAILURE.FAILURES, failures).set(LOGIN_FAILURE.LAST_AT, now)
                    .where(LOGIN_FAILURE.EMAIL.eq(email)).execute();
        }
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        db.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.EMAIL.eq(key(event.getAuthentication().getName()))).execute();
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
