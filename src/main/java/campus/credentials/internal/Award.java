package campus.credentials.internal;

/** One credential to issue: for whom, for which activity, of which kind, saying what. */
public record Award(long enrolmentId, long personId, long activityId, CredentialKind kind, AwardText text,
                    IdentityHash learner, String partnerName) {
}
