package campus.evaluation.internal;

import java.util.Map;

/**
 * One question of a survey. Standard items have a message key for their label; items staff added
 * have their labels per language and the code "item:{id}".
 */
public record SurveyItem(String code, ItemKind kind, boolean required, String labelKey, Map<String, String> labels) {

    static final String CUSTOM_PREFIX = "item:";

    static SurveyItem standard(String code, ItemKind kind, boolean required) {
        return new SurveyItem(code, kind, required, "survey.item." + code, Map.of());
    }

    static SurveyItem custom(long id, ItemKind kind, Map<String, String> labels) {
        return new SurveyItem(CUSTOM_PREFIX + id, kind, false, null, labels);
    }

    public boolean isCustom() {
        return labelKey == null;
    }

    /** The label in the language asked for, else English, else any language it has. */
    public String label(String language) {
        String label = labels.get(language);
        if (label == null) {
            label = labels.get("en");
        }
        return label != null ? label : labels.values().stream().findFirst().orElse(code);
    }
}
