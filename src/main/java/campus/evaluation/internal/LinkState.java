package campus.evaluation.internal;

import java.time.OffsetDateTime;

/** What a personal survey link leads to. */
public record LinkState(Status status, Invitation invitation) {

    public enum Status {
        /** The survey can be answered. */
        OPEN,
        /** The link was used: the survey has been answered. */
        USED,
        /** The link's time ran out before it was used. */
        EXPIRED,
        /** No such link: mistyped, cut short or forged. */
        UNKNOWN
    }

    static LinkState unknown() {
        return new LinkState(Status.UNKNOWN, null);
    }

    static LinkState of(Invitation invitation, OffsetDateTime now) {
        if (invitation.answeredAt() != null) {
            return new LinkState(Status.USED, invitation);
        }
        return new LinkState(invitation.expiredAt(now) ? Status.EXPIRED : Status.OPEN, invitation);
    }
}
