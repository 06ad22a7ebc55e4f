package campus.reporting.web;

import campus.reporting.ReportingApi;
import campus.reporting.ResultsReport;
import campus.shared.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every results dashboard does, whoever reads it: the Centre's staff (Centre-wide or one partner's
 * part) or a partner's administrators in their space. It chooses the year, fills the page's headlines and
 * charts, and writes a chart's data as CSV; a null partner id means the whole Centre.
 */
@Component
class Dashboards {

    static final int FIRST_YEAR = 2018;

    private final ReportingApi reporting;
    private final MessageSource messages;
    private final Clock clock;

    Dashboards(ReportingApi reporting, MessageSource messages, Clock clock) {
        this.reporting = reporting;
        this.messages = messages;
        this.clock = clock;
    }

    /** Where a dashboard's charts download from: base + "/{chart}.csv", with the year and any extra parameter. */
    record CsvLinks(String base, String parameter, String value) {

        static CsvLinks under(String base) {
            return new CsvLinks(base, null, null);
        }

        String link(String chart, int year) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base).path("/" + chart + ".csv").queryParam("year", year);
            if (parameter != null && value != null) {
                uri.queryParam(parameter, value);
            }
            return uri.encode().build().toUriString();
        }
    }

    /** Fills the dashboard page's model; returns the year shown. */
    int show(Model model, Integer year, String partnerId, CsvLinks csv, Locale locale) {
        int now = LocalDate.now(clock).getYear();
        Map<Integer, Map<String, Object>> reports = reporting.reports(FIRST_YEAR - 1, now, partnerId);
        // without a choice: the last completed year that has any enrolment (reports are about whole years)
        int chosen = year != null ? year(year) : reports.keySet().stream().filter(y -> y < now)
                .filter(y -> Double.valueOf(0).compareTo(ResultsReport.figure(reports.get(y), "enrolments.total")) < 0)
                .max(Integer::compare).orElse(now);
        reports.keySet().removeIf(y -> y > chosen);
        var charts = new DashboardCharts(withoutYearBefore(reports, chosen), chosen, locale).all();
        Map<String, String> links = new LinkedHashMap<>();
        charts.forEach(c -> links.put(c.id(), csv.link(c.id(), chosen)));
        model.addAttribute("year", chosen);
        model.addAttribute("headlines", Headline.of(reports.get(chosen), reports.get(chosen - 1)));
        model.addAttribute("years", IntStream.rangeClosed(FIRST_YEAR, now).boxed().sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("charts", charts);
        model.addAttribute("csvLinks", links);
        return chosen;
    }

    /** One chart's figures as CSV, headed by its series in the reader's language. */
    void csv(String chart, Integer year, String partnerId, Locale locale, HttpServletResponse response) throws IOException {
        int chosen = year(year);
        Chart wanted = new DashboardCharts(reporting.reports(Math.min(FIRST_YEAR, chosen), chosen, partnerId), chosen, locale).all()
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

    /** The year asked for, or this year when none or one outside the dashboard's years is asked for. */
    int year(Integer year) {
        int now = LocalDate.now(clock).getYear();
        return year == null || year < FIRST_YEAR || year > now ? now : year;
    }

    /** The charts over years start at the first year; the year before is only there for the change figures. */
    private static Map<Integer, Map<String, Object>> withoutYearBefore(Map<Integer, Map<String, Object>> reports, int year) {
        Map<Integer, Map<String, Object>> shown = new TreeMap<>(reports);
        shown.keySet().removeIf(y -> y < Math.min(FIRST_YEAR, year));
        return shown;
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
