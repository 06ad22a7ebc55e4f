package campus.catalogue.web;

import campus.catalogue.ActivityView;
import campus.catalogue.internal.CatalogueService;
import campus.catalogue.ActivityStatus;
import campus.shared.LanguageCode;
import campus.shared.Modality;
import campus.shared.NotFound;
import campus.shared.PageRequest;
import campus.shared.TechnicalArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/** The public catalogue: search with filters and paging, and one page per activity. */
@Controller
class CatalogueController {

    static final int PAGE_SIZE = 12;

    private final CatalogueService catalogue;
    private final Clock clock;

    CatalogueController(CatalogueService catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping("/catalogue")
    String catalogue(CatalogueFilters filters, Model model, Locale locale,
                     @RequestHeader(value = "HX-Request", required = false) String htmx) {
        String language = LanguageCode.of(locale).code();
        model.addAttribute("filters", filters);
        model.addAttribute("results", catalogue.search(filters.query(), language, new PageRequest(filters.pageNumber(), PAGE_SIZE)));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("modalities", Arrays.stream(Modality.values()).map(Modality::code).toList());
        model.addAttribute("areas", Arrays.stream(TechnicalArea.values()).map(TechnicalArea::code).toList());
        model.addAttribute("languages", LanguageCode.codes());
        // htmx swaps only the results list; a plain request gets the whole page
        return htmx != null ? "catalogue/catalogue :: results" : "catalogue/catalogue";
    }

    @GetMapping("/catalogue/{id}")
    String activity(@PathVariable long id, Model model, Locale locale) {
        ActivityView activity = catalogue.find(id, LanguageCode.of(locale).code())
                .filter(a -> a.status() != ActivityStatus.DRAFT)
                .orElseThrow(() -> new NotFound("activity " + id));
        model.addAttribute("activity", activity);
        model.addAttribute("open", activity.openForEnrolment(LocalDate.now(clock)));
        return "catalogue/activity";
    }
}
