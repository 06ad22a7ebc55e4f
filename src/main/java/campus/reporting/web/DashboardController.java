package campus.reporting.web;

import campus.partners.PartnerView;
import campus.partners.PartnersApi;
import campus.shared.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff dashboard: a year's headline figures with their change, and charts whose data downloads as
 * CSV, Centre-wide or for one partner (?partner=slug) so the Centre sees each partner's figures and the total.
 */
@Controller
class DashboardController {

    private final Dashboards dashboards;
    private final PartnersApi partners;

    DashboardController(Dashboards dashboards, PartnersApi partners) {
        this.dashboards = dashboards;
        this.partners = partners;
    }

    @GetMapping("/staff/dashboard")
    String dashboard(@RequestParam(required = false) Integer year, @RequestParam(required = false) String partner,
                     Model model, Locale locale) {
        PartnerView chosen = partner(partner);
        int shown = dashboards.show(model, year, reportingId(chosen),
                new Dashboards.CsvLinks("/staff/dashboard", "partner", chosen == null ? null : chosen.slug()), locale);
        model.addAttribute("dashboardPath", "/staff/dashboard");
        model.addAttribute("partners", partners.all());
        model.addAttribute("chosenPartner", chosen);
        model.addAttribute("jsonLink", UriComponentsBuilder.fromPath("/api/reports/{year}")
                .queryParamIfPresent("partner", java.util.Optional.ofNullable(reportingId(chosen)))
                .encode().buildAndExpand(shown).toUriString());
        return "reporting/dashboard";
    }

    @GetMapping("/staff/dashboard/{chart}.csv")
    void chartData(@PathVariable String chart, @RequestParam(required = false) Integer year,
                   @RequestParam(required = false) String partner, Locale locale, HttpServletResponse response) throws IOException {
        dashboards.csv(chart, year, reportingId(partner(partner)), locale, response);
    }

    /** No partner (Centre-wide) when none is chosen; an unknown one is not found. */
    private PartnerView partner(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return partners.findBySlug(slug).orElseThrow(() -> new NotFound("partner " + slug));
    }

    private static String reportingId(PartnerView partner) {
        return partner == null ? null : partner.reportingId();
    }
}
