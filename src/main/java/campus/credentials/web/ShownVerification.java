package campus.credentials.web;

import campus.credentials.internal.Verification;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A verification as a reader sees it, on the page and in the JSON API alike: each check's name, its
 * outcome (passed, failed, pending) and its message in the reader's language.
 */
record ShownVerification(String credentialId, boolean verified, List<Check> checks) {

    record Check(String name, String outcome, String message) {
    }

    static ShownVerification of(Verification verification, MessageSource messages, Locale locale) {
        return new ShownVerification(verification.credentialId(), verification.verified(), verification.checks().stream()
                .map(c -> new Check(c.name(), c.outcome().name().toLowerCase(Locale.ROOT),
                        messages.getMessage(c.messageKey(), c.arguments().toArray(), locale)))
                .toList());
    }
}
