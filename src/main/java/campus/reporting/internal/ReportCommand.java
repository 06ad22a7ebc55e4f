package campus.reporting.internal;

import campus.reporting.ReportingApi;
import campus.shared.CommandFailure;
import java.io.IOException;
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
 * {@code report --year Y --format json|csv|xlsx|html|pdf [--lang en|fr|es] [--partner ID] [--output FILE]}: the
 * results report of a year (html: the annual report with its sentences and charts); without --output
 * only the report goes to standard output.
 */
@Component
@ConditionalOnProperty(name = "campus.command", havingValue = "report")
class ReportCommand implements ApplicationRunner {

    static final List<String> FORMATS = List.of("json", "csv", "xlsx", "html", "pdf");

    private final ReportingApi reporting;
    private final ReportWriter writer;
    private final AnnualReportFile annualReport;
    private final campus.reporting.web.AnnualReportPdf annualReportPdf;

    ReportCommand(ReportingApi reporting, ReportWriter writer, AnnualReportFile annualReport,
                  campus.reporting.web.AnnualReportPdf annualReportPdf) {
        this.reporting = reporting;
        this.writer = writer;
        this.annualReport = annualReport;
        this.annualReportPdf = annualReportPdf;
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        Map<String, String> options = CommandOptions.parse(arguments.getSourceArgs(), List.of("year", "format", "output", "partner", "lang"));
        String yearText = options.get("year");
        if (yearText == null || !yearText.matches("\\d{4}")) {
            throw new CommandFailure("give the year as --year YYYY, e.g. --year 2024");
        }
        String format = options.getOrDefault("format", "json");
        if (!FORMATS.contains(format)) {
            throw new CommandFailure("--format " + format + " is not available; use one of " + String.join(", ", FORMATS));
        }
        String language = options.getOrDefault("lang", "en");
        if (!List.of("en", "fr", "es").contains(language)) {
            throw new CommandFailure("--lang " + language + " is not available; use en, fr or es");
        }
        int year = Integer.parseInt(yearText);
        String output = options.get("output");
        PrintStream out = output == null ? new PrintStream(System.out, false, StandardCharsets.UTF_8)
                : new PrintStream(Files.newOutputStream(Path.of(output)), false, StandardCharsets.UTF_8);
        try {
            if ("pdf".equals(format)) {
                annualReportPdf.write(year, options.get("partner"), java.util.Locale.forLanguageTag(language), out);
            } else if ("html".equals(format)) {
                annualReport.write(year, options.get("partner"), java.util.Locale.forLanguageTag(language), out);
            } else {
                writer.write(reporting.report(year, options.get("partner")), format, out);
            }
        } finally {
            out.flush();
            if (output != null) {
                out.close();
            }
        }
        if (output == null) {
            return;
        }
        Path file = Path.of(output);
        System.err.println("report " + yearText + " written to " + file.toAbsolutePath());
    }
}
