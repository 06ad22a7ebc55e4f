package campus.interchange;

import java.util.Objects;

/**
 * One thing wrong with an interchange folder, where it is (file, physical line, column) and what is expected;
 * a whole-file problem has line 1 (the header) and an empty column, the overflow note an empty file.
 */
public record InterchangeProblem(String file, int line, String column, String message) {

    public InterchangeProblem {
        file = Objects.requireNonNullElse(file, "");
        column = Objects.requireNonNullElse(column, "");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line: column: message}, leaving out the parts a problem does not have. */
    @Override
    public String toString() {
        if (file.isEmpty()) {
            return message;
        }
        return file + ":" + line + ": " + (column.isEmpty() ? "" : column + ": ") + message;
    }
}
