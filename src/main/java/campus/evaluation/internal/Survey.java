package campus.evaluation.internal;

import java.util.Arrays;
import java.util.Optional;

/** The two surveys of an activity. */
public enum Survey {
    /** At the end of the activity: how satisfied the learner is. */
    SATISFACTION("satisfaction"),
    /** Months later: whether the learner applies what they learned. */
    FOLLOWUP("followup");

    private final String code;

    Survey(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Survey> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
