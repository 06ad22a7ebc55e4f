package campus.partners.internal;

import java.util.List;

/**
 * What is wrong with one row of an invitation file: its line (0 for the file as a whole), the column and a
 * message key with its arguments, so the page tells it in the reader's language.
 */
public record RowProblem(int line, String column, String messageKey, List<Object> arguments) {

    static RowProblem ofFile(String messageKey, Object... arguments) {
        return new RowProblem(0, "", messageKey, List.of(arguments));
    }

    static RowProblem at(int line, String column, String messageKey, Object... arguments) {
        return new RowProblem(line, column, messageKey, List.of(arguments));
    }

    public boolean wholeFile() {
        return line == 0;
    }
}
