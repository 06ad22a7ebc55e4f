package campus.reporting.internal;

import java.io.PrintStream;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a report as JSON (the machine-readable report) or as CSV rows of "indicator,value". */
@Component
public class ReportWriter {

    private final JsonMapper json;

    ReportWriter(JsonMapper json) {
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    public void write(Map<String, Object> report, String format, PrintStream out) {
        if ("csv".equals(format)) {
            out.println("indicator,value");
            flatten("", report, out);
        } else {
            out.println(json.writeValueAsString(report));
        }
        out.flush();
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
