package campus.partners.internal;

import campus.accounts.AccountsApi;
import campus.partners.PartnerView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members invited by mail from a CSV file, and their invitations accepted by the link or by signing in.
 * The mail and the invitation are written in one transaction, so no one is mailed a link that does not work.
 */
@Service
@Transactional
public class MemberInvitations {

    /** The largest invitation file read, in bytes. */
    public static final int FILE_LIMIT = InvitationCsv.MAX_BYTES;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** 256 random bits in URL-safe Base64 without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final PartnerInvitationStore invitations;
    private final PartnerService partners;
    private final AccountsApi accounts;
    private final MemberInvitationMail mail;
    private final Clock clock;

    MemberInvitations(PartnerInvitationStore invitations, PartnerService partners, AccountsApi accounts, MemberInvitationMail mail,
                      Clock clock) {
        this.invitations = invitations;
        this.partners = partners;
        this.accounts = accounts;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Invites every good row of the file and reports the others, which are neither stored nor mailed. An address
     * invited before and not yet accepted gets a new link (the old one stops working) and a new mail.
     */
    public InvitationReport invite(long partnerId, String inviter, byte[] csv) {
        PartnerView partner = partners.existing(partnerId);
        InvitationCsv.Result read = InvitationCsv.read(csv);
        // one upload at a time per space: two inviting the same new address at once would both insert its row
        invitations.lockSpace(partnerId);
        List<RowProblem> problems = new ArrayList<>(read.problems());
        int invited = 0;
        for (InvitationCsv.Invitee row : read.invitees()) {
            boolean member = accounts.findByEmail(row.email()).map(p -> partners.isMember(p.id(), partnerId)).orElse(false);
            if (member) {
                problems.add(RowProblem.at(row.line(), "email", "partners.invite.email.member"));
                continue;
            }
            String language = row.language().isEmpty() ? partner.languages().get(0) : row.language();
            String token = newToken();
            invitations.invite(partnerId, row.email(), row.name(), language, hash(token), now());
            mail.send(partner, inviter, row.name(), row.email(), language, token);
            invited++;
        }
        problems.sort(Comparator.comparingInt(RowProblem::line));
        return new InvitationReport(invited, problems);
    }

    @Transactional(readOnly = true)
    public List<PendingInvitation> pending(long partnerId) {
        return invitations.pending(partnerId);
    }

    /** Whether the token is a pending invitation of the space; a wrong, forged or used token is simply not. */
    @Transactional(readOnly = true)
    public boolean isValid(long partnerId, String token) {
        return wellFormed(token) && invitations.isPending(partnerId, hash(token));
    }

    /** Makes the person a member and closes the invitation; false when the token is not a pending invitation. */
    public boolean accept(long partnerId, String token, long personId) {
        if (!wellFormed(token)) {
            return false;
        }
        // whoever holds the mailed link may use it once, as with the space's join link
        return invitations.pendingByToken(partnerId, hash(token))
                .filter(invitation -> invitations.accept(invitation.getId(), personId, now()))
                .map(invitation -> {
                    partners.addMember(partnerId, personId);
                    return true;
                }).orElse(false);
    }

    /** Accepts every space's pending invitation to the address; the spaces joined. */
    public List<Long> acceptAddressedTo(long personId, String email) {
        List<Long> joined = new ArrayList<>();
        for (var invitation : invitations.pendingByEmail(email.strip().toLowerCase(Locale.ROOT))) {
            if (invitations.accept(invitation.getId(), personId, now())) {
                partners.addMember(invitation.getPartnerId(), personId);
                joined.add(invitation.getPartnerId());
            }
        }
        return joined;
    }

    private static boolean wellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
