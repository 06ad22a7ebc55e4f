package campus.reporting.internal;

import campus.reporting.ReportingApi;
import campus.shared.CommandFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code report --year Y --format json|csv [--partner ID] [--output FILE]}: the results report of a
 * year; without --output only the report goes to standard output.
 */
@Component
@ConditionalOnProperty(name = "campus.command", havingValue = "report")
class ReportCommand implements ApplicationRunner {

    static final List<String> FORMATS = List.of("json", "csv");

    private final ReportingApi reporting;
    private final ReportWriter writer;

    ReportCommand(ReportingApi reporting, ReportWriter writer) {
        this.reporting = reporting;
        this.writer = writer;
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        Map<String, String> options = CommandOptions.parse(arguments.getSourceArgs(), List.of("year", "format", "output", "partner"));
        String yearText = options.get("year");
        if (yearText == null || !yearText.matches("\\d{4}")) {
            throw new CommandFailure("give the year as --year YYYY, e.g. --year 2024");
        }
        String format = options.getOrDefault("format", "json");
        if (!FORMATS.contains(format)) {
            throw new CommandFailure("--format " + format + " is not available; use one of " + String.join(", ", FORMATS));
        }
        Map<String, Object> report = reporting.report(Integer.parseInt(yearText), options.get("partner"));
        String output = options.get("output");
        if (output == null) {
            writer.write(report, format, System.out);
            System.out.flush();
            return;
        }
        Path file = Path.of(output);
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(report, format, new PrintStream(out, false, StandardCharsets.UTF_8));
        }
        System.err.println("report " + yearText + " written to " + file.toAbsolutePath());
    }
}
