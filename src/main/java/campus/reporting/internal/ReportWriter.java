package campus.reporting.internal;

import java.io.PrintStream;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a report as JSON (the machine-readable report), as CSV rows of "indicator,value", or as an
 * Excel workbook with the same rows (numbers as numbers, so they can be summed and charted).
 */
@Component
public class ReportWriter {

    private final JsonMapper json;

    ReportWriter(JsonMapper json) {
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    public void write(Map<String, Object> report, String format, PrintStream out) {
        if ("xlsx".equals(format)) {
            ReportWorkbook.write(rows(report), out);
        } else if ("csv".equals(format)) {
            out.println("indicator,value");
            flatten("", report, out);
        } else {
            out.println(json.writeValueAsString(report));
        }
        out.flush();
    }

    /** Every indicator as a dotted name and its value, in the report's order. */
    static java.util.List<Map.Entry<String, Object>> rows(Map<String, Object> report) {
        java.util.List<Map.Entry<String, Object>> rows = new java.util.ArrayList<>();
        collect("", report, rows);
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static void collect(String prefix, Map<String, Object> map, java.util.List<Map.Entry<String, Object>> rows) {
        map.forEach((key, value) -> {
            String name = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested) {
                collect(name, (Map<String, Object>) nested, rows);
            } else {
                rows.add(new java.util.AbstractMap.SimpleImmutableEntry<>(name, value));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> map, PrintStream out) {
        map.forEach((key, value) -> {
            String name = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested) {
                flatten(name, (Map<String, Object>) nested, out);
            } else {
                out.println(name + "," + (value == null ? "" : value));
            }
        });
    }
}
