package campus.learning.internal;

/** Why someone may read a cohort's board; only tutors and staff may post announcements. */
public enum BoardAccess {
    MEMBER, TUTOR, STAFF;

    public boolean mayAnnounce() {
        return this != MEMBER;
    }
}
