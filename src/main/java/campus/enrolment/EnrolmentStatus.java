package campus.enrolment;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an application or enrolment stands. ENROLLED, COMPLETED and WITHDRAWN are the statuses of
 * the interchange format; PENDING (awaiting staff review), WAITLISTED and REJECTED are applications
 * that have not (yet) become enrolments.
 */
public enum EnrolmentStatus {
    PENDING, WAITLISTED, ENROLLED, COMPLETED, WITHDRAWN, REJECTED;

    /** The lower-case name used in the API, the interchange files and message keys. */
    @JsonValue
    public String code() { return name().toLowerCase(); }

    /** Holds a seat of the activity's capacity. */
    public boolean holdsSeat() { return this == ENROLLED || this == COMPLETED; }

    /** Still in play: the learner may withdraw. */
    public boolean isActive() { return this == PENDING || this == WAITLISTED || this == ENROLLED; }

    public static EnrolmentStatus of(String code) { return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT)); }
}
