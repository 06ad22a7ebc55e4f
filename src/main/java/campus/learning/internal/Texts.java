package campus.learning.internal;

import java.util.Map;

/** Picks the text in the reader's language, else English, else whichever language there is. */
public final class Texts {

    private Texts() {
    }

    public static String pick(Map<String, String> byLanguage, String language) {
        return byLanguage.getOrDefault(language, byLanguage.getOrDefault("en",
                byLanguage.values().stream().findFirst().orElse("")));
    }

    /** The language {@link #pick} would choose. */
    public static String languageOf(Map<String, ?> byLanguage, String language) {
        if (byLanguage.containsKey(language)) {
            return language;
        }
        if (byLanguage.containsKey("en")) {
            return "en";
        }
        return byLanguage.keySet().stream().findFirst().orElse(language);
    }
}
