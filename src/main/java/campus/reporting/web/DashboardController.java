package campus.reporting.web;

import campus.reporting.ResultsReport;
import campus.reporting.ReportingApi;
import campus.shared.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff dashboard: a year's headline figures with their change, and charts whose data downloads as CSV. */
@Controller
class DashboardController {

    static final int FIRST_YEAR = 2018;

    private final ReportingApi reporting;
    private final MessageSource messages;
    private final Clock clock;

    DashboardController(ReportingApi reporting, MessageSource messages, Clock clock) {
        this.reporting = reporting;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/staff/dashboard")
    String dashboard(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        int now = LocalDate.now(clock).getYear();
        Map<Integer, Map<String, Object>> reports = reporting.reports(FIRST_YEAR - 1, now, null);
        // without a choice: the last completed year that has any enrolment (reports are about whole years)
        int chosen = year != null ? year(year) : reports.keySet().stream().filter(y -> y < now)
                .filter(y -> Double.valueOf(0).compareTo(ResultsReport.figure(reports.get(y), "enrolments.total")) < 0)
                .max(Integer::compare).orElse(now);
        reports.keySet().removeIf(y -> y > chosen);
        model.addAttribute("year", chosen);
        model.addAttribute("headlines", Headline.of(reports.get(chosen), reports.get(chosen - 1)));
        model.addAttribute("years", IntStream.rangeClosed(FIRST_YEAR, LocalDate.now(clock).getYear()).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("charts", new DashboardCharts(withoutYearBefore(reports, chosen), chosen, locale).all());
        return "reporting/dashboard";
    }

    @GetMapping("/staff/dashboard/{chart}.csv")
    void chartData(@PathVariable String chart, @RequestParam(required = false) Integer year, Locale locale,
                   HttpServletResponse response) throws IOException {
        int chosen = year(year);
        Chart wanted = new DashboardCharts(reporting.reports(Math.min(FIRST_YEAR, chosen), chosen, null), chosen, locale).all()
                .stream().filter(c -> c.id().equals(chart)).findFirst().orElseThrow(() -> new NotFound("chart " + chart));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + chart + "-" + chosen + ".csv\"");
        PrintWriter out = response.getWriter();
        out.println("label," + String.join(",", wanted.seriesKeys().stream().map(k -> csv(messages.getMessage(k, null, locale))).toList()));
        for (Chart.Row row : wanted.rows()) {
            String label = row.labelIsKey() ? messages.getMessage(row.label(), null, locale) : row.label();
            out.println(csv(label) + "," + String.join(",", row.values().stream().map(v -> v == null ? "" : v == Math.rint(v) && !wanted.shares() ? String.valueOf(v.longValue()) : String.valueOf(v)).toList()));
        }
        out.flush();
    }

    private int year(Integer year) {
        int now = LocalDate.now(clock).getYear();
        return year == null || year < FIRST_YEAR || year > now ? now : year;
    }

    /** The charts over years start at the first year; the year before is only there for the change figures. */
    private static Map<Integer, Map<String, Object>> withoutYearBefore(Map<Integer, Map<String, Object>> reports, int year) {
        Map<Integer, Map<String, Object>> shown = new java.util.TreeMap<>(reports);
        shown.keySet().removeIf(y -> y < Math.min(FIRST_YEAR, year));
        return shown;
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
