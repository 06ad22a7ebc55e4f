package campus.learning.internal;

import java.util.Locale;
import java.util.Set;

/** Single choice (one right option), multiple choice (every right option and no other), or true/false. */
public enum QuestionKind {
    SINGLE, MULTIPLE, TRUE_FALSE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuestionKind of(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    /** A question is answered right when exactly the correct options are chosen. */
    public boolean answeredRight(Set<Integer> chosen, Set<Integer> correct) {
        return !chosen.isEmpty() && chosen.equals(correct);
    }

    public boolean allowsSeveral() {
        return this == MULTIPLE;
    }
}
