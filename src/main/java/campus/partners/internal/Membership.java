package campus.partners.internal;

import java.time.OffsetDateTime;

/** One person's place in a space: "admin" or "member", and since when. */
public record Membership(long personId, String role, OffsetDateTime joinedAt) {

    public boolean administrator() {
        return PartnerStore.ADMIN.equals(role);
    }
}
