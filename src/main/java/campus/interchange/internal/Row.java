package campus.interchange.internal;

import java.util.Map;

/**
 * One record of a file: its physical line and its values, looked up by column name.
 * A column the header lacks gives null, a value the row lacks (a short row) gives "".
 */
record Row(int line, Map<String, Integer> columns, String[] values) {

    String value(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        return index < values.length ? values[index].trim() : "";
    }
}
