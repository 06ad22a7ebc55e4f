package campus.catalogue.web;

import campus.catalogue.CatalogueQuery;
import campus.shared.LanguageCode;
import campus.shared.Modality;
import campus.shared.TechnicalArea;
import java.util.Arrays;

/**
 * The catalogue's filters as they arrive in the query string; unknown values are ignored rather
 * than refused, so an old bookmarked link still shows a catalogue.
 */
record CatalogueFilters(String q, String modality, String language, String area, Boolean open, Integer page) {

    CatalogueQuery query() {
        return new CatalogueQuery(q,
                Arrays.stream(Modality.values()).filter(m -> m.code().equals(modality)).findFirst().orElse(null),
                LanguageCode.find(language).map(LanguageCode::code).orElse(null),
                Arrays.stream(TechnicalArea.values()).filter(a -> a.code().equals(area)).findFirst().orElse(null),
                Boolean.TRUE.equals(open));
    }

    int pageNumber() {
        return page == null ? 1 : page;
    }
}
