package campus.learning.internal;

import java.time.OffsetDateTime;

/** A thread of a cohort's discussion board; announcements are posted by tutors and staff and shown first. */
public record BoardThread(long id, long cohortId, long authorId, String title, String body, boolean announcement,
                          OffsetDateTime postedAt, int replies) {
}
