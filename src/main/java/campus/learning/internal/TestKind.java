package campus.learning.internal;

import java.util.Locale;

/** The pre-test a learner takes on entry and the post-test at the end, drawn from the same bank. */
public enum TestKind {
    PRE, POST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TestKind of(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
