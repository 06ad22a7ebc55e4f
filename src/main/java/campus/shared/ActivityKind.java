package campus.shared;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an activity is training or one of the Centre's non-training services. */
public enum ActivityKind {
    TRAINING, ADVISORY_SERVICE, KNOWLEDGE_SHARING_EVENT;

    /** The lower-case name used in the API, the interchange files and message keys. */
    @JsonValue
    public String code() { return name().toLowerCase(); }

    public static ActivityKind of(String code) { return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT)); }
}
