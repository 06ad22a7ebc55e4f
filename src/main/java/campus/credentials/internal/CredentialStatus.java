package campus.credentials.internal;

import java.util.Arrays;
import java.util.Optional;

/** A credential's status as the status list publishes it: the two-bit value of its entry. */
public enum CredentialStatus {
    VALID("valid", 0), REVOKED("revoked", 1), SUSPENDED("suspended", 2);

    private final String code;
    private final int bits;

    CredentialStatus(String code, int bits) {
        this.code = code;
        this.bits = bits;
    }

    public String code() {
        return code;
    }

    public int bits() {
        return bits;
    }

    public static Optional<CredentialStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static Optional<CredentialStatus> ofBits(int bits) {
        return Arrays.stream(values()).filter(s -> s.bits == bits).findFirst();
    }
}
