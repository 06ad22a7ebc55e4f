package campus.shared;

import com.fasterxml.jackson.annotation.JsonValue;

/** The constituent group a learner comes from; the first three are the ILO's core constituents. */
public enum Constituent {
    GOVERNMENT, EMPLOYERS, WORKERS, OTHER;

    /** The lower-case name used in the API, the interchange files and message keys. */
    @JsonValue
    public String code() { return name().toLowerCase(); }

    public static Constituent of(String code) { return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT)); }
}
