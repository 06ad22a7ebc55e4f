package campus.interchange.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The files of the format and their columns in the order docs/interchange.md lists them, which is
 * also the order they are read in: every file comes after the files its references point to, so a
 * reference can be checked as soon as its row is read.
 */
public enum InterchangeFile {
    PARTICIPANTS("participants.csv", true, "participant_id!", "gender!", "birth_year", "country!", "constituent!",
            "position_level", "given_name", "family_name", "email"),
    PARTNERS("partners.csv", false, "partner_id!", "name!", "country"),
    ACTIVITIES("activities.csv", true, "activity_id!", "title!", "modality!", "start_date!", "end_date", "language",
            "partner_id"),
    ENROLMENTS("enrolments.csv", true, "enrolment_id!", "participant_id!", "activity_id!", "enrolled_on!", "status!",
            "completed_on"),
    SATISFACTION("satisfaction.csv", false, "enrolment_id!", "submitted_on", "overall!"),
    KNOWLEDGE_TESTS("knowledge_tests.csv", false, "enrolment_id!", "pre_score!", "post_score!"),
    FOLLOW_UPS("followups.csv", false, "enrolment_id!", "responded_on!", "can_apply!", "example_given!"),
    CREDENTIALS("credentials.csv", false, "credential_id!", "enrolment_id!", "issued_on!"),
    CREDENTIAL_VIEWS("credential_views.csv", false, "credential_id!", "viewed_at!", "viewer_id!"),
    INCOME_GROUPS("income_groups.csv", false, "country!", "income_group!");

    // a trailing "!" marks a required (bold) column: one list keeps the written order and the rule together
    private static final String REQUIRED_MARK = "!";

    private final String fileName;
    private final boolean required;
    private final List<String> columns;
    private final List<String> requiredColumns;

    InterchangeFile(String fileName, boolean required, String... columns) {
        this.fileName = fileName;
        this.required = required;
        this.columns = Arrays.stream(columns).map(c -> c.replace(REQUIRED_MARK, "")).toList();
        this.requiredColumns = Arrays.stream(columns).filter(c -> c.endsWith(REQUIRED_MARK))
                .map(c -> c.replace(REQUIRED_MARK, "")).toList();
    }

    public String fileName() {
        return fileName;
    }

    /** Whether the folder must contain this file. */
    public boolean required() {
        return required;
    }

    /** Every column of the format, in the order they are written. */
    public List<String> columns() {
        return columns;
    }

    /** The columns a header must have. */
    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** The first column: the file's own id, or what it is keyed by. */
    public String keyColumn() {
        return columns.get(0);
    }
}
