package campus.shared;

import com.fasterxml.jackson.annotation.JsonValue;

/** Career stage of a learner, as the interchange format names it. */
public enum PositionLevel {
    JUNIOR, MID_CAREER, SENIOR;

    /** The lower-case name used in the API, the interchange files and message keys. */
    @JsonValue
    public String code() { return name().toLowerCase(); }

    public static PositionLevel of(String code) { return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT)); }
}
