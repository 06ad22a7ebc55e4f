package campus.learning.internal;

import java.time.OffsetDateTime;

/** A reply in a board thread. */
public record BoardReply(long id, long threadId, long authorId, String body, OffsetDateTime postedAt) {
}
