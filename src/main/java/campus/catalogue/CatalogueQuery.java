package campus.catalogue;

import campus.shared.Modality;
import campus.shared.TechnicalArea;

/**
 * Filters of a public catalogue; a null filter means any. The Centre's catalogue (partnerId null)
 * lists the Centre's own activities; a partner's space lists its partner's (partnerId set).
 */
public record CatalogueQuery(String text, Modality modality, String language, TechnicalArea technicalArea,
                             boolean openOnly, Long partnerId) {

    public CatalogueQuery(String text, Modality modality, String language, TechnicalArea technicalArea, boolean openOnly) {
        this(text, modality, language, technicalArea, openOnly, null);
    }

    public static CatalogueQuery all() {
        return new CatalogueQuery(null, null, null, null, false);
    }

    /** Every published activity of one partner's space. */
    public static CatalogueQuery ofPartner(long partnerId) {
        return new CatalogueQuery(null, null, null, null, false, partnerId);
    }
}
