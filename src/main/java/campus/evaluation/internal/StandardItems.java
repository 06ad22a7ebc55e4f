package campus.evaluation.internal;

import java.util.List;

/**
 * The items every activity's surveys ask, the same everywhere so that activities, technical areas
 * and years compare. Only the overall rating and "can you apply it" are required: the others may
 * be left as "not applicable" (a self-guided course has no tutor to rate).
 */
public final class StandardItems {

    public static final String OVERALL = "overall";
    public static final String COMMENTS = "comments";
    public static final String CAN_APPLY = "can_apply";
    public static final String EXAMPLE = "example";

    /** Asked before the items staff add. */
    static final List<SurveyItem> SATISFACTION_FIRST = List.of(
            SurveyItem.standard(OVERALL, ItemKind.SCALE, true),
            SurveyItem.standard("relevance", ItemKind.SCALE, false),
            SurveyItem.standard("content", ItemKind.SCALE, false),
            SurveyItem.standard("facilitation", ItemKind.SCALE, false),
            SurveyItem.standard("organisation", ItemKind.SCALE, false),
            SurveyItem.standard("platform", ItemKind.SCALE, false));

    /** Asked after the items staff add: free comments close the survey. */
    static final List<SurveyItem> SATISFACTION_LAST = List.of(SurveyItem.standard(COMMENTS, ItemKind.TEXT, false));

    static final List<SurveyItem> FOLLOWUP_FIRST = List.of(
            SurveyItem.standard(CAN_APPLY, ItemKind.YES_NO, true),
            SurveyItem.standard(EXAMPLE, ItemKind.TEXT, false));

    private StandardItems() {
    }

    static List<SurveyItem> first(Survey survey) {
        return survey == Survey.SATISFACTION ? SATISFACTION_FIRST : FOLLOWUP_FIRST;
    }

    static List<SurveyItem> last(Survey survey) {
        return survey == Survey.SATISFACTION ? SATISFACTION_LAST : List.of();
    }

    /**
     * Whether a described example counts as one (the report's example_given): at least ten letters or
     * digits, so that "-", "n/a" or "none" do not.
     */
    public static boolean exampleGiven(String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().filter(Character::isLetterOrDigit).count() >= 10;
    }
}
