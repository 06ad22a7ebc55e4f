package campus.mail.internal;

import java.util.Arrays;
import java.util.Optional;

/** Where a mail of the outbox stands: never tried yet, failed and waiting to retry, given up, or sent. */
public enum MailStatus {
    WAITING, RETRYING, FAILED, SENT;

    /** The code in addresses (?status=failed) and message keys (outbox.status.failed). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<MailStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
