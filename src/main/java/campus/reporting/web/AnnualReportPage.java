package campus.reporting.web;

import campus.reporting.ReportingApi;
import campus.reporting.internal.Narrative;
import campus.shared.LanguageCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the annual report of a year shows, for the web page and for `report --format html` alike. */
@Component
public class AnnualReportPage {

    private final ReportingApi reporting;
    private final Narrative narrative;
    private final Clock clock;

    AnnualReportPage(ReportingApi reporting, Narrative narrative, Clock clock) {
        this.reporting = reporting;
        this.narrative = narrative;
        this.clock = clock;
    }

    /** The template's variables: the sentences, headline figures and charts of the year, in the reader's language. */
    public Map<String, Object> model(int year, String partnerId, Locale locale) {
        int first = Math.min(Dashboards.FIRST_YEAR, year - 1);
        Map<Integer, Map<String, Object>> reports = reporting.reports(first, year, partnerId);
        Map<String, Object> report = reports.get(year);
        Map<String, Object> model = new HashMap<>();
        model.put("year", year);
        model.put("lang", LanguageCode.of(locale).code());
        model.put("sentences", narrative.sentences(report, locale));
        model.put("headlines", Headline.of(report, reports.get(year - 1)));
        reports.keySet().removeIf(y -> y < Math.min(Dashboards.FIRST_YEAR, year));
        model.put("charts", new DashboardCharts(reports, year, locale).all());
        model.put("today", LocalDate.now(clock).toString());
        return model;
    }
}
