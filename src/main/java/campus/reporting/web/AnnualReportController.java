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
    private final AnnualReportPdf pdf;

    AnnualReportController(AnnualReportPage page, AnnualReportPdf pdf) {
        this.page = page;
        this.pdf = pdf;
    }

    /** The same report as an A4 PDF, to send or print. */
    @GetMapping("/staff/reports/{year}.pdf")
    org.springframework.http.ResponseEntity<byte[]> annualReportPdf(@PathVariable int year, Locale locale)
            throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        pdf.write(year, null, locale, out);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"outreach-and-results-" + year + ".pdf\"")
                .body(out.toByteArray());
    }

    @GetMapping("/staff/reports/{year}")
    String annualReport(@PathVariable int year, Model model, Locale locale) {
        model.addAllAttributes(page.model(year, null, locale));
        model.addAttribute("stylesheet", "/assets/css/campus.css");
        return "reporting/annual-report";
    }
}
