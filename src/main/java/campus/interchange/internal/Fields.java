package campus.interchange.internal;

/**
 * Reads the values of one row by column, telling a problem for each value that is missing or not of its
 * type. A bad value reads as null and marks the row failed, so the row gives no record: with any problem
 * the read returns no data, and a record must never be built from a half-read row.
 */
final class Fields {

    private final InterchangeFile file;
    private final Row row;
    private final Problems problems;
    private boolean failed;

    Fields(InterchangeFile file, Row row, Problems problems) {
        this.file = file;
        this.row = row;
        this.problems = problems;
    }

    /** A value the row must have. A column missing from the header was told once, for the file. */
    <T> T required(String column, ValueType<T> type) {
        String text = row.value(column);
        if (text == null) {
            failed = true;
            return null;
        }
        if (text.isEmpty()) {
            problem(column, "interchange.problem.empty", type.expected());
            return null;
        }
        return read(column, text, type);
    }

    /** A value that may be empty or whose column may be absent: null then. */
    <T> T optional(String column, ValueType<T> type) {
        String text = row.value(column);
        return text == null || text.isEmpty() ? null : read(column, text, type);
    }

    /** The row's key, which must be new in its file. */
    String key(String column, Keys keys) {
        String key = required(column, ValueTypes.TEXT);
        unique(column, key, keys);
        return key;
    }

    /** A key already read (a reference) that must also be new in this file. */
    void unique(String column, String key, Keys keys) {
        if (key == null) {
            return;
        }
        Integer firstLine = keys.claim(key, row.line());
        if (firstLine != null) {
            problem(column, keys.duplicateKey(), key, firstLine, keys.fileName());
        }
    }

    /** A required id that must name a row of the file the keys come from. */
    String reference(String column, Keys target) {
        return resolved(column, required(column, ValueTypes.TEXT), target);
    }

    /** An optional id that, when given, must name a row of the file the keys come from. */
    String optionalReference(String column, Keys target) {
        return resolved(column, optional(column, ValueTypes.TEXT), target);
    }

    /** Whether a value of this row was missing or bad. */
    boolean failed() {
        return failed;
    }

    private String resolved(String column, String id, Keys target) {
        if (id != null && !target.resolves(id)) {
            problem(column, target.unresolvedKey(), id, target.fileName());
        }
        return id;
    }

    private <T> T read(String column, String text, ValueType<T> type) {
        T value = type.read(text);
        if (value == null) {
            problem(column, "interchange.problem.notA", shown(text), type.expected());
        }
        return value;
    }

    private void problem(String column, String key, Object... arguments) {
        failed = true;
        problems.add(file, row.line(), column, key, arguments);
    }

    // A value a person has to find in the file is shown as they would see it, but a run-away value
    // (an unclosed quote swallowing lines) must not flood the message.
    // The quotes around it are the message's, each language its own.
    private static String shown(String text) {
        String shown = text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
        return shown.length() > 60 ? shown.substring(0, 57) + "..." : shown;
    }
}
