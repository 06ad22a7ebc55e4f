package campus.partners.internal;

import static org.campus.db.Tables.PARTNER_INVITATION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.campus.db.tables.records.PartnerInvitationRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The partner_invitation table: one row per space and address, its token kept only as a SHA-256 hash. */
@Repository
class PartnerInvitationStore {

    private final DSLContext db;

    PartnerInvitationStore(DSLContext db) {
        this.db = db;
    }

    /** Holds the space's row until the transaction ends. */
    void lockSpace(long partnerId) {
        db.select(org.campus.db.Tables.PARTNER.ID).from(org.campus.db.Tables.PARTNER)
                .where(org.campus.db.Tables.PARTNER.ID.eq(partnerId)).forUpdate().fetch();
    }

    /**
     * Invites the address, or invites it again: the row gets the new name, language and token, and loses any
     * earlier acceptance (a member who was removed can be invited back), so an old link stops working.
     */
    void invite(long partnerId, String email, String name, String language, String tokenHash, OffsetDateTime now) {
        int updated = db.update(PARTNER_INVITATION).set(PARTNER_INVITATION.NAME, name).set(PARTNER_INVITATION.LANGUAGE, language)
                .set(PARTNER_INVITATION.TOKEN_HASH, tokenHash).set(PARTNER_INVITATION.INVITED_AT, now)
                .setNull(PARTNER_INVITATION.ACCEPTED_AT).setNull(PARTNER_INVITATION.ACCEPTED_BY)
                .where(PARTNER_INVITATION.PARTNER_ID.eq(partnerId)).and(PARTNER_INVITATION.EMAIL.eq(email)).execute();
        if (updated == 0) {
            db.insertInto(PARTNER_INVITATION).set(PARTNER_INVITATION.PARTNER_ID, partnerId).set(PARTNER_INVITATION.EMAIL, email)
                    .set(PARTNER_INVITATION.NAME, name).set(PARTNER_INVITATION.LANGUAGE, language)
                    .set(PARTNER_INVITATION.TOKEN_HASH, tokenHash).set(PARTNER_INVITATION.INVITED_AT, now).execute();
        }
    }

    List<PendingInvitation> pending(long partnerId) {
        return db.select(PARTNER_INVITATION.NAME, PARTNER_INVITATION.EMAIL, PARTNER_INVITATION.LANGUAGE, PARTNER_INVITATION.INVITED_AT)
                .from(PARTNER_INVITATION).where(PARTNER_INVITATION.PARTNER_ID.eq(partnerId)).and(PARTNER_INVITATION.ACCEPTED_AT.isNull())
                .orderBy(PARTNER_INVITATION.INVITED_AT.desc(), PARTNER_INVITATION.EMAIL)
                .fetch(r -> new PendingInvitation(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    boolean isPending(long partnerId, String tokenHash) {
        return db.fetchExists(PARTNER_INVITATION, PARTNER_INVITATION.PARTNER_ID.eq(partnerId)
                .and(PARTNER_INVITATION.TOKEN_HASH.eq(tokenHash)).and(PARTNER_INVITATION.ACCEPTED_AT.isNull()));
    }

    /** The space's invitation with this token hash, if it has not been accepted yet; locked until the transaction ends. */
    Optional<PartnerInvitationRecord> pendingByToken(long partnerId, String tokenHash) {
        return db.selectFrom(PARTNER_INVITATION).where(PARTNER_INVITATION.PARTNER_ID.eq(partnerId))
                .and(PARTNER_INVITATION.TOKEN_HASH.eq(tokenHash)).and(PARTNER_INVITATION.ACCEPTED_AT.isNull())
                .forUpdate().fetchOptional();
    }

    /** Every space's unaccepted invitation to this address. */
    List<PartnerInvitationRecord> pendingByEmail(String email) {
        return db.selectFrom(PARTNER_INVITATION).where(PARTNER_INVITATION.EMAIL.eq(email))
                .and(PARTNER_INVITATION.ACCEPTED_AT.isNull()).forUpdate().fetch();
    }

    /** Marks the invitation accepted; false when it already was (another request got there first). */
    boolean accept(long invitationId, long personId, OffsetDateTime now) {
        return db.update(PARTNER_INVITATION).set(PARTNER_INVITATION.ACCEPTED_AT, now).set(PARTNER_INVITATION.ACCEPTED_BY, personId)
                .where(PARTNER_INVITATION.ID.eq(invitationId)).and(PARTNER_INVITATION.ACCEPTED_AT.isNull()).execute() == 1;
    }
}
