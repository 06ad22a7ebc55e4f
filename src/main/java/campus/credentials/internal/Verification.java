package campus.credentials.internal;

import java.util.List;

/**
 * The result of checking a credential, check by check, so a person sees what was checked and why it
 * failed. Each message is a bundle key with arguments, shown in the reader's language.
 */
public record Verification(String credentialId, List<Check> checks) {

    public enum Outcome { PASSED, FAILED, PENDING }

    public record Check(String name, Outcome outcome, String messageKey, List<String> arguments) {
    }

    /** Verified when no check failed (a log entry not yet in a checkpoint is pending, not a failure). */
    public boolean verified() {
        return checks.stream().noneMatch(c -> c.outcome() == Outcome.FAILED);
    }
}
