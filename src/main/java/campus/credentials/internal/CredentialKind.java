package campus.credentials.internal;

import java.util.Arrays;
import java.util.Optional;

/** The certificates the Centre awards, each an OB 3.0 achievement type. */
public enum CredentialKind {
    /** Took part (face-to-face attendance, a tutored course) without an assessed result. */
    PARTICIPATION("participation", "CertificateOfCompletion"),
    /** Passed the activity's assessment. */
    ACHIEVEMENT("achievement", "Certificate"),
    /** Completed a whole programme (a diploma course). */
    DIPLOMA("diploma", "Diploma");

    private final String code;
    private final String achievementType;

    CredentialKind(String code, String achievementType) {
        this.code = code;
        this.achievementType = achievementType;
    }

    public String code() {
        return code;
    }

    /** The OB 3.0 AchievementType enumeration value. */
    public String achievementType() {
        return achievementType;
    }

    public static Optional<CredentialKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
