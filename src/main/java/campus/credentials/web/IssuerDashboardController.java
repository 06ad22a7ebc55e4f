package campus.credentials.web;

import campus.credentials.internal.IssuerFigures;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The issuer dashboard: credentials issued, views and distinct viewers per month of a year, as a table and CSV. */
@Controller
class IssuerDashboardController {

    private final IssuerFigures figures;
    private final Clock clock;

    IssuerDashboardController(IssuerFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/staff/credentials")
    String dashboard(@RequestParam(required = false) String year, Model model, java.util.Locale locale) {
        List<Integer> years = years();
        int chosen = chosen(year, years);
        model.addAttribute("years", years);
        model.addAttribute("figures", figures.of(chosen));
        model.addAttribute("monthNames", java.util.Arrays.stream(java.time.Month.values())
                .map(m -> m.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale)).toList());
        return "credentials/dashboard";
    }

    @GetMapping("/staff/credentials.csv")
    void csv(@RequestParam(required = false) String year, HttpServletResponse response) throws IOException {
        IssuerFigures.Year shown = figures.of(chosen(year, years()));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"credentials-" + shown.year() + ".csv\"");
        var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("year", "month", "credentials_issued", "views", "distinct_viewers").get())) {
            for (IssuerFigures.Figures m : shown.months()) {
                csv.printRecord(shown.year(), m.month(), m.issued(), m.views(), m.viewers());
            }
            csv.printRecord(shown.year(), "total", shown.total().issued(), shown.total().views(), shown.total().viewers());
        }
    }

    /** From the first year a credential was issued to this year, newest first. */
    private List<Integer> years() {
        int now = LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear();
        int first = Math.min(now, figures.firstYear().orElse(now));
        return IntStream.rangeClosed(first, now).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    private static int chosen(String year, List<Integer> years) {
        try {
            int wanted = Integer.parseInt(year == null ? "" : year.strip());
            if (years.contains(wanted)) {
                return wanted;
            }
        } catch (NumberFormatException notAYear) {
            // the newest year
        }
        return years.get(0);
    }
}
