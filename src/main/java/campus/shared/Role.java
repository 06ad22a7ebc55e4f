package campus.shared;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a person may do on the platform; a person may hold several roles. */
public enum Role {
    LEARNER, TUTOR, STAFF, PARTNER_ADMIN, ADMINISTRATOR;

    /** The lower-case name used in the API, the interchange files and message keys. */
    @JsonValue
    public String code() { return name().toLowerCase(); }

    /** The Spring Security authority name. */
    public String authority() { return "ROLE_" + name(); }

    public static Role of(String code) { return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT)); }
}
