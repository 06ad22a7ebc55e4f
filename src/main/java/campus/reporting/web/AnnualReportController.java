package campus.reporting.web;

import campus.reporting.ReportingApi;
import campus.reporting.internal.Narrative;
import campus.shared.LanguageCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The annual report "Outreach and results" of a year: sentences from the figures, the figures, the charts; prints on A4. */
@Controller
class AnnualReportController {

    private final ReportingApi reporting;
    private final Narrative narrative;
    private final Clock clock;

    AnnualReportController(ReportingApi reporting, Narrative narrative, Clock clock) {
        this.reporting = reporting;
        this.narrative = narrative;
        this.clock = clock;
    }

    @GetMapping("/staff/reports/{year}")
    String annualReport(@PathVariable int year, Model model, Locale locale) {
        Map<Integer, Map<String, Object>> reports = reporting.reports(Math.min(DashboardController.FIRST_YEAR, year - 1), year, null);
        Map<String, Object> report = reports.get(year);
        model.addAttribute("year", year);
        model.addAttribute("lang", LanguageCode.of(locale).code());
        model.addAttribute("sentences", narrative.sentences(report, locale));
        model.addAttribute("headlines", Headline.of(report, reports.get(year - 1)));
        reports.keySet().removeIf(y -> y < Math.min(DashboardController.FIRST_YEAR, year));
        model.addAttribute("charts", new DashboardCharts(reports, year).all());
        model.addAttribute("today", LocalDate.now(clock).toString());
        return "reporting/annual-report";
    }
}
