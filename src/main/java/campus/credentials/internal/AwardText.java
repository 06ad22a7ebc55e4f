package campus.credentials.internal;

/** What a credential says, in the learner's language: the achievement's name, description and criteria. */
public record AwardText(String language, String credentialName, String achievementName, String description,
                        String criteria) {
}
