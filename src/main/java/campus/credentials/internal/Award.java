package campus.credentials.internal;

/** One credential to issue: for whom, for which activity, of which kind, saying what; partner null for the Centre's own activities. */
public record Award(long enrolmentId, long personId, long activityId, CredentialKind kind, AwardText text,
                    IdentityHash learner, PartnerProfile partner) {
}
