package campus.credentials;

import java.time.LocalDate;
import java.util.List;

/**
 * Credentials were issued (published after they are stored and logged), in batches small enough for
 * the event publication log: a bulk issue of thousands publishes many of these, not thousands of events.
 */
public record CredentialsIssued(List<Issued> credentials) {

    public record Issued(String credentialId, long enrolmentId, LocalDate issuedOn) {
    }
}
