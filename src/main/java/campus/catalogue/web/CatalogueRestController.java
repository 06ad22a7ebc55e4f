package campus.catalogue.web;

import campus.catalogue.ActivityStatus;
import campus.catalogue.ActivityView;
import campus.catalogue.internal.CatalogueService;
import campus.shared.LanguageCode;
import campus.shared.NotFound;
import campus.shared.Page;
import campus.shared.PageRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue in JSON: search with the same filters as the page, and one activity. */
@RestController
class CatalogueRestController {

    private final CatalogueService catalogue;

    CatalogueRestController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/activities")
    Page<ActivityView> search(CatalogueFilters filters, @RequestParam(defaultValue = "20") int size, Locale locale) {
        return catalogue.search(filters.query(), LanguageCode.of(locale).code(), new PageRequest(filters.pageNumber(), size));
    }

    @GetMapping("/api/activities/{id}")
    ActivityView activity(@PathVariable long id, Locale locale) {
        return catalogue.find(id, LanguageCode.of(locale).code()).filter(a -> a.status() != ActivityStatus.DRAFT)
                .orElseThrow(() -> new NotFound("activity " + id));
    }
}
