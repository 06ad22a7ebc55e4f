package campus.catalogue;

import campus.shared.Modality;
import campus.shared.TechnicalArea;

/** Filters of the public catalogue; a null filter means any. */
public record CatalogueQuery(String text, Modality modality, String language, TechnicalArea technicalArea,
                             boolean openOnly) {

    public static CatalogueQuery all() {
        return new CatalogueQuery(null, null, null, null, false);
    }
}
