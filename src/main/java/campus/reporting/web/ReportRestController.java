package campus.reporting.web;

import campus.reporting.ReportingApi;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The results report of a year in JSON, for staff; optionally one partner's part. */
@RestController
class ReportRestController {

    private final ReportingApi reporting;

    ReportRestController(ReportingApi reporting) {
        this.reporting = reporting;
    }

    @GetMapping("/api/reports/{year}")
    Map<String, Object> report(@PathVariable int year, @RequestParam(required = false) String partner) {
        return reporting.report(year, partner);
    }
}
