package campus.shared;

import com.fasterxml.jackson.annotation.JsonValue;

/** Gender as the results report counts it; undisclosed is left out of shares. */
public enum Gender {
    FEMALE, MALE, OTHER, UNDISCLOSED;

    /** The lower-case name used in the API, the interchange files and message keys. */
    @JsonValue
    public String code() { return name().toLowerCase(); }

    public static Gender of(String code) { return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT)); }
}
