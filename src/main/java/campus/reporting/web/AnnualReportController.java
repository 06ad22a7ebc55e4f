package campus.reporting.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The annual report "Outreach and results" of a year: sentences from the figures, the figures, the charts; prints on A4. */
@Controller
class AnnualReportController {

    private final AnnualReportPage page;

    AnnualReportController(AnnualReportPage page) {
        this.page = page;
    }

    @GetMapping("/staff/reports/{year}")
    String annualReport(@PathVariable int year, Model model, Locale locale) {
        model.addAllAttributes(page.model(year, null, locale));
        model.addAttribute("stylesheet", "/assets/css/campus.css");
        return "reporting/annual-report";
    }
}
