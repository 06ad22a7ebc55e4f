package campus.reporting.web;

import campus.partners.PartnerView;
import campus.partners.PartnersApi;
import campus.reporting.ReportingApi;
import campus.shared.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A partner's results in its space: the staff dashboard's figures for the partner's activities only, each
 * chart's CSV and the whole report in JSON. Security lets only the space's administrators and the Centre's
 * staff in; an unknown space is not found.
 */
@Controller
class PartnerResultsController {

    private final Dashboards dashboards;
    private final PartnersApi partners;
    private final ReportingApi reporting;

    PartnerResultsController(Dashboards dashboards, PartnersApi partners, ReportingApi reporting) {
        this.dashboards = dashboards;
        this.partners = partners;
        this.reporting = reporting;
    }

    @GetMapping("/p/{slug}/admin/results")
    String results(@PathVariable String slug, @RequestParam(required = false) Integer year, Model model, Locale locale) {
        PartnerView partner = partner(slug);
        String base = "/p/" + partner.slug() + "/admin/results";
        int shown = dashboards.show(model, year, partner.reportingId(), Dashboards.CsvLinks.under(base), locale);
        model.addAttribute("dashboardPath", base);
        model.addAttribute("partner", partner);
        model.addAttribute("jsonLink", base + "/" + shown + ".json");
        // the layout links the space's colours (inline styles are barred by the content security policy)
        model.addAttribute("spaceTheme", "/p/" + partner.slug() + "/theme.css");
        return "reporting/dashboard";
    }

    @GetMapping("/p/{slug}/admin/results/{chart}.csv")
    void chartData(@PathVariable String slug, @PathVariable String chart, @RequestParam(required = false) Integer year,
                   Locale locale, HttpServletResponse response) throws IOException {
        dashboards.csv(chart, year, partner(slug).reportingId(), locale, response);
    }

    @GetMapping("/p/{slug}/admin/results/{year}.json")
    ResponseEntity<Map<String, Object>> report(@PathVariable String slug, @PathVariable int year) {
        PartnerView partner = partner(slug);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("results-" + partner.slug() + "-" + year + ".json").build().toString())
                .body(reporting.report(year, partner.reportingId()));
    }

    private PartnerView partner(String slug) {
        return partners.findBySlug(slug).orElseThrow(() -> new NotFound("space " + slug));
    }
}
