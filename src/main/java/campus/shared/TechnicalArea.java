package campus.shared;

import com.fasterxml.jackson.annotation.JsonValue;

/** The Centre's technical programmes an activity belongs to; names come from the message bundles. */
public enum TechnicalArea {
    EMPLOYMENT_POLICY, INTERNATIONAL_LABOUR_STANDARDS, SOCIAL_PROTECTION, SOCIAL_DIALOGUE,
    OCCUPATIONAL_SAFETY_HEALTH, ENTERPRISE_DEVELOPMENT, SKILLS_DEVELOPMENT, GENDER_EQUALITY,
    GREEN_JOBS, DIGITAL_LEARNING;

    /** The lower-case name used in the API, the interchange files and message keys. */
    @JsonValue
    public String code() { return name().toLowerCase(); }

    public static TechnicalArea of(String code) { return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT)); }
}
