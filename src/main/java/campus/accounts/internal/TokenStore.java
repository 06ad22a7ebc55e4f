package campus.accounts.internal;

import static org.campus.db.Tables.ACCOUNT_TOKEN;
import static org.campus.db.Tables.API_TOKEN;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** One-time account links and API tokens. Only SHA-256 hashes are stored, so a database leak reveals no token. */
@Repository
class TokenStore {

    enum Purpose { VERIFY_EMAIL, RESET_PASSWORD }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext db;

    TokenStore(DSLContext db) {
        this.db = db;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String issue(long personId, Purpose purpose, OffsetDateTime expiresAt) {
        String token = newToken();
        db.insertInto(ACCOUNT_TOKEN).set(ACCOUNT_TOKEN.TOKEN_HASH, hash(token))
                .set(ACCOUNT_TOKEN.PERSON_ID, personId).set(ACCOUNT_TOKEN.PURPOSE, purpose.name())
                .set(ACCOUNT_TOKEN.EXPIRES_AT, expiresAt).execute();
        return token;
    }

    /** Uses a one-time token: the person it belongs to if it was unused, unexpired and for this purpose. */
    Optional<Long> redeem(String token, Purpose purpose, OffsetDateTime now) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        var row = db.selectFrom(ACCOUNT_TOKEN).where(ACCOUNT_TOKEN.TOKEN_HASH.eq(hash(token)))
                .and(ACCOUNT_TOKEN.PURPOSE.eq(purpose.name())).forUpdate().fetchOptional();
        if (row.isEmpty() || row.get().getUsedAt() != null || row.get().getExpiresAt().isBefore(now)) {
            return Optional.empty();
        }
        db.update(ACCOUNT_TOKEN).set(ACCOUNT_TOKEN.USED_AT, now)
                .where(ACCOUNT_TOKEN.TOKEN_HASH.eq(row.get().getTokenHash())).execute();
        return Optional.of(row.get().getPersonId());
    }

    String issueApiToken(long personId, String label, OffsetDateTime now) {
        String token = "cmp_" + newToken();
        db.insertInto(API_TOKEN).set(API_TOKEN.TOKEN_HASH, hash(token)).set(API_TOKEN.PERSON_ID, personId)
                .set(API_TOKEN.LABEL, label).set(API_TOKEN.CREATED_AT, now).execute();
        return token;
    }

    Optional<Long> apiTokenOwner(String token) {
        return db.select(API_TOKEN.PERSON_ID).from(API_TOKEN).where(API_TOKEN.TOKEN_HASH.eq(hash(token)))
                .fetchOptional(API_TOKEN.PERSON_ID);
    }

    void revokeApiTokens(long personId) {
        db.deleteFrom(API_TOKEN).where(API_TOKEN.PERSON_ID.eq(personId)).execute();
    }

    int apiTokenCount(long personId) {
        return db.fetchCount(API_TOKEN, API_TOKEN.PERSON_ID.eq(personId));
    }
}
