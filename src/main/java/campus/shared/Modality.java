package campus.shared;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a learning activity is delivered; the code is the interchange and report name. */
public enum Modality {
    FACE_TO_FACE, ONLINE_TUTORED, SELF_GUIDED, BLENDED;

    /** The lower-case name used in the API, the interchange files and message keys. */
    @JsonValue
    public String code() { return name().toLowerCase(); }

    /** Self-guided activities have no tutor: learners enrol at once, with no seat limit. */
    public boolean isTutored() { return this != SELF_GUIDED; }

    public static Modality of(String code) { return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT)); }
}
