package campus.evaluation.internal;

import java.util.Arrays;
import java.util.Optional;

/** How an item is answered: a 1–5 scale, yes or no, or free text. */
public enum ItemKind {
    SCALE("scale"), YES_NO("yes_no"), TEXT("text");

    private final String code;

    ItemKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ItemKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
