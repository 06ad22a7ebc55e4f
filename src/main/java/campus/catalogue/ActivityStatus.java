package campus.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an activity is in its life: drafted by staff, published in the catalogue, or archived. */
public enum ActivityStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    /** The lower-case name used in the API, the interchange files and message keys. */
    @JsonValue
    public String code() { return name().toLowerCase(); }

    public static ActivityStatus of(String code) { return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT)); }
}
